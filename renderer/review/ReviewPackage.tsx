import { useState } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import { previousSubmittedPlanOf, submittedPlanOf } from '@shared/review/submitted-plan.ts';
import { useLanguage, useT, useWord } from '../i18n/i18n.ts';
import { PrintSheet } from '../components/PrintSheet.tsx';
import { PlanDiffView } from '../diff/PlanDiffView.tsx';
import { choosePlanBeside } from '../state/review-actions.ts';
import { ReviewChecklist } from './ReviewChecklist.tsx';
import { useBudgetSession } from '../state/plan-store.ts';
import { formatReviewTime } from './review-format.ts';
import { GuidingAnswersByStation } from '../stations/GuidingAnswersByStation.tsx';

type Beside = { name: string; plan: Plan };

function PackageContent({ plan, beside }: { plan: Plan; beside: Beside | null }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const word = useWord();
  // The package is the open plan's: its findings are the session's.
  const { findings } = useBudgetSession().check;
  // A plan under review is compared with the submission before it (the version the reviewer saw
  // last); a plan the team is working on, with its last submission.
  const underReview = plan.review.status === 'submitted';
  const submitted = underReview ? previousSubmittedPlanOf(plan) : submittedPlanOf(plan);
  const lastSubmit = plan.review.log.filter((act) => act.act === 'submit').at(underReview ? -2 : -1);
  return (
    <>
      <ReviewChecklist plan={plan} findings={findings} />
      <h3>{t('review.ruleReport')}</h3>
      {findings.length === 0 ? (
        <p>{t('review.noFindings')}</p>
      ) : (
        <ul className="findings">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}:${finding.path}:${index}`} className={`finding finding-${finding.severity}`}>
              <span className="finding-severity">{t(`findings.${finding.severity}`)}</span> {word(finding.message)}
            </li>
          ))}
        </ul>
      )}
      <GuidingAnswersByStation plan={plan} level={3} />
      <h3>{t('review.sinceSubmitted')}</h3>
      {submitted && lastSubmit ? (
        <PlanDiffView before={submitted} after={plan} beforeLabel={t('review.asSubmitted', { at: formatReviewTime(lastSubmit.at, language) })} afterLabel={t('review.now')} />
      ) : (
        <p>{t('review.noEarlierSubmission')}</p>
      )}
      {beside && (
        <>
          <h3>
            <bdi>{t('review.besideOf', { name: beside.name })}</bdi>
          </h3>
          <PlanDiffView before={beside.plan} after={plan} beforeLabel={beside.name} afterLabel={t('review.now')} />
        </>
      )}
    </>
  );
}

/**
 * The reviewer's package in one action: the checklist, the rule report, the answers to the
 * guiding questions, and the differences since the last submission and against a plan opened
 * beside it; printable as a document unless the plan report is what is being printed.
 */
export function ReviewPackage({ plan, printable }: { plan: Plan; printable: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [beside, setBeside] = useState<Beside | null>(null);
  return (
    <section className="review-package" aria-labelledby="review-package-title">
      <h2 id="review-package-title">{t('review.package')}</h2>
      <p className="hint">{t('review.packageHint')}</p>
      <div className="button-row">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('review.closePackage') : t('review.preparePackage')}
        </button>
        {open && (
          <>
            <button type="button" onClick={() => void choosePlanBeside().then((chosen) => chosen && setBeside(chosen))}>
              {t('review.chooseBeside')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('review.printPackage')}
            </button>
          </>
        )}
      </div>
      {open && (
        <>
          <p className="hint">{t('review.besideHint')}</p>
          <PackageContent plan={plan} beside={beside} />
          {printable && (
            <PrintSheet>
              <h1>{t('review.packageTitle', { authority: plan.details.authority, year: plan.details.year })}</h1>
              <PackageContent plan={plan} beside={beside} />
            </PrintSheet>
          )}
        </>
      )}
    </section>
  );
}
