import { produce } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import { unmetRequirements } from '../review/review-checklist.ts';
import { planContentHash } from '../review/content-hash.ts';
import { submittedSnapshot } from '../review/submitted-plan.ts';
import { defineCommand } from './define-command.ts';

type ReviewRole = Plan['review']['log'][number]['role'];

export class SubmissionBlockedError extends Error {}

function requireSubmittable(plan: Plan): void {
  const unmet = unmetRequirements(plan);
  if (unmet.length > 0) throw new SubmissionBlockedError(`the plan does not yet meet: ${unmet.map((item) => item.check).join(', ')}`);
}

/**
 * The team's statement that the plan is ready to submit: only a plan that meets the reviewer's
 * checklist can be marked ready; the mark can always be taken back.
 */
export const setReadyForSubmission = defineCommand<{ ready: boolean }>({
  id: 'review.set-ready',
  apply: (plan, { ready }) => {
    if (ready) requireSubmittable(plan);
    return produce(plan, (draft) => {
      draft.review.readyForSubmission = ready;
    });
  },
});

/** Whether the plan differs from what was last submitted: then what a reviewer would sign is not what was sent for review. */
export function changedSinceSubmission(plan: Plan): boolean {
  const submitted = plan.review.log.filter((act) => act.act === 'submit').at(-1);
  return !submitted || submitted.contentHash !== planContentHash(plan);
}

export class ApprovalBlockedError extends Error {}

/**
 * The team sends the plan for review. The content hash and a copy of the plan are kept, so the
 * reviewer sees what changed since, and an approval can be checked against them.
 */
export const submitPlan = defineCommand<{ by: string; at: string }>({
  id: 'review.submit',
  apply: (plan, { by, at }) => {
    requireSubmittable(plan);
    return produce(plan, (draft) => {
      draft.review.status = 'submitted';
      draft.review.log.push({ act: 'submit', role: 'team', by, at, contentHash: planContentHash(plan), note: '', signature: null, publicKey: null });
      draft.review.previousSubmittedPlan = plan.review.submittedPlan;
      draft.review.submittedPlan = submittedSnapshot(plan);
    });
  },
});

export const returnPlan = defineCommand<{ by: string; at: string; note: string }>({
  id: 'review.return',
  allowedInReview: true,
  apply: (plan, { by, at, note }) =>
    produce(plan, (draft) => {
      draft.review.status = 'returned';
      draft.review.log.push({ act: 'return', role: 'reviewer', by, at, contentHash: planContentHash(plan), note, signature: null, publicKey: null });
    }),
});

/**
 * The reviewer approves the content whose hash was signed; the signature is made by the host,
 * which holds the key. Only a plan unchanged since its submission can be approved, so the copy
 * kept at submission is the plan as approved.
 */
export const approvePlan = defineCommand<{ by: string; at: string; note: string; contentHash: string; signature: string; publicKey: string }>({
  id: 'review.approve',
  allowedInReview: true,
  apply: (plan, { by, at, note, contentHash, signature, publicKey }) => {
    if (changedSinceSubmission(plan) || contentHash !== planContentHash(plan)) throw new ApprovalBlockedError('the plan is not what was submitted');
    return produce(plan, (draft) => {
      draft.review.status = 'approved';
      draft.review.log.push({ act: 'approve', role: 'reviewer', by, at, contentHash, note, signature, publicKey });
    });
  },
});

/** Comments are both sides' conversation: the team comments too, and the reviewer while the plan is otherwise read-only. */
export const addComment = defineCommand<{ id: string; target: string; by: string; role: ReviewRole; at: string; text: string }>({
  id: 'review.add-comment',
  allowedInReview: true,
  apply: (plan, { id, target, by, role, at, text }) =>
    produce(plan, (draft) => {
      draft.review.comments.push({ id, target, resolved: false, thread: [{ by, role, at, text }] });
    }),
});

export const replyToComment = defineCommand<{ commentId: string; by: string; role: ReviewRole; at: string; text: string }>({
  id: 'review.reply',
  allowedInReview: true,
  apply: (plan, { commentId, by, role, at, text }) =>
    produce(plan, (draft) => {
      const comment = draft.review.comments.find((entry) => entry.id === commentId);
      if (comment) {
        comment.thread.push({ by, role, at, text });
        // An answer reopens a thread: the other side has something new to read.
        comment.resolved = false;
      }
    }),
});

export const setCommentResolved = defineCommand<{ commentId: string; resolved: boolean }>({
  id: 'review.set-comment-resolved',
  allowedInReview: true,
  apply: (plan, { commentId, resolved }) =>
    produce(plan, (draft) => {
      const comment = draft.review.comments.find((entry) => entry.id === commentId);
      if (comment) comment.resolved = resolved;
    }),
});
