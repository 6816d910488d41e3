import type { TrustedKey } from '../host-api.ts';
import type { Plan } from '../model/plan-schema.ts';
import { keyFingerprint, verifyApproval, type ApprovalFields } from './approval-signature.ts';
import { planContentHash } from './content-hash.ts';
import { submittedPlanOf } from './submitted-plan.ts';

type ReviewAct = Plan['review']['log'][number];

/**
 * The key an approval names, as a reader should know it: its fingerprint, and the name it is
 * trusted under here (a key the user imported or one on the installation's list), or null when
 * this installation does not trust it: anyone can make a key that signs correctly.
 */
export type ApprovalSigner = { publicKey: string; fingerprint: string; trustedAs: string | null };

export type ApprovalCheck =
  | { approved: false }
  | {
      approved: true;
      act: ReviewAct;
      /** Whether the recorded key's signature covers the approval record as it stands. */
      signature: 'valid' | 'invalid' | 'unsigned';
      /** Null when the approval carries no signature or names no key. */
      signer: ApprovalSigner | null;
      unchanged: boolean;
      /** The plan as approved, to show what changed since; null when the file keeps no readable copy of it. */
      approvedPlan: Plan | null;
    };

export function approvalFields(plan: Plan, act: ReviewAct): ApprovalFields {
  return { planId: plan.id, authority: plan.details.authority, year: plan.details.year, by: act.by, at: act.at, contentHash: act.contentHash, note: act.note };
}

/**
 * What anyone opening the plan should know about its approval, each part on its own: whether
 * the signature holds, whether the key is one this installation trusts, and whether the plan
 * changed since. There is no list meaning "any key": `trusted` is exactly what is believed.
 */
export function checkApproval(plan: Plan, trusted: readonly TrustedKey[]): ApprovalCheck {
  const act = plan.review.log.at(-1);
  if (plan.review.status !== 'approved' || act?.act !== 'approve') return { approved: false };
  const submitted = submittedPlanOf(plan);
  const approvedPlan = submitted && planContentHash(submitted) === act.contentHash ? submitted : null;
  const unchanged = planContentHash(plan) === act.contentHash;
  if (!act.signature || !act.publicKey) return { approved: true, act, signature: 'unsigned', signer: null, unchanged, approvedPlan };
  // Checked against the plan as approved, so renaming the authority afterwards reads as a change, not as a forged signature.
  const valid = verifyApproval(approvalFields(approvedPlan ?? plan, act), act.signature, act.publicKey);
  const trustedAs = trusted.find((key) => key.publicKey === act.publicKey)?.name ?? null;
  return {
    approved: true,
    act,
    signature: valid ? 'valid' : 'invalid',
    signer: { publicKey: act.publicKey, fingerprint: keyFingerprint(act.publicKey), trustedAs },
    unchanged,
    approvedPlan,
  };
}
