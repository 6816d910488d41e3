import type { Plan } from '@shared/model/plan-schema.ts';
import { reviewStanding } from '@shared/review/review-standing.ts';
import { useT } from '../i18n/i18n.ts';
import { useReviewSession } from '../state/review-session.ts';
import { useUiStore } from '../state/ui-store.ts';

/**
 * The plan's review status in the header. "Approved" is shown only as far as the approval holds:
 * a status typed into the file, a broken signature or an unknown key says so, and a plan changed
 * since its approval carries a warning that anyone opening it sees.
 */
export function ReviewStatusBadge({ plan }: { plan: Plan }) {
  const t = useT();
  const show = useUiStore((state) => state.show);
  const trustedKeys = useReviewSession((state) => state.trustedKeys);
  const standing = reviewStanding(plan, trustedKeys);
  const changed = standing === 'changed-since-approval';
  const shown = changed ? 'approved' : standing;
  return (
    <>
      <button type="button" className={`review-status review-${shown}`} onClick={() => show({ kind: 'review' })}>
        {t('review.statusLabel', { status: t(`review.status.${shown}`) })}
      </button>
      {changed && (
        <span role="status" className="review-changed">
          ⚠ {t('review.changedSinceApproval')}
        </span>
      )}
    </>
  );
}
