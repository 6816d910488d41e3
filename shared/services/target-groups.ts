import type { LocalizedText } from '../model/localized-text.ts';

/**
 * The groups the guide and the services catalogue speak of, each recognised in a service's
 * target group by its usual words. Teams write target groups in their own words ("ותיקים בני
 * 70+ ללא גמלת סיעוד, בסיכון לבדידות"), so the mix by target group reads them into these groups;
 * the first group that fits, in this order, takes the service, so the amounts add up to the mix.
 */
export const targetGroups = [
  { id: 'holocaust-survivors', words: ['שואה', 'holocaust'], label: { he: 'ניצולי שואה', en: 'Holocaust survivors' } },
  { id: 'abuse-neglect', words: ['התעללות', 'הזנחה', 'abuse', 'neglect'], label: { he: 'בסיכון להתעללות או הזנחה', en: 'At risk of abuse or neglect' } },
  { id: 'caregivers', words: ['מטפלים', 'בני משפחה', 'משפחות', 'caregiver', 'famil'], label: { he: 'בני משפחה מטפלים', en: 'Family caregivers' } },
  { id: 'homebound', words: ['מרותק', 'מוגבלות', 'homebound', 'disabilit'], label: { he: 'מרותקי בית ובעלי מוגבלות תפקודית', en: 'Homebound or with a functional disability' } },
  { id: 'falls', words: ['נפל', 'ליפול', 'נפילה', 'fall'], label: { he: 'בסיכון לנפילה', en: 'At risk of falling' } },
  { id: 'alone', words: ['לבד', 'בודד', 'בדידות', 'alone', 'lonel'], label: { he: 'גרים לבד או חשים בדידות', en: 'Living alone or lonely' } },
  { id: 'digital', words: ['טלפון חכם', 'דיגיטל', 'smartphone', 'digital'], label: { he: 'מחוץ לשירותים הדיגיטליים', en: 'Outside digital services' } },
  { id: 'independent', words: ['עצמאי', 'עצמאיות', 'independent'], label: { he: 'ותיקים עצמאיים', en: 'Independent seniors' } },
] as const satisfies readonly { id: string; words: readonly string[]; label: LocalizedText }[];

export type TargetGroupId = (typeof targetGroups)[number]['id'] | 'other' | 'none';

/** The group a service's target group falls in: 'none' when it is empty, 'other' when no group's words are in it. */
export function targetGroupOf(text: string): TargetGroupId {
  const words = text.trim().toLowerCase();
  if (words === '') return 'none';
  return targetGroups.find((group) => group.words.some((word) => words.includes(word)))?.id ?? 'other';
}
