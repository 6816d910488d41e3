import type { Plan } from '../model/plan-schema.ts';
import { verifyApproval, type ApprovalFields } from './approval-signature.ts';
import { planContentHash } from './content-hash.ts';
import { submittedPlanOf } from './submitted-plan.ts';

type ReviewAct = Plan['review']['log'][number];

export type TrustedKey = { name: string; publicKey: string };

/**
 * Whose signature an approval carries: a key the user imported, a key that signed correctly but
 * was never imported (anyone can make one), a signature that does not match, or none.
 */
export type SignatureCheck = { state: 'trusted'; keyName: string } | { state: 'unknown-key' } | { state: 'invalid' } | { state: 'unsigned' };

export type ApprovalCheck =
  | { approved: false }
  | {
      approved: true;
      act: ReviewAct;
      signature: SignatureCheck;
      unchanged: boolean;
      /** The plan as approved, to show what changed since; null when the file keeps no readable copy of it. */
      approvedPlan: Plan | null;
    };

export function approvalFields(plan: Plan, act: ReviewAct): ApprovalFields {
  return { planId: plan.id, authority: plan.details.authority, year: plan.details.year, by: act.by, at: act.at, contentHash: act.contentHash, note: act.note };
}

function checkSignature(plan: Plan, act: ReviewAct, trusted: readonly TrustedKey[]): SignatureCheck {
  if (!act.signature || !act.publicKey) return { state: 'unsigned' };
  if (!verifyApproval(approvalFields(plan, act), act.signature, act.publicKey)) return { state: 'invalid' };
  const key = trusted.find((entry) => entry.publicKey === act.publicKey);
  return key ? { state: 'trusted', keyName: key.name } : { state: 'unknown-key' };
}

/** What anyone opening the plan should know about its approval: whether it holds, and whether the plan changed since. */
export function checkApproval(plan: Plan, trusted: readonly TrustedKey[]): ApprovalCheck {
  const act = plan.review.log.at(-1);
  if (plan.review.status !== 'approved' || act?.act !== 'approve') return { approved: false };
  const submitted = submittedPlanOf(plan);
  const approvedPlan = submitted && planContentHash(submitted) === act.contentHash ? submitted : null;
  return {
    approved: true,
    act,
    // Checked against the plan as approved, so renaming the authority afterwards reads as a change, not as a forged signature.
    signature: checkSignature(approvedPlan ?? plan, act, trusted),
    unchanged: planContentHash(plan) === act.contentHash,
    approvedPlan,
  };
}
