import { describe, it, expect } from 'vitest';
import { checkFundingSplit, fundingSplitRule } from '@shared/rules/funding-split.ts';
import type { Service } from '@shared/model/plan-schema.ts';
import { buildPlan, buildServiceCosting, withServices, type ServiceOverrides } from '../../helpers/plan-builders.ts';
import { worded } from '../../helpers/worded.ts';

/** The funding-split findings of a plan with one service costing `shekels`, funded as given. */
function findingsFor(shekels: number, funding: ServiceOverrides['funding'], overrides: ServiceOverrides = {}) {
  return checkFundingSplit(withServices(buildPlan(), buildServiceCosting(shekels, { id: 'club', name: 'מועדון חברתי', funding, ...overrides })));
}

const typed = (ministry: number, authority: number, other = 0): Partial<Service['funding']> => ({ ministry, authority, other });

describe('the funding split', () => {
  it('passes typed parts that add up to the total to the agora', () => {
    expect(findingsFor(10_000.01, typed(7_500.01, 2_500))).toEqual([]);
    expect(findingsFor(10_000, typed(6_750, 2_250, 1_000))).toEqual([]);
  });

  it('adds the parts in agorot, so ₪0.10 + ₪0.20 is exactly ₪0.30', () => {
    expect(findingsFor(0.3, typed(0.1, 0.2))).toEqual([]);
  });

  it('rejects typed parts one agora above the total, at the ministry cell', () => {
    expect(findingsFor(10_000.01, typed(7_500.01, 2_500.01))).toEqual([
      expect.objectContaining({
        rule: 'funding-split',
        severity: 'error',
        path: 'services[0].funding.ministry',
        target: { serviceId: 'club', field: 'ministry' },
      }),
    ]);
    expect(fundingSplitRule).toBe('funding-split');
  });

  it('rejects typed parts one agora below the total', () => {
    expect(findingsFor(10_000.01, typed(7_500, 2_500, 0.01))).toEqual([]);
    expect(findingsFor(10_000.01, typed(7_500, 2_500))).toMatchObject([{ severity: 'error', path: 'services[0].funding.ministry' }]);
  });

  it('names the total and the sum of the parts in Hebrew and in English', () => {
    const [finding] = findingsFor(10_000, typed(7_000, 2_000, 500));
    expect(worded(finding!.message).en).toBe(
      '\u2068מועדון חברתי\u2069: the funding parts add up to ₪9,500 (ministry ₪7,000, authority ₪2,000, other sources ₪500), but the service costs ₪10,000: ₪500 less than the cost. Correct the parts so that they add up to the cost exactly.',
    );
    expect(worded(finding!.message).he).toContain('מועדון חברתי');
    expect(worded(finding!.message).he).toContain('9,500');
    expect(worded(finding!.message).he).toContain('10,000');
  });

  it('checks nothing when both matched parts follow the matching share', () => {
    expect(findingsFor(10_000, { ministry: null, authority: null, other: 0 })).toEqual([]);
    expect(findingsFor(10_000, { ministry: null, authority: null, other: 10_000 })).toEqual([]);
  });

  it('rejects other sources above the total, at the other-sources cell', () => {
    expect(findingsFor(10_000, { other: 10_000.01 })).toEqual([
      expect.objectContaining({ severity: 'error', path: 'services[0].funding.other', target: { serviceId: 'club', field: 'other' } }),
    ]);
    const [finding] = findingsFor(10_000, { ministry: 0, other: 12_000 });
    expect(finding?.path).toBe('services[0].funding.other');
    expect(worded(finding!.message).en).toContain('other sources (₪12,000) are more than the service costs (₪10,000)');
  });

  it('passes a typed ministry part that takes exactly what is left, and rejects one agora more', () => {
    expect(findingsFor(10_000, { ministry: 9_000, other: 1_000 })).toEqual([]);
    expect(findingsFor(10_000, { ministry: 9_000.01, other: 1_000 })).toEqual([
      expect.objectContaining({ severity: 'error', path: 'services[0].funding.ministry', target: { serviceId: 'club', field: 'ministry' } }),
    ]);
  });

  it('rejects a typed authority part above what is left, at the authority cell', () => {
    const findings = findingsFor(5_000, { authority: 5_000.01 });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', path: 'services[0].funding.authority', target: { serviceId: 'club', field: 'authority' } }),
    ]);
    expect(worded(findings[0]!.message).en).toContain('the authority part (₪5,000.01) is more than is left to fund after other sources: ₪5,000');
    expect(worded(findings[0]!.message).he).toContain('חלק הרשות');
  });

  it('lets an authority-only service type a ministry part of 0', () => {
    expect(findingsFor(54_000, { ministry: 0 })).toEqual([]);
  });

  it('checks each service and points at its own row', () => {
    const plan = withServices(
      buildPlan(),
      buildServiceCosting(1_000),
      buildServiceCosting(1_000, { id: 'b', funding: typed(1, 1) }),
      buildServiceCosting(1_000, { id: 'c', funding: { other: 2_000 } }),
    );
    expect(checkFundingSplit(plan).map((finding) => [finding.path, finding.target?.serviceId])).toEqual([
      ['services[1].funding.ministry', 'b'],
      ['services[2].funding.other', 'c'],
    ]);
  });
});
