import type { Plan } from '../model/plan-schema.ts';

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
