import type { Plan } from '../model/plan-schema.ts';
import { checkApproval, type TrustedKey } from './approval-check.ts';

export const reviewStandings = ['draft', 'submitted', 'returned', 'approved', 'approval-unverified', 'approval-invalid', 'changed-since-approval'] as const;
export type ReviewStanding = (typeof reviewStandings)[number];

/**
 * The status a reader should be shown: the file's own status, except that "approved" is believed
 * only when the last act is an approval whose signature is valid over the plan as it is now.
 * With `trusted` null the key is not judged (the command line has no imported keys); with a
 * list, a valid signature by a key not on it is "unverified".
 */
export function reviewStanding(plan: Plan, trusted: readonly TrustedKey[] | null): ReviewStanding {
  if (plan.review.status !== 'approved') return plan.review.status;
  const check = checkApproval(plan, trusted ?? []);
  if (!check.approved || check.signature.state === 'invalid' || check.signature.state === 'unsigned') return 'approval-invalid';
  if (!check.unchanged) return 'changed-since-approval';
  return check.signature.state === 'unknown-key' && trusted !== null ? 'approval-unverified' : 'approved';
}
