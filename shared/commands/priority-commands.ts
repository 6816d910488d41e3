import { produce } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import { ahpWeights } from '../priorities/ahp-weights.ts';
import { defineCommand } from './define-command.ts';

type Priorities = Plan['priorities'];
type Scenario = Priorities['scenarios'][number];

export const setCriterionWeight = defineCommand<{ id: string; weight: number }>({
  id: 'priorities.set-weight',
  apply: (plan, { id, weight }) =>
    produce(plan, (draft) => {
      const criterion = draft.priorities.criteria.find((candidate) => candidate.id === id);
      if (criterion) criterion.weight = Math.min(100, Math.max(0, weight));
    }),
  mergeKey: ({ id }) => id,
});

/** Gives a service its score on a criterion (0-10), or takes it back with null. */
export const setScore = defineCommand<{ serviceId: string; criterionId: string; score: number | null }>({
  id: 'priorities.set-score',
  apply: (plan, { serviceId, criterionId, score }) =>
    produce(plan, (draft) => {
      const scores = draft.priorities.scores.filter((entry) => !(entry.serviceId === serviceId && entry.criterionId === criterionId));
      if (score !== null) scores.push({ serviceId, criterionId, score: Math.min(10, Math.max(0, score)) });
      draft.priorities.scores = scores;
    }),
  mergeKey: ({ serviceId, criterionId }) => `${serviceId}:${criterionId}`,
});

/** Records how much more criterion `a` matters than `b` (1/9 to 9); a pair is stored once, whichever way round. */
export const setPairwise = defineCommand<{ a: string; b: string; value: number }>({
  id: 'priorities.set-pairwise',
  apply: (plan, { a, b, value }) =>
    produce(plan, (draft) => {
      draft.priorities.pairwise = draft.priorities.pairwise.filter((pair) => !((pair.a === a && pair.b === b) || (pair.a === b && pair.b === a)));
      draft.priorities.pairwise.push({ a, b, value: Math.min(9, Math.max(1 / 9, value)) });
    }),
});

/**
 * Sets the criteria's weights from the pairwise comparisons, as whole percentages that add up
 * to 100 (largest remainders get the rounding), so the weights the team sees are the ones used.
 */
export const applyPairwiseWeights = defineCommand<Record<string, never>>({
  id: 'priorities.apply-pairwise-weights',
  apply: (plan) => {
    const { criteria, pairwise } = plan.priorities;
    if (criteria.length === 0) return plan;
    const { weights } = ahpWeights(criteria.map((criterion) => criterion.id), pairwise);
    const raw = weights.map((weight) => weight * 100);
    const floors = raw.map(Math.floor);
    let left = 100 - floors.reduce((sum, value) => sum + value, 0);
    const byRemainder = raw.map((value, index) => ({ index, remainder: value - floors[index]! })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of byRemainder) {
      if (left <= 0) break;
      floors[index]! += 1;
      left -= 1;
    }
    return produce(plan, (draft) => {
      draft.priorities.criteria.forEach((criterion, index) => {
        criterion.weight = floors[index]!;
      });
    });
  },
});

/** Forces a service into the mix or out of it, or lets the proposal decide again (null). */
export const setForced = defineCommand<{ serviceId: string; mode: Priorities['forced'][number]['mode'] | null }>({
  id: 'priorities.set-forced',
  apply: (plan, { serviceId, mode }) =>
    produce(plan, (draft) => {
      const forced = draft.priorities.forced.filter((entry) => entry.serviceId !== serviceId);
      if (mode) forced.push({ serviceId, mode });
      draft.priorities.forced = forced;
    }),
});

export const saveScenario = defineCommand<{ scenario: Scenario }>({
  id: 'priorities.save-scenario',
  apply: (plan, { scenario }) =>
    produce(plan, (draft) => {
      draft.priorities.scenarios.push(scenario);
    }),
});

export const removeScenario = defineCommand<{ id: string }>({
  id: 'priorities.remove-scenario',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.priorities.scenarios = draft.priorities.scenarios.filter((scenario) => scenario.id !== id);
    }),
});

type Decision = Priorities['decisions'][number];

/**
 * Records a decision on a service. Decisions are kept as a history: a new one is added, never
 * written over, and the latest for each service is the one in force.
 */
export const decide = defineCommand<{ decision: Decision }>({
  id: 'priorities.decide',
  apply: (plan, { decision }) =>
    produce(plan, (draft) => {
      draft.priorities.decisions.push(decision);
    }),
});

/** Rewords the rationale of the decision in force on a service (typing it is one edit, not a new decision). */
export const setDecisionRationale = defineCommand<{ serviceId: string; rationale: string }>({
  id: 'priorities.set-rationale',
  apply: (plan, { serviceId, rationale }) =>
    produce(plan, (draft) => {
      const decisions = draft.priorities.decisions;
      for (let index = decisions.length - 1; index >= 0; index--) {
        if (decisions[index]!.serviceId !== serviceId) continue;
        decisions[index]!.rationale = rationale;
        return;
      }
    }),
  mergeKey: ({ serviceId }) => serviceId,
});

/**
 * Makes a scenario the plan's decision in one step: its services approved and forced in, the
 * others deferred and forced out, each with the rationale given, so the budget line shows the
 * scenario and the history says where the decisions came from.
 */
export const promoteScenario = defineCommand<{ id: string; at: string; approvedRationale: string; deferredRationale: string }>({
  id: 'priorities.promote-scenario',
  apply: (plan, { id, at, approvedRationale, deferredRationale }) => {
    const scenario = plan.priorities.scenarios.find((candidate) => candidate.id === id);
    if (!scenario) return plan;
    const chosen = new Set(scenario.serviceIds);
    return produce(plan, (draft) => {
      draft.priorities.forced = draft.services.map((service) => ({ serviceId: service.id, mode: chosen.has(service.id) ? ('in' as const) : ('out' as const) }));
      for (const service of draft.services) {
        const approved = chosen.has(service.id);
        draft.priorities.decisions.push({ serviceId: service.id, decision: approved ? 'approved' : 'deferred', rationale: approved ? approvedRationale : deferredRationale, at });
      }
    });
  },
});
