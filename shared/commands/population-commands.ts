import { produce } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import { detachReferences } from '../links/detach-references.ts';
import { defineCommand } from './define-command.ts';
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
export const setPopulationCount = defineCommand<{ year: number; bandId: string; count: number | null }>({
  id: 'population.set-count',
  apply: (plan, { year, bandId, count }) =>
    produce(plan, (draft) => {
      const entry = draft.population.years.find((candidate) => candidate.year === year);
      if (!entry) return;
      entry.counts = entry.counts.filter((candidate) => candidate.bandId !== bandId);
      if (count !== null) entry.counts.push({ bandId, count });
      inBandOrder(entry.counts, plan);
    }),
  mergeKey: ({ year, bandId }) => `${bandId}:${year}`,
});

export const setGrowthRate = defineCommand<{ bandId: string; rate: number | null }>({
  id: 'population.set-growth-rate',
  apply: (plan, { bandId, rate }) =>
    produce(plan, (draft) => {
      draft.population.growthRates = draft.population.growthRates.filter((entry) => entry.bandId !== bandId);
      if (rate !== null) draft.population.growthRates.push({ bandId, rate });
      inBandOrder(draft.population.growthRates, plan);
    }),
  mergeKey: ({ bandId }) => bandId,
});

/** A year after the last one (or before the first): forecast if it is later than every actual year. */
export const addPopulationYear = defineCommand<{ year: number; kind: 'actual' | 'forecast' }>({
  id: 'population.add-year',
  apply: (plan, { year, kind }) =>
    produce(plan, (draft) => {
      if (draft.population.years.some((entry) => entry.year === year)) return;
      draft.population.years.push({ year, kind, counts: [] });
      draft.population.years.sort(byYear);
    }),
});

export const removePopulationYear = defineCommand<{ year: number }>({
  id: 'population.remove-year',
  apply: (plan, { year }) =>
    produce(plan, (draft) => {
      draft.population.years = draft.population.years.filter((entry) => entry.year !== year);
      detachReferences(draft, { populationYears: [year] });
    }),
});

export const setPopulationYearKind = defineCommand<{ year: number; kind: 'actual' | 'forecast' }>({
  id: 'population.set-year-kind',
  apply: (plan, { year, kind }) =>
    produce(plan, (draft) => {
      const entry = draft.population.years.find((candidate) => candidate.year === year);
      if (entry) entry.kind = kind;
    }),
});

/** Every band's rate from its actual years, where there are two to compare. */
export const suggestGrowthRates = defineCommand<Record<string, never>>({
  id: 'population.suggest-growth-rates',
  apply: (plan) =>
    produce(plan, (draft) => {
      for (const band of plan.population.bands) {
        const rate = historicalGrowthRate(plan.population, band.id);
        if (rate === null) continue;
        draft.population.growthRates = draft.population.growthRates.filter((entry) => entry.bandId !== band.id);
        draft.population.growthRates.push({ bandId: band.id, rate });
      }
      inBandOrder(draft.population.growthRates, plan);
    }),
});

export const applyForecast = defineCommand<Record<string, never>>({
  id: 'population.apply-forecast',
  apply: (plan) =>
    produce(plan, (draft) => {
      draft.population = forecastPopulation(plan.population);
    }),
});

export const setPopulationSource = defineCommand<{ source: string }>({
  id: 'population.set-source',
  apply: (plan, { source }) =>
    produce(plan, (draft) => {
      draft.population.source = source;
    }),
  mergeKey: () => 'source',
});

/**
 * Figures taken in from a table: each year's counts replace those of the same bands (others
 * stay). Years before the plan's year are actual figures, so a later forecast grows from them and
 * never overwrites them; the plan's year and after are a forecast (a published projection).
 */
export const importPopulationYears = defineCommand<{ years: ImportedYear[] }>({
  id: 'population.import-years',
  apply: (plan, { years }) =>
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
    }),
});

type Band = Plan['population']['bands'][number];

export const addAgeBand = defineCommand<{ band: Band }>({
  id: 'population.add-band',
  apply: (plan, { band }) =>
    produce(plan, (draft) => {
      draft.population.bands.push(band);
      draft.population.bands.sort((a, b) => a.fromAge - b.fromAge);
    }),
});

/**
 * Renames a band, or moves its ages (taken together, when they make a band). Typing its name is
 * one step; its ages are another, so the two never merge into one.
 */
export const setAgeBand = defineCommand<{ id: string } & (Pick<Band, 'label'> | Pick<Band, 'fromAge' | 'toAge'>)>({
  id: 'population.set-band',
  apply: (plan, { id, ...change }) =>
    produce(plan, (draft) => {
      const band = draft.population.bands.find((candidate) => candidate.id === id);
      if (!band) return;
      Object.assign(band, change);
      draft.population.bands.sort((a, b) => a.fromAge - b.fromAge);
    }),
  mergeKey: (edit) => `${edit.id}:${'label' in edit ? 'label' : 'ages'}`,
});

/** Removes a band with its counts and growth rate. */
export const removeAgeBand = defineCommand<{ id: string }>({
  id: 'population.remove-band',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.population.bands = draft.population.bands.filter((band) => band.id !== id);
      detachReferences(draft, { ageBands: [id] });
    }),
});
