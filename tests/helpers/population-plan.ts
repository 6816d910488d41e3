import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan as buildBasePlan } from './plan-builders.ts';

/** A plan with figures worked out by hand: two actual years, two forecast years, rates for two bands. */
export function buildPlan(): Plan {
  const plan = buildBasePlan();
  return {
    ...plan,
    population: {
      ...plan.population,
      years: [
        { year: 2024, kind: 'actual', counts: [{ bandId: '55-64', count: 961 }, { bandId: '65-74', count: 400 }] },
        { year: 2026, kind: 'actual', counts: [{ bandId: '55-64', count: 1_000 }, { bandId: '65-74', count: 500 }, { bandId: '75+', count: 80 }] },
        { year: 2028, kind: 'forecast', counts: [{ bandId: '75+', count: 77 }] },
        { year: 2029, kind: 'forecast', counts: [] },
      ],
      growthRates: [{ bandId: '55-64', rate: 0.02 }, { bandId: '65-74', rate: 0.1 }],
    },
  };
}
