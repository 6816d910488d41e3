import { planContentHash } from '@shared/review/content-hash.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useT } from '../i18n/i18n.ts';
import { useUiStore } from '../state/ui-store.ts';

/** The plan's review status in the header, and a warning that anyone sees when an approved plan was changed since. */
export function ReviewStatusBadge({ plan }: { plan: Plan }) {
  const t = useT();
  const show = useUiStore((state) => state.show);
  const { status, log } = plan.review;
  const approval = log.at(-1);
  const changed = status === 'approved' && approval?.act === 'approve' && planContentHash(plan) !== approval.contentHash;
  return (
    <>
      <button type="button" className={`review-status review-${status}`} onClick={() => show({ kind: 'review' })}>
        {t('review.statusLabel', { status: t(`review.status.${status}`) })}
      </button>
      {changed && (
        <span role="status" className="review-changed">
          ⚠ {t('review.changedSinceApproval')}
        </span>
      )}
    </>
  );
}
