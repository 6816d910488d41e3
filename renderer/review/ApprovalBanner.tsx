import { checkApproval, type ApprovalCheck } from '@shared/review/approval-check.ts';
import { reviewStanding } from '@shared/review/review-standing.ts';
import { reviewStandingMessage } from '@shared/review/review-standing-words.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useT, useWord, type Translate } from '../i18n/i18n.ts';
import { PlanDiffView } from '../diff/PlanDiffView.tsx';
import { formatReviewTime } from './review-format.ts';
import { useTrustedKeys } from './trusted-keys.ts';

function signatureText(check: Extract<ApprovalCheck, { approved: true }>, t: Translate): string {
  const { signer } = check;
  if (signer === null) return t('review.signature.unsigned');
  if (check.signature === 'invalid') return t('review.signature.invalid');
  return signer.trustedAs ? t('trust.banner.trusted', { name: signer.trustedAs, fingerprint: signer.fingerprint }) : t('trust.banner.notTrusted', { fingerprint: signer.fingerprint });
}

/** Whether the approval holds, each part said on its own: the key that signed it, whether this installation trusts it, and what changed since. */
export function ApprovalBanner({ plan }: { plan: Plan }) {
  const t = useT();
  const word = useWord();
  const language = useLanguage((state) => state.language);
  const trusted = useTrustedKeys();
  const check = checkApproval(plan, trusted);
  if (!check.approved) return null;
  const standing = reviewStanding(plan, trusted);
  const { act } = check;
  const when = { by: act.by, at: formatReviewTime(act.at, language) };
  return (
    <section className={standing.status === 'approved' ? 'approval-banner approval-good' : 'approval-banner approval-warn'} aria-label={t('trust.banner.title')}>
      <p>
        <strong>{word(reviewStandingMessage(standing))}</strong>
      </p>
      <p>{check.unchanged ? t('review.approval.unchanged', when) : `⚠ ${t('review.approval.changed', when)}`}</p>
      <p>{signatureText(check, t)}</p>
      {!check.unchanged &&
        (check.approvedPlan ? (
          <PlanDiffView before={check.approvedPlan} after={plan} beforeLabel={t('review.asApproved', { at: when.at })} afterLabel={t('review.now')} title={t('review.approval.whatChanged')} />
        ) : (
          <p>{t('review.approval.noCopy')}</p>
        ))}
    </section>
  );
}
