import { setReadyForSubmission } from '@shared/commands/review-commands.ts';
import type { Finding } from '@shared/rules/finding.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** Marking the plan ready to submit, refused with the reason while the rules find errors. */
export function ReadyForSubmission({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const ready = usePlanStore((state) => state.document!.plan.review.readyForSubmission);
  const perform = usePlanStore((state) => state.perform);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const blocked = errors > 0;
  return (
    <section className="ready card" aria-labelledby="ready-title">
      <h2 id="ready-title">{t('ready.title')}</h2>
      <p className={blocked ? 'ready-state blocked' : ready ? 'ready-state ready' : 'ready-state'} aria-live="polite">
        {blocked ? t('ready.blocked', { errors }) : ready ? t('ready.marked') : t('ready.notMarked')}
      </p>
      {/* A plan marked ready before errors appeared can always be unmarked. */}
      <button
        type="button"
        className={ready ? '' : 'primary'}
        disabled={blocked && !ready}
        aria-describedby="ready-title"
        onClick={() => perform(setReadyForSubmission, { ready: !ready })}
      >
        {ready ? t('ready.unmark') : t('ready.mark')}
      </button>
    </section>
  );
}
