import type { LabelKey } from '../i18n/message.ts';
import type { ReviewStatus } from './review-standing.ts';

/** A plan's place in review in a word or two, as the cluster table, the workbook and the command line name it. */
export const reviewStatusLabelKeys = {
  draft: 'label.reviewStatus.draft',
  submitted: 'label.reviewStatus.submitted',
  returned: 'label.reviewStatus.returned',
  'approval-not-verified': 'trust.status.approval-not-verified',
  approved: 'label.reviewStatus.approved',
} as const satisfies Readonly<Record<ReviewStatus, LabelKey>>;
