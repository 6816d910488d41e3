import type { Plan } from './plan-schema.ts';

export type ServiceDecision = Plan['priorities']['decisions'][number];

/** Each service's decision in force (its latest), and the whole history, oldest first. */
export function decisionsByService(plan: Plan): Map<string, { latest: ServiceDecision; history: ServiceDecision[] }> {
  const byService = new Map<string, { latest: ServiceDecision; history: ServiceDecision[] }>();
  for (const decision of plan.priorities.decisions) {
    const entry = byService.get(decision.serviceId);
    if (entry) {
      entry.history.push(decision);
      entry.latest = decision;
    } else {
      byService.set(decision.serviceId, { latest: decision, history: [decision] });
    }
  }
  return byService;
}

/**
 * The services whose decision in force is to defer or reject them: they stay in the plan (the
 * team may return to them) but out of this year's budget, its totals and its 20% check.
 */
export function servicesDecidedAgainst(plan: Plan): ReadonlySet<string> {
  const known = decidedAgainst.get(plan);
  if (known) return known;
  const against = new Set<string>();
  for (const [serviceId, { latest }] of decisionsByService(plan)) if (latest.decision !== 'approved') against.add(serviceId);
  decidedAgainst.set(plan, against);
  return against;
}

/** Plans never change, so each is worked out once: the budget grid asks for every cell it draws. */
const decidedAgainst = new WeakMap<Plan, ReadonlySet<string>>();

/** The services in this year's budget, in the plan's order. */
export function servicesInBudget(plan: Plan): Plan['services'] {
  const against = servicesDecidedAgainst(plan);
  return against.size === 0 ? plan.services : plan.services.filter((service) => !against.has(service.id));
}
