import { formatNumber } from '../format/number-format.ts';
import { translate } from '../i18n/translate.ts';
import type { Language } from '../model/localized-text.ts';
import { yesNoLabelKeys } from '../model/option-labels.ts';

/** The words an item of the plan is known by: a service's name, an outcome's title, a finding's text. */
function itemName(value: Record<string, unknown>): string | null {
  for (const field of ['name', 'title', 'text', 'label']) if (typeof value[field] === 'string' && value[field] !== '') return value[field];
  return null;
}

/**
 * A conflict's value as a person reads it: a text as written, a number in the language's
 * digits, yes or no, a whole item (one side removed it) by its name; anything else (a list of
 * ids) as its JSON. Null when the side holds nothing there (the item removed, the field empty),
 * for the caller to say so in its own words.
 */
export function conflictValueText(value: unknown, language: Language): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'boolean') return translate(language, value ? yesNoLabelKeys.yes : yesNoLabelKeys.no);
  if (typeof value === 'object' && !Array.isArray(value)) {
    const name = itemName(value as Record<string, unknown>);
    if (name !== null) return name;
  }
  return JSON.stringify(value);
}
