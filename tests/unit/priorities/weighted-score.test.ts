import { describe, expect, it } from 'vitest';
import { ranking, weightedScores } from '@shared/priorities/weighted-score.ts';
import { applyPairwiseWeights, setCriterionWeight, setForced, setPairwise, setScore } from '@shared/commands/priority-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';

function plan() {
  const base = buildPlan({ services: [buildService({ id: 'a' }), buildService({ id: 'b' }), buildService({ id: 'c' })] });
  const criteria = [{ id: 'need', name: 'צורך', weight: 60 }, { id: 'cost', name: 'עלות', weight: 40 }];
  const given: [string, string, number][] = [
    ['a', 'need', 5], ['a', 'cost', 10],
    ['b', 'need', 10], ['b', 'cost', 5],
    ['c', 'need', 10],
  ];
  let scored: Plan = { ...base, priorities: { ...base.priorities, criteria, scores: [] } };
  for (const [serviceId, criterionId, score] of given) scored = setScore(scored, { serviceId, criterionId, score });
  return scored;
}

describe('weighted scores and the ranking', () => {
  it('weighs each criterion by its share of the weights, and shows each part', () => {
    const [a, b, c] = weightedScores(plan());
    expect(a!.total).toBeCloseTo(0.6 * 5 + 0.4 * 10, 12);
    expect(b!.total).toBeCloseTo(0.6 * 10 + 0.4 * 5, 12);
    expect(b!.parts).toEqual([
      { criterionId: 'need', score: 10, share: 0.6, contribution: 6 },
      { criterionId: 'cost', score: 5, share: 0.4, contribution: 2 },
    ]);
    expect(c!.missing).toEqual(['cost']);
  });

  it('ranks from the top, equal scores sharing a rank in the plan’s order', () => {
    const equalWeights = setCriterionWeight(plan(), { id: 'need', weight: 40 });
    expect(ranking(plan()).map((entry) => [entry.serviceId, entry.rank])).toEqual([['b', 1], ['a', 2], ['c', 3]]);
    expect(ranking(equalWeights).map((entry) => [entry.serviceId, entry.rank])).toEqual([['a', 1], ['b', 1], ['c', 3]]);
  });

  it('takes a score back', () => {
    const unscored = setScore(plan(), { serviceId: 'a', criterionId: 'need', score: null });
    expect(weightedScores(unscored)[0]!.missing).toEqual(['need']);
    expect(weightedScores(unscored)[0]!.total).toBe(4);
  });

  it('clamps scores and weights to their scales', () => {
    expect(setScore(plan(), { serviceId: 'a', criterionId: 'need', score: 14 }).priorities.scores.find((score) => score.serviceId === 'a' && score.criterionId === 'need')!.score).toBe(10);
    expect(setCriterionWeight(plan(), { id: 'need', weight: -5 }).priorities.criteria[0]!.weight).toBe(0);
  });

  it('turns pairwise comparisons into whole percentages adding up to 100', () => {
    const base = buildPlan();
    const ids = base.priorities.criteria.map((criterion) => criterion.id);
    let compared = base;
    ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => (compared = setPairwise(compared, { a, b, value: 2 }))));
    const weights = applyPairwiseWeights(compared, {}).priorities.criteria.map((criterion) => criterion.weight);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(100);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(setPairwise(setPairwise(base, { a: ids[0]!, b: ids[1]!, value: 3 }), { a: ids[1]!, b: ids[0]!, value: 5 }).priorities.pairwise).toEqual([{ a: ids[1], b: ids[0], value: 5 }]);
  });

  it('forces a service in or out, and lets it go again', () => {
    const forced = setForced(plan(), { serviceId: 'a', mode: 'in' });
    expect(setForced(forced, { serviceId: 'a', mode: 'out' }).priorities.forced).toEqual([{ serviceId: 'a', mode: 'out' }]);
    expect(setForced(forced, { serviceId: 'a', mode: null }).priorities.forced).toEqual([]);
  });
});
