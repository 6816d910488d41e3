import type { LocalizedText } from './localized-text.ts';
import type { administrationGoals, deliveryModes, needSources, operators, outcomeHorizons, selfDevelopmentBases } from './plan-schema.ts';

type Labels<Codes extends readonly string[]> = Record<Codes[number], LocalizedText>;

/** Names of the plan's coded choices, as the workbook shows them and reads them back (no commas: Excel's lists split on them). */
export const goalLabels: Labels<typeof administrationGoals> = {
  belonging: { he: 'הגברת שייכות', en: 'Increasing belonging' },
  'risk-prevention': { he: 'מניעת מצבי סיכון וסכנה', en: 'Preventing risk and danger' },
  'function-preservation': { he: 'דחיקת תלות ושימור תפקוד', en: 'Deferring dependency and preserving function' },
};

export const horizonLabels: Labels<typeof outcomeHorizons> = {
  short: { he: 'טווח קצר', en: 'Short term' },
  intermediate: { he: 'טווח ביניים', en: 'Intermediate' },
  long: { he: 'טווח ארוך', en: 'Long term' },
};

export const needSourceLabels: Labels<typeof needSources> = {
  'focus-group': { he: 'קבוצת מיקוד', en: 'Focus group' },
  survey: { he: 'סקר', en: 'Survey' },
  'round-table': { he: 'שולחן עגול', en: 'Round table' },
  'service-data': { he: 'נתוני שירות', en: 'Service data' },
  staff: { he: 'צוות', en: 'Staff' },
  other: { he: 'אחר', en: 'Other' },
};

export const deliveryLabels: Labels<typeof deliveryModes> = {
  individual: { he: 'פרטני', en: 'Individual' },
  group: { he: 'קבוצתי', en: 'Group' },
  community: { he: 'קהילתי', en: 'Community' },
};

export const operatorLabels: Labels<typeof operators> = {
  department: { he: 'המחלקה', en: 'The department' },
  ngo: { he: 'עמותה', en: 'NGO' },
  contractor: { he: 'קבלן', en: 'Contractor' },
  volunteers: { he: 'מתנדבים', en: 'Volunteers' },
  other: { he: 'אחר', en: 'Other' },
};

export const selfDevelopmentBaseLabels: Labels<typeof selfDevelopmentBases> = {
  'community-budget': { he: 'תקציב הקהילה', en: 'Community budget' },
  'planned-total': { he: 'סך התכנית', en: 'Planned total' },
};

export const yesNoLabels: Record<'yes' | 'no', LocalizedText> = {
  yes: { he: 'כן', en: 'Yes' },
  no: { he: 'לא', en: 'No' },
};
