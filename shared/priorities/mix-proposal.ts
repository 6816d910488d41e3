import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { agorotFromShekels } from '../budget/money.ts';
import { serviceCost } from '../budget/service-cost.ts';
import type { Plan } from '../model/plan-schema.ts';
import { proposeMix, type LineCandidate, type LineProposal } from './budget-line.ts';
import { weightedScores } from './weighted-score.ts';

/** The plan's services as candidates for the budget line: weighted score, yearly cost as the grid computes it, forced decisions. */
export function mixCandidates(source: Plan): LineCandidate[] {
  const plan = evaluatePlan(source).plan;
  const scores = new Map(weightedScores(plan).map((score) => [score.serviceId, score.total]));
  const forced = new Map(plan.priorities.forced.map((entry) => [entry.serviceId, entry.mode]));
  return plan.services.map((service) => ({
    id: service.id,
    score: scores.get(service.id) ?? 0,
    cost: serviceCost(service, plan.policy).total,
    selfDeveloped: service.kind === 'self-developed',
    forced: forced.get(service.id) ?? null,
  }));
}

/** The mix Tamhil proposes for the plan: the highest total score within its community budget and self-development limit. */
export function proposePlanMix(plan: Plan): LineProposal {
  return proposeMix(mixCandidates(plan), {
    budget: agorotFromShekels(plan.details.communityBudget),
    limit: plan.policy.selfDevelopmentLimit,
    base: plan.policy.selfDevelopmentBase,
  });
}
