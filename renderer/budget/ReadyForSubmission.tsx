import { useId } from 'react';
import { setReadyForSubmission } from '@shared/commands/review-commands.ts';
import { unmetRequirements } from '@shared/review/review-checklist.ts';
import { useT } from '../i18n/i18n.ts';
import { useBudgetSession, usePlanStore } from '../state/plan-store.ts';
import { UnmetRequirements } from '../review/RequirementLinks.tsx';

/**
 * Marking the plan ready to submit: refused, and the button shown as unavailable, while the
 * plan misses any of the submission requirements, which are listed with links to complete them.
 */
export function ReadyForSubmission() {
  const t = useT();
  const { plan, check } = useBudgetSession();
  const perform = usePlanStore((state) => state.perform);
  const reasonId = useId();
  const ready = plan.review.readyForSubmission;
  const unmet = unmetRequirements(plan, check.findings);
  const blocked = unmet.length > 0;
  return (
    <section className="ready card" aria-labelledby="ready-title">
      <h2 id="ready-title">{t('ready.title')}</h2>
      <p className={blocked ? 'ready-state blocked' : ready ? 'ready-state ready' : 'ready-state'} aria-live="polite">
        {ready ? t(blocked ? 'ready.markedButMissing' : 'ready.marked') : t('ready.notMarked')}
      </p>
      {blocked && <UnmetRequirements plan={plan} unmet={unmet} id={reasonId} />}
      {/* A plan marked ready before something went missing can always be unmarked. */}
      <button
        type="button"
        className={ready ? '' : 'primary'}
        disabled={blocked && !ready}
        aria-describedby={blocked && !ready ? reasonId : undefined}
        onClick={() => perform(setReadyForSubmission, { ready: !ready })}
      >
        {ready ? t('ready.unmark') : t('ready.mark')}
      </button>
    </section>
  );
}
