/**
 * The groups the guide and the services catalogue speak of, each recognised in a service's
 * target group by its usual words. Teams write target groups in their own words ("ותיקים בני
 * 70+ ללא גמלת סיעוד, בסיכון לבדידות"), so the mix by target group reads them into these groups;
 * the first group that fits, in this order, takes the service, so the amounts add up to the mix.
 * Each is named in the catalogue as `label.targetGroup.<id>`.
 */
export const targetGroups = [
  { id: 'holocaust-survivors', words: ['שואה', 'holocaust'] },
  { id: 'abuse-neglect', words: ['התעללות', 'הזנחה', 'abuse', 'neglect'] },
  { id: 'caregivers', words: ['מטפלים', 'בני משפחה', 'משפחות', 'caregiver', 'famil'] },
  { id: 'homebound', words: ['מרותק', 'מוגבלות', 'homebound', 'disabilit'] },
  { id: 'falls', words: ['נפל', 'ליפול', 'נפילה', 'fall'] },
  { id: 'alone', words: ['לבד', 'בודד', 'בדידות', 'alone', 'lonel'] },
  { id: 'digital', words: ['טלפון חכם', 'דיגיטל', 'smartphone', 'digital'] },
  { id: 'independent', words: ['עצמאי', 'עצמאיות', 'independent'] },
] as const satisfies readonly { id: string; words: readonly string[] }[];

export type TargetGroupId = (typeof targetGroups)[number]['id'] | 'other' | 'none';

/** The group a service's target group falls in: 'none' when it is empty, 'other' when no group's words are in it. */
export function targetGroupOf(text: string): TargetGroupId {
  const words = text.trim().toLowerCase();
  if (words === '') return 'none';
  return targetGroups.find((group) => group.words.some((word) => words.includes(word)))?.id ?? 'other';
}
