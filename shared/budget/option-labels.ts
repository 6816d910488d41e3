import type { LocalizedText } from '../model/localized-text.ts';
import type { Service } from '../model/plan-schema.ts';

export const serviceKindLabels: Record<Service['kind'], LocalizedText> = {
  standard: { he: 'שירות קבוע', en: 'Standard' },
  'self-developed': { he: 'פיתוח עצמי', en: 'Self-developed' },
  continued: { he: 'המשך', en: 'Continued' },
};

export const frequencyUnitLabels: Record<Service['frequency']['unit'], LocalizedText> = {
  session: { he: 'מפגש', en: 'Session' },
  day: { he: 'יום', en: 'Day' },
  week: { he: 'שבוע', en: 'Week' },
  month: { he: 'חודש', en: 'Month' },
  year: { he: 'שנה', en: 'Year' },
};

/** The code for a label typed or pasted in either language (or the code itself). */
export function optionCode<Code extends string>(labels: Record<Code, LocalizedText>, text: string): Code | null {
  const wanted = text.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [Code, LocalizedText][]) {
    if (code === wanted || label.he === text.trim() || label.en.toLowerCase() === wanted) return code;
  }
  return null;
}
