import { useEffect, useMemo, useState } from 'react';
import { checkDerivedModel } from '@shared/logic-model/logic-checks.ts';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { serviceTotal } from '@shared/budget/service-cost.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { servicesDecidedAgainst } from '@shared/model/decision-in-force.ts';
import { checkEvaluatedPlan } from '@shared/rules/check-evaluated-plan.ts';
import { reviewStanding } from '@shared/review/review-standing.ts';
import { reviewStandingMessage } from '@shared/review/review-standing-words.ts';
import { useLanguage, useLocalized, useT, useWord } from '../i18n/i18n.ts';
import { PrintSheet } from '../components/PrintSheet.tsx';
import { TotalsFigures } from '../budget/TotalsFigures.tsx';
import { meterStateOf, SelfDevelopmentMeter } from '../budget/SelfDevelopmentMeter.tsx';
import { PopulationChart } from '../stations/PopulationChart.tsx';
import { MixOverview } from '../stations/MixOverview.tsx';
import { GuidingAnswersByStation } from '../stations/GuidingAnswersByStation.tsx';
import { modelPicture, planHeader } from '../logic-model/model-picture.ts';
import { useModelLayout } from '../logic-model/use-model-layout.ts';
import { ReviewLog } from '../review/ReviewLog.tsx';
import { commentTargetLabel } from '../review/comment-target-label.ts';
import { formatReviewTime } from '../review/review-format.ts';
import { reviewStatusKeys } from '../review/review-status-keys.ts';
import { useTrustedKeys } from '../review/trusted-keys.ts';

/** The logic model's picture, laid out by ELK like the canvas; `onReady` says when it can be printed. */
function ModelPicture({ plan, onReady }: { plan: Plan; onReady(ready: boolean): void }) {
  const language = useLanguage((state) => state.language);
  const model = useMemo(() => deriveLogicModel(plan), [plan]);
  const findings = useMemo(() => checkDerivedModel(model), [model]);
  const { layout, pending } = useModelLayout(model, findings, language);
  // The printed picture is ELK's layout, never the first placement drawn while ELK works.
  const svg = useMemo(() => (layout && !pending ? modelPicture(plan, model, findings, layout, language) : null), [plan, model, findings, layout, language, pending]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!svg) return;
    const next = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [svg]);
  useEffect(() => onReady(url !== null && !pending), [url, pending, onReady]);
  return url ? <img className="report-model" src={url} alt={planHeader(plan, language).title} /> : null;
}

/**
 * The plan as one printed document, in the reader's language and direction: details, totals and
 * the 20% meter, the population chart, the mix, the services, the answers to the guiding
 * questions, the logic model, and the review record. Printing it to PDF is the browser's or the
 * system's own "save as PDF".
 */
export function PlanReport({ plan, onReady }: { plan: Plan; onReady(ready: boolean): void }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const localized = useLocalized();
  const word = useWord();
  // Printed as the app shows it: "approved" only while the approval holds for this installation.
  const standing = reviewStanding(plan, useTrustedKeys());
  const { totals, findings, evaluated } = checkEvaluatedPlan(plan);
  const out = servicesDecidedAgainst(plan);
  const { details } = plan;
  return (
    <PrintSheet>
      <article className="plan-report" lang={language} dir={language === 'he' ? 'rtl' : 'ltr'}>
        <h1>{t('report.title', { authority: details.authority, year: details.year })}</h1>
        <p>
          {t('report.subtitle', { cluster: details.cluster, preparedBy: details.preparedBy })} · {t('review.statusLabel', { status: t(reviewStatusKeys[standing.status]) })}
        </p>
        <h2>{t('totals.title')}</h2>
        <TotalsFigures totals={totals} servicesCount={plan.services.length - out.size} />
        <SelfDevelopmentMeter totals={totals} state={meterStateOf(findings)} />
        <h2>{t('report.population')}</h2>
        <PopulationChart population={plan.population} />
        <MixOverview plan={plan} />
        <h2>{t('report.services')}</h2>
        <table className="preview-table">
          <thead>
            <tr>
              <th scope="col">{t('report.service')}</th>
              <th scope="col">{t('serviceCards.kind')}</th>
              <th scope="col">{t('report.participants')}</th>
              <th scope="col">{t('report.total')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluated.services
              .filter((service) => !out.has(service.id))
              .map((service) => (
                <tr key={service.id}>
                  <th scope="row">
                    <bdi>{service.name}</bdi>
                  </th>
                  <td>{localized(serviceKindLabels[service.kind])}</td>
                  <td>{formatNumber(service.participants, language)}</td>
                  <td>{formatMoney(serviceTotal(service), language)}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <GuidingAnswersByStation plan={plan} level={2} />
        <h2 className="report-page-break">{t('logic.title')}</h2>
        <ModelPicture plan={plan} onReady={onReady} />
        <h2>{t('report.review')}</h2>
        {plan.review.status === 'approved' && <p>{word(reviewStandingMessage(standing))}</p>}
        <ReviewLog plan={plan} />
        {plan.review.comments.length > 0 && (
          <ul>
            {plan.review.comments.map((comment) => (
              <li key={comment.id}>
                <strong>
                  <bdi>{commentTargetLabel(plan, comment.target, language)}</bdi>
                </strong>{' '}
                ({comment.resolved ? t('review.resolved') : t('review.open')})
                <ul>
                  {comment.thread.map((message, index) => (
                    <li key={index}>
                      <bdi>{message.by}</bdi>, {formatReviewTime(message.at, language)}: <bdi>{message.text}</bdi>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </article>
    </PrintSheet>
  );
}
