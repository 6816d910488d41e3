import { useId, type ReactNode } from 'react';
import type { AuthorityRow } from '@shared/cluster/authority-row.ts';
import { formatMoney, formatPercent } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

type Bar = { key: string; label: string; value: number; text: string; marker?: number; over?: boolean; own: boolean };

/**
 * Horizontal bars, one per authority, largest first, in the reading direction. A figure named
 * by its caption and described by the note under it; the bars are drawn, the figures are text.
 */
function AuthorityBars({ title, description, bars, note }: { title: string; description: string; bars: Bar[]; note?: ReactNode }) {
  const captionId = useId();
  const descriptionId = useId();
  const scale = Math.max(Number.MIN_VALUE, ...bars.map((bar) => Math.max(bar.value, bar.marker ?? 0)));
  return (
    <figure className="chart cluster-chart" aria-labelledby={captionId} aria-describedby={descriptionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <p id={descriptionId} className="hint">{description}</p>
      <ul className="bars">
        {bars.map((bar) => (
          <li key={bar.key} className={['bar', bar.over ? 'bar-over' : '', bar.own ? 'bar-own' : ''].join(' ').trim()}>
            <span className="bar-label"><bdi>{bar.label}</bdi></span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ inlineSize: `${(bar.value / scale) * 100}%` }} />
              {bar.marker !== undefined && <span className="bar-marker" style={{ insetInlineStart: `${(bar.marker / scale) * 100}%` }} />}
            </span>
            <span className="bar-amount">{bar.text}</span>
          </li>
        ))}
      </ul>
      {note}
    </figure>
  );
}

/** Two comparisons of the authorities: what the plan spends per senior, and how close self-development comes to its limit. */
export function ClusterCharts({ rows, openPlanId }: { rows: readonly AuthorityRow[]; openPlanId: string | null }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const headingId = useId();
  const label = (row: AuthorityRow) => `${row.authority} ${row.year}`;
  const withPopulation = rows.filter((row) => row.costPerSenior !== null);
  const without = rows.filter((row) => row.costPerSenior === null);
  const perSenior = [...withPopulation]
    .sort((a, b) => b.costPerSenior! - a.costPerSenior!)
    .map((row) => ({ key: row.path, label: label(row), value: row.costPerSenior!, text: formatMoney(row.costPerSenior!, language), own: row.planId === openPlanId }));
  const selfDevelopment = [...rows]
    .sort((a, b) => b.totals.selfDevelopmentShare - a.totals.selfDevelopmentShare)
    .map((row) => ({
      key: row.path,
      label: label(row),
      value: row.totals.selfDevelopmentShare,
      marker: row.totals.selfDevelopmentLimit,
      over: row.overLimit,
      text: `${formatPercent(row.totals.selfDevelopmentShare, language)} ${t('cluster.ofLimit', { limit: formatPercent(row.totals.selfDevelopmentLimit, language) })}`,
      own: row.planId === openPlanId,
    }));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cluster.charts')}</h2>
      <div className="cluster-charts">
        <AuthorityBars
          title={t('cluster.chartPerSenior')}
          description={t('cluster.chartPerSeniorDescription')}
          bars={perSenior}
          note={without.length > 0 && <p className="hint">{t('cluster.withoutPopulation', { names: without.map(label).join(', ') })}</p>}
        />
        <AuthorityBars title={t('cluster.chartSelfDevelopment')} description={t('cluster.chartSelfDevelopmentDescription')} bars={selfDevelopment} />
      </div>
    </section>
  );
}
