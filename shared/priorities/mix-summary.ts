import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { totalsOf, type PlanTotals } from '../budget/plan-totals.ts';
import { administrationGoals, type Plan } from '../model/plan-schema.ts';
import { weightedScores } from './weighted-score.ts';

/** What a mix of services comes to: the plan's totals over those services alone, its score, and what it covers. */
export type MixSummary = {
  serviceIds: string[];
  totals: PlanTotals;
  withinBudget: boolean;
  withinSelfDevelopmentLimit: boolean;
  score: number;
  /** The administration's goals and the plan's outcomes that some service of the mix advances. */
  goals: (typeof administrationGoals)[number][];
  outcomeIds: string[];
};

/**
 * Sums a mix as the budget grid would if the plan held only those services: the same totals,
 * the same 20% check against the same base. Ids of services the plan no longer has are ignored.
 */
export function summarizeMix(source: Plan, serviceIds: readonly string[]): MixSummary {
  const evaluated = evaluatePlan(source).plan;
  const wanted = new Set(serviceIds);
  const services = evaluated.services.filter((service) => wanted.has(service.id));
  const totals = totalsOf(evaluated, services);
  const scores = new Map(weightedScores(evaluated).map((score) => [score.serviceId, score.total]));
  const outcomeIds = new Set(services.flatMap((service) => service.outcomeIds));
  const outcomes = evaluated.outcomes.filter((outcome) => outcomeIds.has(outcome.id));
  const goals = new Set(outcomes.map((outcome) => outcome.goal));
  return {
    serviceIds: services.map((service) => service.id),
    totals,
    withinBudget: totals.total <= totals.communityBudget,
    withinSelfDevelopmentLimit: totals.selfDevelopment <= totals.selfDevelopmentAllowance,
    score: services.reduce((sum, service) => sum + (scores.get(service.id) ?? 0), 0),
    goals: administrationGoals.filter((goal) => goals.has(goal)),
    outcomeIds: outcomes.map((outcome) => outcome.id),
  };
}
