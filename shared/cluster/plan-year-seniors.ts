import type { Plan } from '../model/plan-schema.ts';

/** Senior citizens of the plan's own year, as its population figures give them. */
export type PlanYearSeniors = {
  /** Whether the plan year's figures are counted or forecast; null when the plan has none for its year. */
  basis: 'actual' | 'forecast' | null;
  aged65Plus: number | null;
  aged75Plus: number | null;
};

type PopulationYear = Plan['population']['years'][number];

/**
 * People aged `age` and over: the sum of the bands starting there or later. Null when a band
 * runs across that age (60-69 cannot be split without guessing), when no band starts at or
 * above it, or when a band has no figure for the year.
 */
function countFrom(plan: Plan, year: PopulationYear, age: number): number | null {
  const { bands } = plan.population;
  if (bands.some((band) => band.fromAge < age && (band.toAge === null || band.toAge >= age))) return null;
  const above = bands.filter((band) => band.fromAge >= age);
  if (above.length === 0) return null;
  let sum = 0;
  for (const band of above) {
    const count = year.counts.find((entry) => entry.bandId === band.id);
    if (!count) return null;
    sum += count.count;
  }
  return sum;
}

/** The 65+ and 75+ of the plan's year (actual or forecast, as the team entered it in station 1). */
export function planYearSeniors(plan: Plan): PlanYearSeniors {
  const year = plan.population.years.find((entry) => entry.year === plan.details.year);
  // A year column with nothing typed in it yet (a new plan has one) has no figures to base on.
  if (!year || year.counts.length === 0) return { basis: null, aged65Plus: null, aged75Plus: null };
  return { basis: year.kind, aged65Plus: countFrom(plan, year, 65), aged75Plus: countFrom(plan, year, 75) };
}
