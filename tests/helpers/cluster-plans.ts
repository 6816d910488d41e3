import type { Plan } from '@shared/model/plan-schema.ts';
import { serviceCatalogue } from '@shared/services/service-catalogue.ts';
import { generatedPlan } from './generated-plans.ts';

const authorityNames = ['עין הדקל', 'גבעת ארבל', 'נווה אלון', 'כפר השקד', 'רמת התבור', 'מצפה הגליל', 'קריית הגפן', 'שדה הרימון'];

/**
 * The plan of one authority in a generated cluster: the generator's awkward texts, formulas and
 * funding splits, an authority name of its own, the plan year's population, and two services in
 * three named after the catalogue (with the authority's own words after some), so the cluster's
 * kinds of service overlap as real neighbours' do.
 */
export function clusterPlan(index: number, serviceCount: number): Plan {
  const plan = structuredClone(generatedPlan(1_000 + index, serviceCount));
  const round = Math.floor(index / authorityNames.length);
  plan.id = `cluster-plan-${index + 1}`;
  plan.details.authority = `${authorityNames[index % authorityNames.length]}${round > 0 ? ` ${round + 1}` : ''}`;
  plan.population.years = [
    { year: 2026, kind: 'actual', counts: [{ bandId: '55-64', count: 4_000 + index * 37 }, { bandId: '65-74', count: 3_000 + index * 29 }, { bandId: '75+', count: 2_000 + index * 17 }] },
    { year: 2027, kind: 'forecast', counts: [{ bandId: '55-64', count: 4_100 + index * 37 }, { bandId: '65-74', count: 3_100 + index * 29 }, { bandId: '75+', count: 2_100 + index * 17 }] },
  ];
  plan.services.forEach((service, serviceIndex) => {
    if (serviceIndex % 3 === 0) return;
    const entry = serviceCatalogue[(serviceIndex + index) % serviceCatalogue.length]!;
    service.name = serviceIndex % 2 === 0 ? `${entry.name.he} ${plan.details.authority}` : entry.name.he;
  });
  return plan;
}

/** `count` plans of `serviceCount` services each, as a cluster folder (or the whole country) holds them. */
export function clusterOfPlans(count: number, serviceCount: number): Plan[] {
  return Array.from({ length: count }, (_, index) => clusterPlan(index, serviceCount));
}
