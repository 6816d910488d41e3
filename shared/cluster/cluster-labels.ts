import type { LocalizedText } from '../model/localized-text.ts';
import type { reviewStatuses } from '../model/plan-schema.ts';
import type { GoalKey } from '../budget/cost-breakdown.ts';
import { goalLabels } from '../model/option-labels.ts';

/** A plan's place in review, as the cluster table, the workbook and the command line name it. */
export const reviewStatusLabels: Record<(typeof reviewStatuses)[number], LocalizedText> = {
  draft: { he: 'טיוטה', en: 'Draft' },
  submitted: { he: 'הוגשה לבדיקה', en: 'Submitted' },
  returned: { he: 'הוחזרה לתיקונים', en: 'Returned' },
  approved: { he: 'אושרה', en: 'Approved' },
};

/** The administration's goals and, for services that reach none, their own line. */
export const goalKeyLabels: Record<GoalKey, LocalizedText> = {
  ...goalLabels,
  none: { he: 'ללא תוצאה מקושרת', en: 'No linked outcome' },
};
