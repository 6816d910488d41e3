import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { agorotFromShekels } from '../budget/money.ts';
import { serviceCost } from '../budget/service-cost.ts';
import type { Plan } from '../model/plan-schema.ts';
import { proposeMix, type LineCandidate, type LineLimits, type LineProposal } from './budget-line.ts';
import { weightedScores } from './weighted-score.ts';
import { servicesDecidedAgainst } from '../model/decision-in-force.ts';

/**
 * The plan's services as candidates for the budget line: weighted score, yearly cost as the grid
 * computes it, and what the team decided. A service deferred or not approved is out, as it is out
 * of the budget; otherwise a service forced in or out is.
 */
export function mixCandidates(source: Plan): LineCandidate[] {
  const plan = evaluatePlan(source).plan;
  const scores = new Map(weightedScores(plan).map((score) => [score.serviceId, score.total]));
  const against = servicesDecidedAgainst(plan);
  const forced = new Map(plan.priorities.forced.map((entry) => [entry.serviceId, entry.mode]));
  return plan.services.map((service) => ({
    id: service.id,
    score: scores.get(service.id) ?? 0,
    cost: serviceCost(service, plan.policy).total,
    selfDeveloped: service.kind === 'self-developed',
    forced: against.has(service.id) ? 'out' : (forced.get(service.id) ?? null),
  }));
}

let last: { key: string; proposal: LineProposal } | null = null;

/**
 * The mix Tamhil proposes for the plan: the highest total score within its community budget and
 * self-development limit, with the candidates it was chosen from. Most edits (a note, a
 * rationale, a description) leave the candidates as they were, so the last answer is kept for them.
 */
export function planMixProposal(plan: Plan): { candidates: LineCandidate[]; proposal: LineProposal } {
  const candidates = mixCandidates(plan);
  const limits: LineLimits = { budget: agorotFromShekels(plan.details.communityBudget), limit: plan.policy.selfDevelopmentLimit, base: plan.policy.selfDevelopmentBase };
  const key = JSON.stringify([candidates, limits]);
  if (last?.key !== key) last = { key, proposal: proposeMix(candidates, limits) };
  return { candidates, proposal: last.proposal };
}

export const proposePlanMix = (plan: Plan): LineProposal => planMixProposal(plan).proposal;
