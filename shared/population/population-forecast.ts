import type { Plan } from '../model/plan-schema.ts';
import { maximumCount } from '../model/plan-schema.ts';

type Population = Plan['population'];

/** The last year of actual figures: forecasts grow from it. */
export function lastActualYear(population: Population): Population['years'][number] | null {
  return population.years.filter((year) => year.kind === 'actual').reduce<Population['years'][number] | null>((last, year) => (!last || year.year > last.year ? year : last), null);
}

/**
 * Each band's yearly growth over the actual years, from the first to the last (the compound
 * rate: (last ÷ first)^(1 ÷ years) − 1), rounded to a hundredth of a percent; null for a band
 * without two actual years to compare or starting at zero.
 */
export function historicalGrowthRate(population: Population, bandId: string): number | null {
  const actual = population.years
    .filter((year) => year.kind === 'actual')
    .map((year) => ({ year: year.year, count: year.counts.find((count) => count.bandId === bandId)?.count }))
    .filter((entry): entry is { year: number; count: number } => entry.count !== undefined)
    .sort((a, b) => a.year - b.year);
  if (actual.length < 2) return null;
  const first = actual[0]!;
  const last = actual.at(-1)!;
  if (first.count <= 0 || last.year === first.year) return null;
  const rate = (last.count / first.count) ** (1 / (last.year - first.year)) - 1;
  return Math.round(rate * 10_000) / 10_000;
}

/**
 * The forecast years computed from the last actual year and each band's growth rate:
 * count × (1 + rate)^(years after), rounded to whole people. Actual years stay as typed; a band
 * without a rate or an actual figure keeps whatever its forecast years hold.
 */
export function forecastPopulation(population: Population): Population {
  const base = lastActualYear(population);
  if (!base) return population;
  const rates = new Map(population.growthRates.map((entry) => [entry.bandId, entry.rate]));
  return {
    ...population,
    years: population.years.map((year) => {
      if (year.kind !== 'forecast' || year.year <= base.year) return year;
      const counts = population.bands.flatMap((band) => {
        const from = base.counts.find((count) => count.bandId === band.id)?.count;
        const rate = rates.get(band.id);
        const kept = year.counts.find((count) => count.bandId === band.id);
        if (from === undefined || rate === undefined) return kept ? [kept] : [];
        const count = Math.round(from * (1 + rate) ** (year.year - base.year));
        return [{ bandId: band.id, count: Math.min(maximumCount, Math.max(0, count)) }];
      });
      return { ...year, counts };
    }),
  };
}

/** How many figures already in the forecast years the forecast would change: typed ones, or an earlier forecast's. */
export function figuresForecastWouldReplace(population: Population): number {
  const next = forecastPopulation(population);
  return population.years
    .filter((year) => year.kind === 'forecast')
    .flatMap((year) =>
      year.counts.filter((count) => {
        const replacement = next.years.find((entry) => entry.year === year.year)?.counts.find((entry) => entry.bandId === count.bandId);
        return replacement !== undefined && replacement.count !== count.count;
      }),
    ).length;
}
