import { administrationGoals, serviceKinds, type Plan } from '../model/plan-schema.ts';
import { agorot, type Agorot } from './money.ts';
import { serviceTotal } from './service-cost.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';

export type CostShare<Key extends string> = { key: Key; amount: Agorot };

/** Cost by kind of service (standard, self-developed, continued), every kind listed; the services in this year's budget only. */
export function costByKind(plan: Plan): CostShare<(typeof serviceKinds)[number]>[] {
  const services = servicesInBudget(plan);
  return serviceKinds.map((kind) => ({
    key: kind,
    amount: agorot(services.filter((service) => service.kind === kind).reduce((sum, service) => sum + serviceTotal(service), 0)),
  }));
}

export type GoalKey = (typeof administrationGoals)[number] | 'none';

/**
 * Cost by the administration's goal, through the outcomes a service advances. A service that
 * serves several goals is split evenly between them (in whole agorot, the remainder to the
 * first), so the parts add up to the plan's total; a service with no outcome counts as 'none'.
 * Services decided against are not in the total, so not in the parts either.
 */
export function costByGoal(plan: Plan): CostShare<GoalKey>[] {
  const goalOfOutcome = new Map(plan.outcomes.map((outcome) => [outcome.id, outcome.goal]));
  const sums = new Map<GoalKey, number>([...administrationGoals, 'none' as const].map((goal) => [goal, 0]));
  for (const service of servicesInBudget(plan)) {
    const goals = [...new Set(service.outcomeIds.map((id) => goalOfOutcome.get(id)).filter((goal) => goal !== undefined))];
    const total = serviceTotal(service);
    if (goals.length === 0) {
      sums.set('none', sums.get('none')! + total);
      continue;
    }
    const part = Math.floor(total / goals.length);
    goals.forEach((goal, index) => {
      const amount = index === 0 ? total - part * (goals.length - 1) : part;
      sums.set(goal, sums.get(goal)! + amount);
    });
  }
  return [...sums].map(([key, amount]) => ({ key, amount: agorot(amount) }));
}
