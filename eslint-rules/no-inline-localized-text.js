/**
 * Interface text has one catalogue (shared/i18n), so every surface says the same thing and the
 * Hebrew and English stay in step: an object literal that writes the same text in both
 * languages in place (`{ he: 'שמירה', en: 'Save' }`) is a second catalogue. Text the team typed,
 * passed through as `{ he: name, en: name }`, is not written here and is not flagged.
 */
const isWrittenText = (node) => node.type === 'TemplateLiteral' || (node.type === 'Literal' && typeof node.value === 'string');

const keyName = (property) => {
  if (property.type !== 'Property' || property.computed) return null;
  if (property.key.type === 'Identifier') return property.key.name;
  return property.key.type === 'Literal' ? String(property.key.value) : null;
};

export const noInlineLocalizedText = {
  meta: {
    type: 'problem',
    docs: { description: 'Interface text in Hebrew and English belongs in the catalogue (shared/i18n), not in an object literal.' },
    messages: {
      inline:
        'Text in Hebrew and English written in place: add it to the catalogue (shared/i18n) and return a message key with its parameters, worded where it is shown. Only the guide\'s content data (shared/stations, the indicator library, the service catalogue) keeps both languages as data.',
    },
    schema: [],
  },
  create(context) {
    return {
      ObjectExpression(node) {
        const written = new Set(node.properties.filter((property) => property.type === 'Property' && isWrittenText(property.value)).map(keyName));
        if (written.has('he') && written.has('en')) context.report({ node, messageId: 'inline' });
      },
    };
  },
};
