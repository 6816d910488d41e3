import { describe, expect, it } from 'vitest';
import {
  addComment,
  ApprovalBlockedError,
  approvePlan,
  changedSinceSubmission,
  replyToComment,
  returnPlan,
  setCommentResolved,
  SubmissionBlockedError,
  submitPlan,
} from '@shared/commands/review-commands.ts';
import { createSigningKeys, signApproval } from '@shared/review/approval-signature.ts';
import { approvalFields, checkApproval } from '@shared/review/approval-check.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { previousSubmittedPlanOf, submittedPlanOf } from '@shared/review/submitted-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { finishedSamplePlan, overLimitSampleName, samplePlan } from '../../helpers/samples.ts';

const team = { by: 'רכזת המדור', at: '2026-12-01T09:00:00.000Z' };
const reviewer = 'רונית לוי';
const keys = createSigningKeys();

function approve(plan: Plan, at = '2026-12-03T10:00:00.000Z', secretKey = keys.secretKey, publicKey = keys.publicKey): Plan {
  const contentHash = planContentHash(plan);
  const act = { by: reviewer, at, note: 'מאושרת', contentHash };
  const signature = signApproval({ planId: plan.id, authority: plan.details.authority, year: plan.details.year, ...act }, secretKey);
  return approvePlan(plan, { ...act, signature, publicKey });
}

function reopened(plan: Plan): Plan {
  const result = readPlan(serializePlan(plan));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.plan;
}

describe('the review of a plan', () => {
  it('refuses to submit a plan with error findings', () => {
    expect(() => submitPlan(samplePlan(overLimitSampleName), team)).toThrow(SubmissionBlockedError);
  });

  it('records who submitted, when and the content hash, and keeps a copy that reads back as the same plan', () => {
    const plan = finishedSamplePlan();
    const submitted = reopened(submitPlan(plan, team));
    expect(submitted.review.status).toBe('submitted');
    expect(submitted.review.log).toEqual([{ act: 'submit', role: 'team', ...team, contentHash: planContentHash(plan), note: '', signature: null, publicKey: null }]);
    expect(planContentHash(submittedPlanOf(submitted)!)).toBe(planContentHash(plan));
  });

  it('carries comment threads in the file: the reviewer comments, the team answers, either resolves', () => {
    let plan = submitPlan(finishedSamplePlan(), team);
    plan = addComment(plan, { id: 'c1', target: 'services[svc-phone].unitCost', by: reviewer, role: 'reviewer', at: '2026-12-02T08:00:00.000Z', text: 'עלות היחידה גבוהה מהמקובל באשכול' });
    plan = returnPlan(plan, { by: reviewer, at: '2026-12-02T08:05:00.000Z', note: 'נא להתייחס להערה' });
    plan = setCommentResolved(plan, { commentId: 'c1', resolved: true });
    plan = replyToComment(plan, { commentId: 'c1', ...team, role: 'team', text: 'עודכן לפי הצעת המחיר החדשה' });
    const read = reopened(plan);
    expect(read.review.status).toBe('returned');
    expect(read.review.log.map((act) => `${act.act}:${act.role}`)).toEqual(['submit:team', 'return:reviewer']);
    expect(read.review.comments[0]).toMatchObject({ target: 'services[svc-phone].unitCost', resolved: false });
    expect(read.review.comments[0]!.thread.map((entry) => entry.role)).toEqual(['reviewer', 'team']);
    expect(planContentHash(read)).toBe(planContentHash(finishedSamplePlan()));
  });

  it('shows an approval as holding while the plan is unchanged, and as changed after one value moves', () => {
    const approved = reopened(approve(submitPlan(finishedSamplePlan(), team)));
    const trusted = [{ name: 'מינהל אזרחים ותיקים', publicKey: keys.publicKey }];
    expect(checkApproval(approved, trusted)).toMatchObject({ approved: true, unchanged: true, signature: 'valid', signer: { publicKey: keys.publicKey, trustedAs: 'מינהל אזרחים ותיקים' } });
    expect(checkApproval(approved, [])).toMatchObject({ signature: 'valid', signer: { trustedAs: null } });
    const edited = { ...approved, services: approved.services.map((service, index) => (index === 0 ? { ...service, participants: service.participants + 1 } : service)) };
    const check = checkApproval(edited, trusted);
    expect(check).toMatchObject({ approved: true, unchanged: false, signature: 'valid', signer: { trustedAs: 'מינהל אזרחים ותיקים' } });
    expect(check.approved && check.approvedPlan?.services[0]!.participants).toBe(approved.services[0]!.participants);
  });

  it('fails the signature when the recorded hash, time or note is edited in the file, or another key signed', () => {
    const approved = approve(submitPlan(finishedSamplePlan(), team));
    const act = approved.review.log.at(-1)!;
    const withAct = (change: Partial<typeof act>): Plan => ({ ...approved, review: { ...approved.review, log: [...approved.review.log.slice(0, -1), { ...act, ...change }] } });
    const trusted = [{ name: 'משרד', publicKey: keys.publicKey }];
    expect(checkApproval(withAct({ at: '2026-12-04T10:00:00.000Z' }), trusted)).toMatchObject({ signature: 'invalid' });
    expect(checkApproval(withAct({ note: 'מאושרת בתנאים' }), trusted)).toMatchObject({ signature: 'invalid' });
    // A hash edited to match an edited plan: the content now "matches", but the signature does not.
    const edited = { ...approved, details: { ...approved.details, communityBudget: 6_000_000 } };
    const forged = { ...edited, review: { ...edited.review, log: [...edited.review.log.slice(0, -1), { ...act, contentHash: planContentHash(edited) }] } };
    expect(checkApproval(forged, trusted)).toMatchObject({ unchanged: true, signature: 'invalid' });
    const other = createSigningKeys();
    const byOther = approve(submitPlan(finishedSamplePlan(), team), undefined, other.secretKey, keys.publicKey);
    expect(checkApproval(byOther, trusted)).toMatchObject({ signature: 'invalid' });
    expect(approvalFields(approved, act).contentHash).toBe(act.contentHash);
  });

  it('is not approved while the last act is not an approval', () => {
    const plan = submitPlan(finishedSamplePlan(), team);
    expect(checkApproval(plan, [])).toEqual({ approved: false });
    expect(checkApproval(submitPlan(approve(plan), team), [])).toEqual({ approved: false });
  });
});

describe('a resubmission', () => {
  it('keeps the submission before it, so the reviewer sees what changed since the version they returned', () => {
    const first = submitPlan(finishedSamplePlan(), team);
    const returned = returnPlan(first, { by: reviewer, at: '2026-12-02T08:05:00.000Z', note: '' });
    const edited = { ...returned, details: { ...returned.details, communityBudget: 5_100_000 } };
    const second = reopened(submitPlan(edited, { ...team, at: '2026-12-04T09:00:00.000Z' }));
    expect(previousSubmittedPlanOf(second)!.details.communityBudget).toBe(5_000_000);
    expect(submittedPlanOf(second)!.details.communityBudget).toBe(5_100_000);
  });
});

describe('an approval', () => {
  it('refuses to approve a plan changed since it was submitted, so what is signed is what was submitted', () => {
    const submitted = submitPlan(finishedSamplePlan(), team);
    const edited = { ...submitted, details: { ...submitted.details, communityBudget: 7_000_000 } };
    expect(changedSinceSubmission(edited)).toBe(true);
    expect(() => approve(edited)).toThrow(ApprovalBlockedError);
    expect(changedSinceSubmission(submitted)).toBe(false);
  });
});
