import { approvePlan, submitPlan } from '@shared/commands/review-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { approvalFields } from '@shared/review/approval-check.ts';
import { createSigningKeys, signApproval, type SigningKeys } from '@shared/review/approval-signature.ts';
import { planContentHash } from '@shared/review/content-hash.ts';

export const teamAct = { by: 'רכזת המדור', at: '2026-12-01T09:00:00.000Z' };
export const reviewerName = 'רונית לוי, מינהל אזרחים ותיקים';

/** The plan submitted by the team and approved by a reviewer who signed with `keys`. */
export function approvedWith(plan: Plan, keys: SigningKeys, at = '2026-12-03T10:00:00.000Z'): Plan {
  const submitted = submitPlan(plan, teamAct);
  const act = { by: reviewerName, at, note: 'מאושרת', contentHash: planContentHash(submitted) };
  const signature = signApproval({ planId: submitted.id, authority: submitted.details.authority, year: submitted.details.year, ...act }, keys.secretKey);
  return approvePlan(submitted, { ...act, signature, publicKey: keys.publicKey });
}

/** The approval's last act changed as a hand editing the file would change it. */
export function withApprovalAct(plan: Plan, change: Partial<Plan['review']['log'][number]>): Plan {
  const log = plan.review.log;
  return { ...plan, review: { ...plan.review, log: [...log.slice(0, -1), { ...log.at(-1)!, ...change }] } };
}

/**
 * What the probe did to an approved plan: edit it, put the edited plan's content hash in the
 * approval, and sign the approval again with a key generated on the spot. Everything checks out
 * except who signed.
 */
export function forgedApproval(approved: Plan, edit: (plan: Plan) => Plan): Plan {
  const edited = edit(approved);
  const forger = createSigningKeys();
  const contentHash = planContentHash(edited);
  const act = { ...edited.review.log.at(-1)!, contentHash };
  const signature = signApproval(approvalFields(edited, act), forger.secretKey);
  return withApprovalAct(edited, { contentHash, signature, publicKey: forger.publicKey });
}
