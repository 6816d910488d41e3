import { administrationGoals, type Plan } from '../model/plan-schema.ts';
import { costByGoal, costByKind, type GoalKey } from '../budget/cost-breakdown.ts';
import { agorot, type Agorot } from '../budget/money.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { targetGroupOf, type TargetGroupId } from './target-groups.ts';

export type MixLine<Key extends string> = { key: Key; services: number; amount: Agorot };

/**
 * The service mix at a glance: how many services and how much budget per goal, per kind and
 * per target group, and what is missing — goals and outcomes no service advances, services
 * that advance no outcome.
 */
export function mixOverview(plan: Plan) {
  // The mix of this year's budget: services decided against (deferred, rejected) are not in it.
  const services = servicesInBudget(plan);
  const goalOf = new Map(plan.outcomes.map((outcome) => [outcome.id, outcome.goal]));
  const goalsOf = (service: Plan['services'][number]) => [...new Set(service.outcomeIds.map((id) => goalOf.get(id)).filter((goal) => goal !== undefined))];
  const byGoal: MixLine<GoalKey>[] = costByGoal(plan).map(({ key, amount }) => ({
    key,
    amount,
    services: services.filter((service) => (key === 'none' ? goalsOf(service).length === 0 : goalsOf(service).includes(key))).length,
  }));
  const byKind = costByKind(plan).map(({ key, amount }) => ({ key, amount, services: services.filter((service) => service.kind === key).length }));
  const groups = new Map<TargetGroupId, { services: number; amount: number }>();
  for (const service of services) {
    const key = targetGroupOf(service.targetGroup);
    const line = groups.get(key) ?? { services: 0, amount: 0 };
    groups.set(key, { services: line.services + 1, amount: line.amount + serviceTotal(service) });
  }
  const byTargetGroup = [...groups].map(([key, line]) => ({ key, services: line.services, amount: agorot(line.amount) })).sort((a, b) => b.amount - a.amount);
  const advanced = new Set(services.flatMap((service) => service.outcomeIds));
  return {
    byGoal,
    byKind,
    byTargetGroup,
    goalsWithoutService: administrationGoals.filter((goal) => byGoal.find((line) => line.key === goal)!.services === 0),
    outcomesWithoutService: plan.outcomes.filter((outcome) => !advanced.has(outcome.id)),
    servicesWithoutOutcome: services.filter((service) => !service.outcomeIds.some((id) => goalOf.has(id))),
  };
}
