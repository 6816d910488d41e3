import type { Plan } from '@shared/model/plan-schema.ts';
import { reviewStanding } from '@shared/review/review-standing.ts';
import { approvalFailuresInShort } from '@shared/review/review-standing-words.ts';
import { useT, useWord } from '../i18n/i18n.ts';
import { useUiStore } from '../state/ui-store.ts';
import { reviewStatusKeys } from './review-status-keys.ts';
import { useTrustedKeys } from './trusted-keys.ts';

/**
 * The plan's review status in the header. "Approved" only while the approval holds: a valid
 * signature, by a key this installation trusts, over the plan as it is now; otherwise
 * "approval not verified" with what failed, so anyone opening the plan sees it.
 */
export function ReviewStatusBadge({ plan }: { plan: Plan }) {
  const t = useT();
  const word = useWord();
  const show = useUiStore((state) => state.show);
  const standing = reviewStanding(plan, useTrustedKeys());
  return (
    <>
      <button type="button" className={`review-status review-${standing.status}`} onClick={() => show({ kind: 'review' })}>
        {t('review.statusLabel', { status: t(reviewStatusKeys[standing.status]) })}
      </button>
      {standing.status === 'approval-not-verified' && (
        <span role="status" className="review-changed">
          ⚠ {word(approvalFailuresInShort(standing))}
        </span>
      )}
    </>
  );
}
