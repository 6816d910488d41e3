import { describe, it, expect } from 'vitest';
import { serviceCost, serviceTotal } from '@shared/budget/service-cost.ts';
import type { Policy } from '@shared/model/plan-schema.ts';
import { roundHalfAwayFromZero } from '@shared/budget/money.ts';
import { buildPlan, buildService, buildServiceCosting } from '../helpers/plan-builders.ts';

const policy: Policy = buildPlan().policy; // 20% of the community budget, 75/25 matching

describe('serviceTotal', () => {
  it('multiplies participants by units a year by unit cost, in agorot', () => {
    // 120 participants × 48 weeks × ₪25 = ₪144,000
    const service = buildService({ participants: 120, frequency: { unit: 'week', perYear: 48 }, unitCost: 25 });
    expect(serviceTotal(service)).toBe(14_400_000);
  });

  it('keeps agorot in the unit cost: 3 × 12 × ₪10.01 = ₪360.36', () => {
    expect(serviceTotal(buildService({ participants: 3, frequency: { unit: 'month', perYear: 12 }, unitCost: 10.01 }))).toBe(36_036);
  });

  it('rounds once, at the end, to the agora', () => {
    // 3 × 1.5 × 1 agora = 4.5 agorot → 5
    expect(serviceTotal(buildService({ participants: 3, frequency: { unit: 'session', perYear: 1.5 }, unitCost: 0.01 }))).toBe(5);
  });

  it('does not round the unit cost to agorot first, as Excel\'s ROUND(participants*perYear*unitCost, 2) does not', () => {
    // 1,000 × 1 × ₪0.125 = ₪125 (rounding the unit cost first would give 13 agorot × 1,000 = ₪130)
    expect(serviceTotal(buildService({ participants: 1_000, frequency: { perYear: 1 }, unitCost: 0.125 }))).toBe(12_500);
    // 3 × 1 × ₪0.005 = 1.5 agorot → 2 (not 1 agora × 3 = 3)
    expect(serviceTotal(buildService({ participants: 3, frequency: { perYear: 1 }, unitCost: 0.005 }))).toBe(2);
  });

  it('agrees to the agora with ROUND(participants*perYear*unitCost, 2) (seeded random services)', () => {
    let seed = 4_2;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let index = 0; index < 500; index += 1) {
      const participants = Math.floor(random() * 500);
      const perYear = Math.floor(random() * 250) + 1;
      const unitCost = Math.round(random() * 100_000) / 1_000; // up to three decimals, as a formula may give
      const service = buildService({ participants, frequency: { perYear }, unitCost });
      expect(serviceTotal(service)).toBe(Math.round(roundHalfAwayFromZero(participants * perYear * unitCost, 2) * 100));
    }
  });

  it('costs nothing with no participants', () => {
    expect(serviceTotal(buildService({ participants: 0 }))).toBe(0);
  });
});

describe('serviceCost', () => {
  it('splits the total 75/25 between the ministry and the authority', () => {
    // ₪10,000 → ministry ₪7,500, authority ₪2,500
    expect(serviceCost(buildServiceCosting(10_000), policy)).toEqual({ total: 1_000_000, ministry: 750_000, authority: 250_000, other: 0 });
  });

  it('rounds the ministry part half away from zero and gives the authority the rest', () => {
    // ₪1,000.01 = 100,001 agorot; 75% = 75,000.75 → 75,001; the authority pays 25,000
    expect(serviceCost(buildServiceCosting(1_000.01), policy)).toEqual({ total: 100_001, ministry: 75_001, authority: 25_000, other: 0 });
    // 10 agorot; 75% = 7.5 → 8; the authority pays 2
    expect(serviceCost(buildServiceCosting(0.1), policy)).toEqual({ total: 10, ministry: 8, authority: 2, other: 0 });
  });

  it('takes other sources off the top before matching', () => {
    // ₪10,000 with ₪1,000 of fees: ₪9,000 matched → ₪6,750 / ₪2,250
    const service = buildServiceCosting(10_000, { funding: { other: 1_000, otherSource: 'דמי השתתפות' } });
    expect(serviceCost(service, policy)).toEqual({ total: 1_000_000, ministry: 675_000, authority: 225_000, other: 100_000 });
  });

  it('lets an authority-only service type a ministry part of 0', () => {
    const service = buildServiceCosting(5_000, { funding: { ministry: 0 } });
    expect(serviceCost(service, policy)).toEqual({ total: 500_000, ministry: 0, authority: 500_000, other: 0 });
  });

  it('gives the ministry the rest when the authority part is typed', () => {
    const service = buildServiceCosting(5_000, { funding: { authority: 1_500 } });
    expect(serviceCost(service, policy)).toEqual({ total: 500_000, ministry: 350_000, authority: 150_000, other: 0 });
  });

  it('gives the authority the rest of the matched part when the ministry part is typed', () => {
    // ₪5,000 with ₪500 of donations and ₪3,000 from the ministry → authority ₪1,500
    const service = buildServiceCosting(5_000, { funding: { ministry: 3_000, other: 500 } });
    expect(serviceCost(service, policy)).toEqual({ total: 500_000, ministry: 300_000, authority: 150_000, other: 50_000 });
  });

  it('uses the year\'s ministry share from the policy', () => {
    const service = buildServiceCosting(10_000);
    expect(serviceCost(service, { ...policy, ministryShare: 0.5 })).toMatchObject({ ministry: 500_000, authority: 500_000 });
    expect(serviceCost(service, { ...policy, ministryShare: 0 })).toMatchObject({ ministry: 0, authority: 1_000_000 });
  });

  it('always splits the whole total when nothing is typed (seeded random services)', () => {
    let seed = 20_27;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let index = 0; index < 500; index += 1) {
      const service = buildService({
        participants: Math.floor(random() * 500),
        frequency: { perYear: Math.floor(random() * 250) + 1 },
        unitCost: Math.round(random() * 100_000) / 100,
      });
      const total = serviceTotal(service);
      const other = Math.min(total, Math.floor(random() * total));
      const withOther = { ...service, funding: { ...service.funding, other: other / 100 } };
      const cost = serviceCost(withOther, { ...policy, ministryShare: Math.round(random() * 100) / 100 });
      expect(cost.ministry + cost.authority + cost.other).toBe(cost.total);
      expect(Number.isSafeInteger(cost.ministry) && Number.isSafeInteger(cost.authority)).toBe(true);
    }
  });
});
