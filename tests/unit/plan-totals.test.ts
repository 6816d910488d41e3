import { describe, it, expect } from 'vitest';
import { planTotals, selfDevelopmentAllowance } from '@shared/budget/plan-totals.ts';
import { agorot } from '@shared/budget/money.ts';
import { buildPlan, buildService, buildServiceCosting, withServices } from '../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';

/**
 * Three services, costed by hand:
 *   A standard:        100 × 12 × ₪50  = ₪60,000 → ministry 45,000, authority 15,000
 *   B self-developed:   20 × 10 × ₪100 = ₪20,000, ₪2,000 fees → 18,000 matched → 13,500 / 4,500
 *   C continued, authority only: 10 × 1 × ₪5,000 = ₪50,000 → ministry 0, authority 50,000
 * Totals: ₪130,000; ministry 58,500; authority 69,500; other 2,000; self-developed 20,000.
 */
function handCostedPlan() {
  return withServices(
    buildPlan({ details: { communityBudget: 200_000 } }),
    buildService({ id: 'a', participants: 100, frequency: { unit: 'month', perYear: 12 }, unitCost: 50 }),
    buildService({ id: 'b', kind: 'self-developed', participants: 20, frequency: { unit: 'session', perYear: 10 }, unitCost: 100, funding: { other: 2_000 } }),
    buildService({ id: 'c', kind: 'continued', participants: 10, frequency: { unit: 'year', perYear: 1 }, unitCost: 5_000, funding: { ministry: 0 } }),
  );
}

describe('planTotals', () => {
  it('adds up the services and their funding as computed by hand', () => {
    expect(planTotals(handCostedPlan())).toEqual({
      total: 13_000_000,
      ministry: 5_850_000,
      authority: 6_950_000,
      other: 200_000,
      selfDevelopment: 2_000_000,
      communityBudget: 20_000_000,
      selfDevelopmentBase: 20_000_000,
      selfDevelopmentShare: 0.1,
      selfDevelopmentLimit: 0.2,
      selfDevelopmentAllowance: 4_000_000,
    });
  });

  it('counts only self-developed programs as self-development, not continued ones', () => {
    const plan = withServices(buildPlan(), buildServiceCosting(1_000, { kind: 'continued' }), buildServiceCosting(300, { kind: 'self-developed' }));
    expect(planTotals(plan).selfDevelopment).toBe(30_000);
  });

  it('measures self-development against the planned total when the policy says so', () => {
    const plan = handCostedPlan();
    const totals = planTotals({ ...plan, policy: { ...plan.policy, selfDevelopmentBase: 'planned-total' } });
    expect(totals.selfDevelopmentBase).toBe(13_000_000);
    expect(totals.selfDevelopmentShare).toBeCloseTo(20_000 / 130_000, 12);
    expect(totals.selfDevelopmentAllowance).toBe(2_600_000);
  });

  it('gives a share of 0, not NaN, when the base is 0', () => {
    const totals = planTotals(buildPlan({ details: { communityBudget: 0 } }));
    expect(totals.selfDevelopmentShare).toBe(0);
    expect(totals.selfDevelopmentAllowance).toBe(0);
  });

  it('gives zeros for a plan with no services', () => {
    expect(planTotals(buildPlan())).toMatchObject({ total: 0, ministry: 0, authority: 0, other: 0, selfDevelopment: 0, communityBudget: 100_000_000 });
  });

  it('costs the bundled sample as its services add up by hand', () => {
    const totals = planTotals(samplePlan(validSampleName));
    // Self-developed: 56×30×95 + 90×24×70 + 80×16×85 + 250×12×52 = 159,600 + 151,200 + 108,800 + 156,000
    expect(totals.selfDevelopment).toBe(57_560_000);
    expect(totals.total).toBe(430_950_000);
    expect(totals.communityBudget).toBe(500_000_000);
    expect(totals.ministry + totals.authority + totals.other).toBe(totals.total);
    expect(totals.selfDevelopmentShare).toBeCloseTo(0.11512, 10);
  });
});

describe('selfDevelopmentAllowance', () => {
  it('is exactly 20% of ₪1,000,000, with no float error', () => {
    expect(selfDevelopmentAllowance(agorot(100_000_000), 0.2)).toBe(20_000_000);
  });

  it('rounds down to the agora', () => {
    // 20% of 1,234,567 agorot = 246,913.4
    expect(selfDevelopmentAllowance(agorot(1_234_567), 0.2)).toBe(246_913);
  });

  it('follows a limit other than 20%', () => {
    expect(selfDevelopmentAllowance(agorot(100_000_000), 0.25)).toBe(25_000_000);
    expect(selfDevelopmentAllowance(agorot(100_000_000), 0.075)).toBe(7_500_000);
    expect(selfDevelopmentAllowance(agorot(100_000_000), 0)).toBe(0);
  });
});
