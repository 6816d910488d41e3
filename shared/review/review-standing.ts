import type { TrustedKey } from '../host-api.ts';
import type { Plan } from '../model/plan-schema.ts';
import { checkApproval, type ApprovalSigner } from './approval-check.ts';

/** Where a plan stands for a reader, in the order the cluster table sorts by. */
export const reviewStatuses = ['draft', 'submitted', 'returned', 'approval-not-verified', 'approved'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Each way an approval can fail to be believed; more than one can hold at once, and each is said. */
export const approvalFailures = ['unsigned', 'signature-invalid', 'changed-since-approval', 'key-not-trusted'] as const;
export type ApprovalFailure = (typeof approvalFailures)[number];

/**
 * The status a reader is shown. "approved" only when the last act is an approval whose
 * signature is valid, whose key this installation trusts, and whose content hash is the plan's
 * as it is now; a file that says "approved" otherwise reads "approval not verified", with every
 * check that failed (`failures` is empty for every other status).
 */
export type ReviewStanding =
  | { status: 'draft' | 'submitted' | 'returned'; failures: readonly ApprovalFailure[]; signer: null }
  | { status: 'approved'; failures: readonly ApprovalFailure[]; signer: ApprovalSigner & { trustedAs: string } }
  | { status: 'approval-not-verified'; failures: readonly ApprovalFailure[]; signer: ApprovalSigner | null };

export function reviewStanding(plan: Plan, trusted: readonly TrustedKey[]): ReviewStanding {
  const { status } = plan.review;
  if (status !== 'approved') return { status, failures: [], signer: null };
  const check = checkApproval(plan, trusted);
  // A status typed into the file with no approval act behind it is an approval nobody signed.
  if (!check.approved) return { status: 'approval-not-verified', failures: ['unsigned'], signer: null };
  const { signer } = check;
  const failed: Record<ApprovalFailure, boolean> = {
    unsigned: check.signature === 'unsigned',
    'signature-invalid': check.signature === 'invalid',
    'changed-since-approval': !check.unchanged,
    'key-not-trusted': signer !== null && signer.trustedAs === null,
  };
  const failures = approvalFailures.filter((failure) => failed[failure]);
  if (failures.length === 0 && signer?.trustedAs) return { status: 'approved', failures: [], signer: { ...signer, trustedAs: signer.trustedAs } };
  return { status: 'approval-not-verified', failures, signer };
}
