import { describe, it, expect } from 'vitest';
import { budgetOverCommunityRule, checkBudgetOverCommunity } from '@shared/rules/budget-over-community.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildServiceCosting, withServices } from '../../helpers/plan-builders.ts';
import { worded } from '../../helpers/worded.ts';

const findingsOf = (plan: Plan) => checkBudgetOverCommunity(planTotals(plan));

/** A plan with a ₪1,000,000 community budget and services costing `shekels` in all. */
function planCosting(...shekels: number[]): Plan {
  return withServices(buildPlan(), ...shekels.map((amount) => buildServiceCosting(amount)));
}

describe('the community budget', () => {
  it('passes a plan that costs exactly the community budget', () => {
    expect(findingsOf(planCosting(600_000, 400_000))).toEqual([]);
  });

  it('rejects a plan that costs one agora more than the community budget', () => {
    const findings = findingsOf(planCosting(600_000, 400_000.01));
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'budget-over-community', severity: 'error', path: 'details.communityBudget', target: null }),
    ]);
    expect(budgetOverCommunityRule).toBe('budget-over-community');
  });

  it('says nothing about a plan well under the budget or with no services', () => {
    expect(findingsOf(planCosting(10_000))).toEqual([]);
    expect(findingsOf(buildPlan())).toEqual([]);
  });

  it('names the total, the budget and the excess in Hebrew and in English', () => {
    const [finding] = findingsOf(planCosting(1_234_567));
    expect(worded(finding!.message).en).toBe(
      "The plan's services cost ₪1,234,567, more than the community budget of ₪1,000,000. That is ₪234,567 over; reduce the services or correct the community budget.",
    );
    expect(worded(finding!.message).he).toMatch(/[\u05D0-\u05EA]/);
    for (const amount of ['1,234,567', '1,000,000', '234,567']) expect(worded(finding!.message).he).toContain(amount);
    expect(worded(finding!.message).he).toContain('₪');
  });

  it('shows agorot when the excess has them', () => {
    const [finding] = findingsOf(planCosting(1_000_000.01));
    expect(worded(finding!.message).en).toContain('₪0.01 over');
    expect(worded(finding!.message).he).toContain('0.01');
  });

  it('still rejects costs against a community budget of 0, saying the budget was not entered', () => {
    const plan = withServices(buildPlan({ details: { communityBudget: 0 } }), buildServiceCosting(50_000));
    const [finding] = findingsOf(plan);
    expect(finding).toMatchObject({ rule: 'budget-over-community', severity: 'error', path: 'details.communityBudget' });
    expect(worded(finding!.message).en).toContain('The community budget was not entered');
    expect(worded(finding!.message).en).toContain('₪50,000');
    expect(worded(finding!.message).he).toContain('תקציב הקהילה לא הוזן');
    expect(worded(finding!.message).he).toContain('50,000');
  });

  it('says nothing about an empty plan with a community budget of 0', () => {
    expect(findingsOf(buildPlan({ details: { communityBudget: 0 } }))).toEqual([]);
    const volunteers = withServices(buildPlan({ details: { communityBudget: 0 } }), buildServiceCosting(0));
    expect(findingsOf(volunteers)).toEqual([]);
  });
});
