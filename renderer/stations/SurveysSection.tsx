import { useId } from 'react';
import { addNeed, removeSurvey } from '@shared/commands/assessment-commands.ts';
import { formatNumber, formatPercent } from '@shared/format/number-format.ts';
import type { Survey } from '@shared/model/plan-schema.ts';
import { findingFromItem } from '@shared/surveys/survey-finding.ts';
import { itemStatistics } from '@shared/surveys/survey-stats.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { importSurvey } from '../state/workbook-actions.ts';

/** Shades from disagreeing to agreeing, readable side by side and in grey. */
const valueColors = ['#b2182b', '#ef8a62', '#d1e5f0', '#67a9cf', '#2166ac'];
const colorsFor = (scaleMax: number) => (scaleMax === 4 ? [valueColors[0], valueColors[1], valueColors[3], valueColors[4]] : valueColors) as string[];

function SurveyResults({ survey }: { survey: Survey }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const colors = colorsFor(survey.scaleMax);
  const toFinding = (item: Survey['items'][number]) => {
    const id = `need-${crypto.randomUUID().slice(0, 8)}`;
    perform(addNeed, { need: { id, ...findingFromItem(item, survey, language) } });
    useUiStore.getState().goToItem({ kind: 'need', id });
  };
  return (
    <figure className="survey">
      <figcaption>
        <bdi>{survey.name}</bdi> {survey.date && <span className="hint">· {survey.date}</span>} <span className="hint">· {t('surveys.scale', { scale: survey.scaleMax })}</span>
      </figcaption>
      <table className="preview-table survey-table">
        <thead>
          <tr>
            <th scope="col">{t('surveys.item')}</th>
            <th scope="col">{t('surveys.answers')}</th>
            <th scope="col">{t('surveys.average')}</th>
            <th scope="col">{t('surveys.agreeing')}</th>
            <th scope="col">{t('surveys.distribution')}</th>
            <th scope="col"><span className="visually-hidden">{t('surveys.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {survey.items.map((item) => {
            const statistics = itemStatistics(item, survey.scaleMax);
            const described = statistics.distribution.map((share, index) => `${index + 1}: ${formatPercent(share, language, 0)}`).join(', ');
            return (
              <tr key={item.id}>
                <th scope="row"><bdi>{item.text}</bdi></th>
                <td>{formatNumber(statistics.answers, language)}</td>
                <td>{statistics.average === null ? '—' : formatNumber(Math.round(statistics.average * 100) / 100, language)}</td>
                <td>{statistics.agreeing === null ? '—' : formatPercent(statistics.agreeing, language, 0)}</td>
                <td>
                  <span className="distribution" role="img" aria-label={t('surveys.distributionOf', { values: described })}>
                    {statistics.distribution.map((share, index) => (
                      <span key={index} className="distribution-part" style={{ inlineSize: `${share * 100}%`, backgroundColor: colors[index] }} />
                    ))}
                  </span>
                </td>
                <td>
                  <button type="button" onClick={() => toFinding(item)}>{t('surveys.toFinding')}</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint legend-line">
        {colors.map((color, index) => (
          <span key={index} className="legend-item"><span className="legend-swatch" style={{ backgroundColor: color }} aria-hidden="true" /> {index + 1}</span>
        ))}
        <span>{t('surveys.scaleNote', { scale: survey.scaleMax })}</span>
      </p>
      <button type="button" className="link-button" onClick={() => perform(removeSurvey, { id: survey.id })}>{t('surveys.remove', { name: survey.name })}</button>
    </figure>
  );
}

/** Station 1's survey results: imported answers, each item's average and spread, and a way to record a finding from it. */
export function SurveysSection() {
  const t = useT();
  const surveys = usePlanStore((state) => state.document?.plan.surveys);
  const headingId = useId();
  if (!surveys) return null;
  return (
    <section className="card surveys" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveys.title')}</h2>
      <p className="hint">{t('surveys.hint')}</p>
      {surveys.length === 0 && <p>{t('surveys.empty')}</p>}
      {surveys.map((survey) => <SurveyResults key={survey.id} survey={survey} />)}
      <button type="button" onClick={() => void importSurvey()}>{t('surveys.importButton')}</button>
    </section>
  );
}
