import { describe, expect, it } from 'vitest';
import { figuresForecastWouldReplace, forecastPopulation, historicalGrowthRate } from '@shared/population/population-forecast.ts';
import { addAgeBand, addPopulationYear, applyForecast, removeAgeBand, setAgeBand, setPopulationCount, suggestGrowthRates } from '@shared/commands/population-commands.ts';
import { PlanSchema, type Plan } from '@shared/model/plan-schema.ts';
import { buildPlan } from '../helpers/population-plan.ts';

describe('forecasting the population', () => {
  it('grows each band from the last actual year by its rate, compounding, to whole people', () => {
    const plan = buildPlan();
    const forecast = forecastPopulation(plan.population);
    // 2026 actual: 1,000 (55-64, +2%), 500 (65-74, +10%); 75+ has no rate and keeps its typed figure.
    // 2028 = 1,000 × 1.02² = 1,040.4 → 1,040; 500 × 1.1² = 605. 2029 = 1,061.208 → 1,061; 665.5 → 666 (half up).
    expect(forecast.years.find((year) => year.year === 2028)!.counts).toEqual([
      { bandId: '55-64', count: 1_040 },
      { bandId: '65-74', count: 605 },
      { bandId: '75+', count: 77 },
    ]);
    expect(forecast.years.find((year) => year.year === 2029)!.counts).toEqual([
      { bandId: '55-64', count: 1_061 },
      { bandId: '65-74', count: 666 },
    ]);
    // Actual years are left as typed.
    expect(forecast.years.filter((year) => year.kind === 'actual')).toEqual(plan.population.years.filter((year) => year.kind === 'actual'));
  });

  it('counts the figures in the forecast years it would change, so typed ones are not replaced unseen', () => {
    const plan = buildPlan();
    // 75+ in 2028 has no rate: the forecast keeps it, so nothing would be replaced.
    expect(figuresForecastWouldReplace(plan.population)).toBe(0);
    const typed = setPopulationCount(plan, { year: 2028, bandId: '55-64', count: 1_100 });
    expect(figuresForecastWouldReplace(typed.population)).toBe(1);
    expect(figuresForecastWouldReplace(applyForecast(typed, {}).population)).toBe(0);
  });

  it('suggests the compound yearly rate of the actual years, to a hundredth of a percent', () => {
    const plan = buildPlan();
    // 55-64: 961 in 2024 → 1,000 in 2026: (1000/961)^(1/2) − 1 = 0.020091… → 0.0201.
    expect(historicalGrowthRate(plan.population, '55-64')).toBe(0.0201);
    // 65-74: 400 → 500 over two years: √1.25 − 1 = 0.118033… → 0.118.
    expect(historicalGrowthRate(plan.population, '65-74')).toBe(0.118);
    // 75+ has a single actual figure.
    expect(historicalGrowthRate(plan.population, '75+')).toBeNull();
    const suggested = suggestGrowthRates(plan, {});
    expect(suggested.population.growthRates).toEqual([
      { bandId: '55-64', rate: 0.0201 },
      { bandId: '65-74', rate: 0.118 },
    ]);
  });

  it('edits stay a valid plan: a typed count, a new forecast year, the forecast filled in', () => {
    let plan = buildPlan();
    plan = setPopulationCount(plan, { year: 2026, bandId: '75+', count: 70 });
    plan = addPopulationYear(plan, { year: 2030, kind: 'forecast' });
    plan = applyForecast(plan, {});
    expect(plan.population.years.map((year) => year.year)).toEqual([2024, 2026, 2028, 2029, 2030]);
    expect(plan.population.years.at(-1)!.counts[0]).toEqual({ bandId: '55-64', count: Math.round(1_000 * 1.02 ** 4) });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    const cleared: Plan = setPopulationCount(plan, { year: 2026, bandId: '75+', count: null });
    expect(cleared.population.years[1]!.counts.map((count) => count.bandId)).toEqual(['55-64', '65-74']);
  });

  it('edits the bands: a new band sorts by age, a removed one takes its figures and rate with it', () => {
    let plan = buildPlan();
    plan = setAgeBand(plan, { id: '75+', label: '75-84', fromAge: 75, toAge: 84 });
    plan = addAgeBand(plan, { band: { id: '85+', label: '85+', fromAge: 85, toAge: null } });
    plan = addAgeBand(plan, { band: { id: '45-54', label: '45-54', fromAge: 45, toAge: 54 } });
    expect(plan.population.bands.map((band) => band.id)).toEqual(['45-54', '55-64', '65-74', '75+', '85+']);
    plan = removeAgeBand(plan, { id: '65-74' });
    expect(plan.population.growthRates.map((entry) => entry.bandId)).toEqual(['55-64']);
    expect(plan.population.years.flatMap((year) => year.counts.map((count) => count.bandId))).not.toContain('65-74');
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });
});
