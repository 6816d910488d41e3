import type { LocalizedText } from '../model/localized-text.ts';
import type { ReviewStanding } from '../review/review-standing.ts';
import type { GoalKey } from '../budget/cost-breakdown.ts';
import { goalLabels } from '../model/option-labels.ts';

/** A plan's place in review, as the cluster table, the workbook and the command line name it. */
export const reviewStatusLabels: Record<ReviewStanding, LocalizedText> = {
  draft: { he: 'טיוטה', en: 'Draft' },
  submitted: { he: 'הוגשה לבדיקה', en: 'Submitted' },
  returned: { he: 'הוחזרה לתיקונים', en: 'Returned' },
  approved: { he: 'אושרה', en: 'Approved' },
  'approval-unverified': { he: 'אושרה במפתח לא מוכר', en: 'Approved with an unknown key' },
  'approval-invalid': { he: 'אישור לא תקף', en: 'Approval not valid' },
  'changed-since-approval': { he: 'שונתה מאז האישור', en: 'Changed since approval' },
};

/** The administration's goals and, for services that reach none, their own line. */
export const goalKeyLabels: Record<GoalKey, LocalizedText> = {
  ...goalLabels,
  none: { he: 'ללא תוצאה מקושרת', en: 'No linked outcome' },
};
