import type { Plan } from '../model/plan-schema.ts';
import { agorot, agorotFromShekels, type Agorot } from './money.ts';
import { serviceCost } from './service-cost.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';

export type PlanTotals = {
  total: Agorot;
  ministry: Agorot;
  authority: Agorot;
  other: Agorot;
  selfDevelopment: Agorot;
  communityBudget: Agorot;
  /** What the self-development limit is measured against (the policy's base). */
  selfDevelopmentBase: Agorot;
  /** Self-developed spending as a fraction of the base; 0 when the base is 0. */
  selfDevelopmentShare: number;
  selfDevelopmentLimit: number;
  /** The most that self-developed programs may cost: base × limit, rounded down to the agora. */
  selfDevelopmentAllowance: Agorot;
};

const basisPointsPerWhole = 10_000n;

/**
 * base × limit in whole agorot, computed on integers (the limit in basis points) so that a
 * limit of exactly 20% of ₪1,000,000 allows exactly ₪200,000.00 and not a float near it.
 */
export function selfDevelopmentAllowance(base: Agorot, limit: number): Agorot {
  const basisPoints = BigInt(Math.round(limit * 10_000));
  return agorot(Number((BigInt(base) * basisPoints) / basisPointsPerWhole));
}

/** The plan's totals over the services in this year's budget: all of them but those decided against (deferred or rejected). */
export function planTotals(plan: Plan): PlanTotals {
  return totalsOf(plan, servicesInBudget(plan));
}

/** The totals the plan would have with these services alone, whatever was decided about them: a scenario's, a proposal's. */
export function totalsOf(plan: Plan, services: readonly Plan['services'][number][]): PlanTotals {
  let total = 0;
  let ministry = 0;
  let authority = 0;
  let other = 0;
  let selfDevelopment = 0;
  for (const service of services) {
    const cost = serviceCost(service, plan.policy);
    total += cost.total;
    ministry += cost.ministry;
    authority += cost.authority;
    other += cost.other;
    if (service.kind === 'self-developed') selfDevelopment += cost.total;
  }
  const communityBudget = agorotFromShekels(plan.details.communityBudget);
  const base = plan.policy.selfDevelopmentBase === 'community-budget' ? communityBudget : agorot(total);
  return {
    total: agorot(total),
    ministry: agorot(ministry),
    authority: agorot(authority),
    other: agorot(other),
    selfDevelopment: agorot(selfDevelopment),
    communityBudget,
    selfDevelopmentBase: base,
    selfDevelopmentShare: base > 0 ? selfDevelopment / base : 0,
    selfDevelopmentLimit: plan.policy.selfDevelopmentLimit,
    selfDevelopmentAllowance: selfDevelopmentAllowance(base, plan.policy.selfDevelopmentLimit),
  };
}
