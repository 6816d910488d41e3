import { describe, expect, it } from 'vitest';
import { costByGoal, costByKind } from '@shared/budget/cost-breakdown.ts';
import { buildOutcome, buildPlan, buildService, withServices } from '../../helpers/plan-builders.ts';

describe('where the money goes', () => {
  const plan = withServices(
      buildPlan(),
      buildService({ id: 'a', kind: 'standard', participants: 1, unitCost: 1_000, outcomeIds: ['o-belong'] }),
      buildService({ id: 'b', kind: 'self-developed', participants: 1, unitCost: 301, outcomeIds: ['o-belong', 'o-risk'] }),
      buildService({ id: 'c', kind: 'continued', participants: 1, unitCost: 50, outcomeIds: [] }),
  );
  plan.outcomes = [buildOutcome('o-belong', { goal: 'belonging' }), buildOutcome('o-risk', { goal: 'risk-prevention' })];

  it('sums the cost of each kind of service, listing every kind', () => {
    expect(costByKind(plan)).toEqual([
      { key: 'standard', amount: 100_000 },
      { key: 'self-developed', amount: 30_100 },
      { key: 'continued', amount: 5_000 },
    ]);
  });

  it('splits a service between its goals in whole agorot that add up to its cost', () => {
    expect(costByGoal(plan)).toEqual([
      { key: 'belonging', amount: 100_000 + 15_050 },
      { key: 'risk-prevention', amount: 15_050 },
      { key: 'function-preservation', amount: 0 },
      { key: 'none', amount: 5_000 },
    ]);
    const total = costByGoal(plan).reduce((sum, share) => sum + share.amount, 0);
    expect(total).toBe(135_100);
  });
});
