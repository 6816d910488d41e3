import { useId } from 'react';
import {
  addPopulationYear,
  applyForecast,
  removePopulationYear,
  setGrowthRate,
  setPopulationCount,
  setPopulationSource,
  suggestGrowthRates,
} from '@shared/commands/population-commands.ts';
import { formatNumber, formatPercent } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { maximumCount } from '@shared/model/plan-schema.ts';
import { figuresForecastWouldReplace, lastActualYear } from '@shared/population/population-forecast.ts';
import { askToConfirm } from '../state/prompts.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { CellNumberInput } from '../components/fields/CellNumberInput.tsx';
import { TextField } from '../components/fields/TextField.tsx';
import { PopulationChart } from './PopulationChart.tsx';
import { AgeBandsEditor } from './AgeBandsEditor.tsx';
import { PopulationYearHeader } from './PopulationYearHeader.tsx';
import { importPopulation } from '../state/workbook-actions.ts';


/** Station 1's population: counts by age band and year, actual and forecast, the growth rates, and their chart. */
export function PopulationSection() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const population = usePlanStore((state) => state.document?.plan.population);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  if (!population) return null;
  const { bands, years } = population;
  const lastYear = years.at(-1)?.year ?? new Date().getFullYear();
  const firstYear = years[0]?.year ?? lastYear + 1;
  const hasActual = lastActualYear(population) !== null;
  const countProblem = (value: number | null) =>
    value === null ? t('population.notANumber') : value < 0 || value > maximumCount || !Number.isInteger(value) ? t('population.countRange') : null;
  const rateProblem = (value: number | null) => (value === null ? t('population.notANumber') : value < -1 || value > 10 ? t('population.rateRange') : null);
  /**
   * The forecast replaces the forecast years' figures. Figures the team typed (a planning
   * department's own projection) are not replaced unseen: the user is asked first, and the
   * forecast is one step to undo either way.
   */
  const forecast = async () => {
    const replaced = figuresForecastWouldReplace(population);
    if (replaced > 0 && !(await askToConfirm(t('population.forecastReplaceTitle'), t('population.forecastReplaceBody', { count: replaced }), t('population.forecastReplace')))) return;
    perform(applyForecast, {});
  };
  return (
    <section className="card population" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('population.title')}</h2>
      <p className="hint">{t('population.hint')}</p>
      <div className="table-scroll">
        <table className="population-table">
          <caption className="visually-hidden">{t('population.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('population.band')}</th>
              <th scope="col">{t('population.growth')}</th>
              {years.map((year) => (
                <PopulationYearHeader key={year.year} year={year.year} kind={year.kind} />
              ))}
            </tr>
          </thead>
          <tbody>
            {bands.map((band) => (
              <tr key={band.id}>
                <th scope="row">
                  <bdi className="band-label">{band.label}</bdi>
                </th>
                <td>
                  <CellNumberInput
                    label={t('population.growthOf', { band: band.label })}
                    value={population.growthRates.find((entry) => entry.bandId === band.id)?.rate ?? null}
                    format={(rate) => formatPercent(rate, language, 2)}
                    parse={(text) => parseTypedNumber(text, { percent: true })}
                    validate={rateProblem}
                    onChange={(rate) => perform(setGrowthRate, { bandId: band.id, rate })}
                  />
                </td>
                {years.map((year) => (
                  <td key={year.year} className={year.kind === 'forecast' ? 'forecast' : undefined}>
                    <CellNumberInput
                      label={t('population.countOf', { band: band.label, year: year.year })}
                      value={year.counts.find((count) => count.bandId === band.id)?.count ?? null}
                      format={(count) => formatNumber(count, language)}
                      parse={(text) => parseTypedNumber(text)}
                      validate={countProblem}
                      onChange={(count) => perform(setPopulationCount, { year: year.year, bandId: band.id, count })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="section-actions">
        <button type="button" onClick={() => perform(addPopulationYear, { year: lastYear + 1, kind: hasActual ? 'forecast' : 'actual' })}>
          {t('population.addYear', { year: lastYear + 1 })}
        </button>
        <button type="button" onClick={() => perform(addPopulationYear, { year: firstYear - 1, kind: 'actual' })}>
          {t('population.addEarlierYear', { year: firstYear - 1 })}
        </button>
        {years.length > 0 && (
          <button type="button" onClick={() => perform(removePopulationYear, { year: lastYear })}>
            {t('population.removeYear', { year: lastYear })}
          </button>
        )}
        <button type="button" onClick={() => perform(suggestGrowthRates, {})} disabled={!hasActual}>
          {t('population.suggestRates')}
        </button>
        <button type="button" className="primary" onClick={() => void forecast()} disabled={!hasActual}>
          {t('population.applyForecast')}
        </button>
        <button type="button" onClick={() => void importPopulation()}>
          {t('population.import')}
        </button>
      </div>
      <AgeBandsEditor bands={bands} />
      <PopulationChart population={population} />
      <TextField
        label={t('population.source')}
        value={population.source}
        onChange={(source) => perform(setPopulationSource, { source })}
      />
    </section>
  );
}
