import type { LabelKey } from '@shared/i18n/message.ts';
import type { ReviewStatus } from '@shared/review/review-standing.ts';

/** The review status as the app's header, review page and report name it. */
export const reviewStatusKeys = {
  draft: 'review.status.draft',
  submitted: 'review.status.submitted',
  returned: 'review.status.returned',
  'approval-not-verified': 'trust.status.approval-not-verified',
  approved: 'review.status.approved',
} as const satisfies Readonly<Record<ReviewStatus, LabelKey>>;
