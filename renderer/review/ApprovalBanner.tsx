import { keyFingerprint } from '@shared/review/approval-signature.ts';
import { checkApproval } from '@shared/review/approval-check.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { useReviewSession } from '../state/review-session.ts';
import { PlanDiffView } from '../diff/PlanDiffView.tsx';
import { formatReviewTime } from './review-format.ts';

/** Whether the approval holds: the signature against the imported keys, and the plan against what was approved. */
export function ApprovalBanner({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const trustedKeys = useReviewSession((state) => state.trustedKeys);
  const check = checkApproval(plan, trustedKeys);
  if (!check.approved) return null;
  const { act, signature } = check;
  const when = { by: act.by, at: formatReviewTime(act.at, language) };
  const signatureText =
    signature.state === 'trusted'
      ? t('review.signature.trusted', { name: signature.keyName })
      : signature.state === 'unknown-key'
        ? t('review.signature.unknown-key', { fingerprint: keyFingerprint(act.publicKey ?? '') })
        : t(`review.signature.${signature.state}`);
  const good = check.unchanged && signature.state === 'trusted';
  return (
    <section className={good ? 'approval-banner approval-good' : 'approval-banner approval-warn'} aria-label={t('review.status.approved')}>
      <p>
        <strong>{check.unchanged ? t('review.approval.unchanged', when) : `⚠ ${t('review.approval.changed', when)}`}</strong>
      </p>
      <p>{signatureText}</p>
      {!check.unchanged &&
        (check.approvedPlan ? (
          <PlanDiffView before={check.approvedPlan} after={plan} beforeLabel={t('review.asApproved', { at: when.at })} afterLabel={t('review.now')} title={t('review.approval.whatChanged')} />
        ) : (
          <p>{t('review.approval.noCopy')}</p>
        ))}
    </section>
  );
}
