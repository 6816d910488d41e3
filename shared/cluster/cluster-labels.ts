import type { LabelKey } from '../i18n/message.ts';
import { localizedLabels } from '../i18n/localized-labels.ts';
import type { ReviewStanding } from '../review/review-standing.ts';
import type { GoalKey } from '../budget/cost-breakdown.ts';
import { goalLabelKeys } from '../model/option-labels.ts';

/** A plan's place in review, as the cluster table, the workbook and the command line name it. */
export const reviewStatusLabelKeys = {
  draft: 'label.reviewStatus.draft',
  submitted: 'label.reviewStatus.submitted',
  returned: 'label.reviewStatus.returned',
  approved: 'label.reviewStatus.approved',
  'approval-unverified': 'label.reviewStatus.approval-unverified',
  'approval-invalid': 'label.reviewStatus.approval-invalid',
  'changed-since-approval': 'label.reviewStatus.changed-since-approval',
} as const satisfies Readonly<Record<ReviewStanding, LabelKey>>;
export const reviewStatusLabels = localizedLabels(reviewStatusLabelKeys);

/** The administration's goals and, for services that reach none, their own line. */
export const goalKeyLabelKeys = { ...goalLabelKeys, none: 'label.goal.none' } as const satisfies Readonly<Record<GoalKey, LabelKey>>;
export const goalKeyLabels = localizedLabels(goalKeyLabelKeys);
