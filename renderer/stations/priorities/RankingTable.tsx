import { useId, useMemo } from 'react';
import { formatNumber, formatPercent } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { ranking } from '@shared/priorities/weighted-score.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { oneDecimal } from './one-decimal.ts';

/** The services from the highest weighted score down, each with the criteria that carried it and any score still missing. */
export function RankingTable({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const headingId = useId();
  const ranked = useMemo(() => ranking(plan), [plan]);
  const names = new Map(plan.services.map((service) => [service.id, service.name]));
  const criteria = new Map(plan.priorities.criteria.map((criterion) => [criterion.id, criterion.name]));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('priorities.ranking')}</h2>
      <table className="preview-table">
        <thead>
          <tr>
            <th scope="col">{t('priorities.rank')}</th>
            <th scope="col">{t('logic.service')}</th>
            <th scope="col">{t('priorities.weightedScore')}</th>
            <th scope="col">{t('priorities.why')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((entry) => {
            const carried = [...entry.parts].filter((part) => part.score !== null).sort((a, b) => b.contribution - a.contribution).slice(0, 2);
            return (
              <tr key={entry.serviceId}>
                <td>{formatNumber(entry.rank, language)}</td>
                <th scope="row"><bdi>{names.get(entry.serviceId)}</bdi></th>
                <td>{formatNumber(oneDecimal(entry.total), language)}</td>
                <td>
                  {carried
                    .map((part) => t('priorities.part', { criterion: criteria.get(part.criterionId) ?? '', score: formatNumber(part.score!, language), share: formatPercent(part.share, language, 0) }))
                    .join(' · ')}
                  {entry.missing.length > 0 && <span className="badge warning">{t('priorities.missingScores', { count: entry.missing.length })}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
