import { produce } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import type { PlanCommand } from './plan-commands.ts';
import { forecastPopulation, historicalGrowthRate } from '../population/population-forecast.ts';
import type { ImportedYear } from '../population/population-import.ts';

/** Years are kept in order, so the table and the chart read left to right in time. */
const byYear = (a: { year: number }, b: { year: number }) => a.year - b.year;

/** Per-band entries follow the bands' order, so the file diffs cleanly. */
function inBandOrder<Entry extends { bandId: string }>(entries: Entry[], plan: Plan): void {
  const position = (bandId: string) => plan.population.bands.findIndex((band) => band.id === bandId);
  entries.sort((a, b) => position(a.bandId) - position(b.bandId));
}

/** A count typed for one band in one year; null clears it. */
export const setPopulationCount: PlanCommand<{ year: number; bandId: string; count: number | null }> = (plan, { year, bandId, count }) =>
  produce(plan, (draft) => {
    const entry = draft.population.years.find((candidate) => candidate.year === year);
    if (!entry) return;
    entry.counts = entry.counts.filter((candidate) => candidate.bandId !== bandId);
    if (count !== null) entry.counts.push({ bandId, count });
    inBandOrder(entry.counts, plan);
  });

export const setGrowthRate: PlanCommand<{ bandId: string; rate: number | null }> = (plan, { bandId, rate }) =>
  produce(plan, (draft) => {
    draft.population.growthRates = draft.population.growthRates.filter((entry) => entry.bandId !== bandId);
    if (rate !== null) draft.population.growthRates.push({ bandId, rate });
    inBandOrder(draft.population.growthRates, plan);
  });

/** A year after the last one (or before the first): forecast if it is later than every actual year. */
export const addPopulationYear: PlanCommand<{ year: number; kind: 'actual' | 'forecast' }> = (plan, { year, kind }) =>
  produce(plan, (draft) => {
    if (draft.population.years.some((entry) => entry.year === year)) return;
    draft.population.years.push({ year, kind, counts: [] });
    draft.population.years.sort(byYear);
  });

export const removePopulationYear: PlanCommand<{ year: number }> = (plan, { year }) =>
  produce(plan, (draft) => {
    draft.population.years = draft.population.years.filter((entry) => entry.year !== year);
  });

export const setPopulationYearKind: PlanCommand<{ year: number; kind: 'actual' | 'forecast' }> = (plan, { year, kind }) =>
  produce(plan, (draft) => {
    const entry = draft.population.years.find((candidate) => candidate.year === year);
    if (entry) entry.kind = kind;
  });

/** Every band's rate from its actual years, where there are two to compare. */
export const suggestGrowthRates: PlanCommand<Record<string, never>> = (plan) =>
  produce(plan, (draft) => {
    for (const band of plan.population.bands) {
      const rate = historicalGrowthRate(plan.population, band.id);
      if (rate === null) continue;
      draft.population.growthRates = draft.population.growthRates.filter((entry) => entry.bandId !== band.id);
      draft.population.growthRates.push({ bandId: band.id, rate });
    }
    inBandOrder(draft.population.growthRates, plan);
  });

export const applyForecast: PlanCommand<Record<string, never>> = (plan) => produce(plan, (draft) => {
  draft.population = forecastPopulation(plan.population);
});

export const setPopulationSource: PlanCommand<{ source: string }> = (plan, { source }) =>
  produce(plan, (draft) => {
    draft.population.source = source;
  });

/**
 * Figures taken in from a table: each year's counts replace those of the same bands (others
 * stay). Years before the plan's year are actual figures, so a later forecast grows from them and
 * never overwrites them; the plan's year and after are a forecast (a published projection).
 */
export const importPopulationYears: PlanCommand<{ years: ImportedYear[] }> = (plan, { years }) =>
  produce(plan, (draft) => {
    for (const imported of years) {
      const kind = imported.year < plan.details.year ? 'actual' : 'forecast';
      let entry = draft.population.years.find((candidate) => candidate.year === imported.year);
      if (!entry) {
        entry = { year: imported.year, kind, counts: [] };
        draft.population.years.push(entry);
      }
      entry.kind = kind;
      const replaced = new Set(imported.counts.map((count) => count.bandId));
      entry.counts = [...entry.counts.filter((count) => !replaced.has(count.bandId)), ...imported.counts];
      inBandOrder(entry.counts, plan);
    }
    draft.population.years.sort(byYear);
  });

type Band = Plan['population']['bands'][number];

export const addAgeBand: PlanCommand<{ band: Band }> = (plan, { band }) =>
  produce(plan, (draft) => {
    draft.population.bands.push(band);
    draft.population.bands.sort((a, b) => a.fromAge - b.fromAge);
  });

export const setAgeBand: PlanCommand<{ id: string; label: string; fromAge: number; toAge: number | null }> = (plan, { id, label, fromAge, toAge }) =>
  produce(plan, (draft) => {
    const band = draft.population.bands.find((candidate) => candidate.id === id);
    if (!band) return;
    Object.assign(band, { label, fromAge, toAge });
    draft.population.bands.sort((a, b) => a.fromAge - b.fromAge);
  });

/** Removes a band with its counts and growth rate. */
export const removeAgeBand: PlanCommand<{ id: string }> = (plan, { id }) =>
  produce(plan, (draft) => {
    draft.population.bands = draft.population.bands.filter((band) => band.id !== id);
    draft.population.growthRates = draft.population.growthRates.filter((entry) => entry.bandId !== id);
    for (const year of draft.population.years) year.counts = year.counts.filter((count) => count.bandId !== id);
  });
