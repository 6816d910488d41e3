import type { Plan } from '@shared/model/plan-schema.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { lastActualYear } from '@shared/population/population-forecast.ts';

const width = 640;
const height = 260;
const margin = { top: 16, bottom: 32, side: 56 };
const bandColors = ['#0b5d7a', '#b24a00', '#2e7d32', '#6a3d9a', '#8c6d00', '#c2185b'];

/** A round top for the scale: 1, 2 or 5 times a power of ten, at least the largest count. */
function scaleTop(largest: number): number {
  if (largest <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= largest)!;
}

/**
 * Counts by age band over the years, one line per band, dashed where it is a forecast. Time runs
 * in the reading direction, as the table above does. The table carries the figures for screen readers.
 */
export function PopulationChart({ population }: { population: Plan['population'] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const years = population.years;
  if (years.length === 0 || population.bands.length === 0) return null;
  const rtl = language === 'he';
  const top = scaleTop(Math.max(0, ...years.flatMap((year) => year.counts.map((count) => count.count))));
  const step = years.length > 1 ? (width - 2 * margin.side) / (years.length - 1) : 0;
  const xOf = (index: number) => (years.length === 1 ? width / 2 : rtl ? width - margin.side - index * step : margin.side + index * step);
  const yOf = (count: number) => height - margin.bottom - (count / top) * (height - margin.top - margin.bottom);
  const lastActual = lastActualYear(population)?.year ?? -Infinity;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => fraction * top);
  return (
    <figure className="chart population-chart">
      <figcaption>{t('population.chartTitle')}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} direction="ltr" aria-hidden="true" focusable="false">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={margin.side} x2={width - margin.side} y1={yOf(tick)} y2={yOf(tick)} className="grid-line" />
            <text x={rtl ? width - margin.side + 6 : margin.side - 6} y={yOf(tick) + 4} textAnchor={rtl ? 'start' : 'end'} className="axis-label">
              {formatNumber(tick, language)}
            </text>
          </g>
        ))}
        {years.map((year, index) => (
          <text key={year.year} x={xOf(index)} y={height - 10} textAnchor="middle" className="axis-label">
            {year.year}
          </text>
        ))}
        {population.bands.map((band, bandIndex) => {
          const points = years
            .map((year, index) => ({ year: year.year, index, count: year.counts.find((count) => count.bandId === band.id)?.count }))
            .filter((point): point is { year: number; index: number; count: number } => point.count !== undefined);
          const color = bandColors[bandIndex % bandColors.length]!;
          const path = (segment: typeof points) => segment.map((point) => `${xOf(point.index)},${yOf(point.count)}`).join(' ');
          const actual = points.filter((point) => point.year <= lastActual);
          const forecast = points.filter((point) => point.year >= lastActual || lastActual === -Infinity);
          return (
            <g key={band.id}>
              <polyline points={path(actual)} fill="none" stroke={color} strokeWidth={2.5} />
              <polyline points={path(forecast)} fill="none" stroke={color} strokeWidth={2.5} strokeDasharray="6 5" />
              {points.map((point) => (
                <circle key={point.year} cx={xOf(point.index)} cy={yOf(point.count)} r={3.5} fill={color} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {population.bands.map((band, bandIndex) => (
          <li key={band.id}>
            <span className="legend-swatch" style={{ backgroundColor: bandColors[bandIndex % bandColors.length] }} aria-hidden="true" />
            <bdi className="band-label">{band.label}</bdi>
          </li>
        ))}
        <li className="legend-note">{t('population.chartForecastNote')}</li>
      </ul>
    </figure>
  );
}
