import { useId, useState } from 'react';
import { changedSinceSubmission } from '@shared/commands/review-commands.ts';
import { unmetRequirements } from '@shared/review/review-checklist.ts';
import { UnmetRequirements } from './RequirementLinks.tsx';
import { submittedPlanOf } from '@shared/review/submitted-plan.ts';
import { PlanDiffView } from '../diff/PlanDiffView.tsx';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useT } from '../i18n/i18n.ts';
import { returnForChanges, submitForReview } from '../state/review-actions.ts';
import { useReviewSession } from '../state/review-session.ts';
import { useBudgetSession } from '../state/plan-store.ts';
import { reviewStanding } from '@shared/review/review-standing.ts';
import { approveAfterAsking } from './approve-after-asking.ts';
import { reviewStatusKeys } from './review-status-keys.ts';
import { useTrustedKeys } from './trusted-keys.ts';

/** The team submits; the reviewer returns for changes or approves, with a note. */
export function ReviewActions({ plan }: { plan: Plan }) {
  const t = useT();
  const role = useReviewSession((state) => state.role);
  const [note, setNote] = useState('');
  const noteId = useId();
  const blockedId = useId();
  const { check } = useBudgetSession();
  const status = plan.review.status;
  // Named as the header names it: a file's "approved" is said only while the approval holds.
  const shownStatus = t(reviewStatusKeys[reviewStanding(plan, useTrustedKeys()).status]);
  if (role === 'team') {
    const unmet = unmetRequirements(plan, check.findings);
    const blocked = unmet.length > 0;
    return (
      <section className="review-actions" aria-labelledby={`${noteId}-heading`}>
        <h2 id={`${noteId}-heading`}>{t('review.actions')}</h2>
        <p>{t('review.statusLabel', { status: shownStatus })}</p>
        {blocked && <UnmetRequirements plan={plan} unmet={unmet} id={blockedId} />}
        {status === 'returned' && <p className="hint">{t('review.resubmitHint')}</p>}
        <button type="button" className="primary" disabled={blocked} aria-describedby={blocked ? blockedId : undefined} onClick={() => submitForReview(plan)}>
          {t('review.submit')}
        </button>
      </section>
    );
  }
  const canDecide = status === 'submitted';
  const altered = canDecide && changedSinceSubmission(plan);
  const submitted = altered ? submittedPlanOf(plan) : null;
  // The note stays when the user cancels the signing, to sign or return with it next.
  const decide = (action: () => void | Promise<boolean>) => {
    void Promise.resolve(action()).then((done) => done !== false && setNote(''));
  };
  return (
    <section className="review-actions" aria-labelledby={`${noteId}-heading`}>
      <h2 id={`${noteId}-heading`}>{t('review.actions')}</h2>
      {!canDecide && <p id={blockedId}>{t('review.onlySubmitted', { status: shownStatus })}</p>}
      {altered && (
        <div role="alert" className="field-error">
          <p id={blockedId}>{t('review.changedSinceSubmission')}</p>
        </div>
      )}
      {submitted && <PlanDiffView before={submitted} after={plan} beforeLabel={t('review.status.submitted')} afterLabel={t('review.now')} title={t('review.submittedChanges')} />}
      <div className="field">
        <label htmlFor={noteId}>{t('review.decisionNote')}</label>
        <textarea id={noteId} dir="auto" rows={3} maxLength={20_000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="button" disabled={!canDecide} aria-describedby={canDecide ? undefined : blockedId} onClick={() => decide(() => returnForChanges(note))}>
          {t('review.return')}
        </button>
        <button type="button" className="primary" disabled={!canDecide || altered} aria-describedby={canDecide && !altered ? undefined : blockedId} onClick={() => decide(() => approveAfterAsking(plan, note))}>
          {t('review.approve')}
        </button>
      </div>
    </section>
  );
}
