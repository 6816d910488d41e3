import { describe, it, expect } from 'vitest';
import { checkServiceNoCost, serviceNoCostRule } from '@shared/rules/service-no-cost.ts';
import { buildPlan, buildService, buildServiceCosting, withServices } from '../../helpers/plan-builders.ts';
import { worded } from '../../helpers/worded.ts';

describe('services that cost nothing', () => {
  it('warns, and does not reject, a service whose yearly total is ₪0, at its unit cost', () => {
    const plan = withServices(buildPlan(), buildServiceCosting(1_000), buildService({ id: 'knitting', name: 'קבוצת סריגה', unitCost: 0 }));
    expect(checkServiceNoCost(plan)).toEqual([
      expect.objectContaining({
        rule: 'service-no-cost',
        severity: 'warning',
        path: 'services[1].unitCost',
        target: { serviceId: 'knitting', field: 'unitCost' },
      }),
    ]);
    expect(serviceNoCostRule).toBe('service-no-cost');
  });

  it('says nothing about a service that costs one agora', () => {
    expect(checkServiceNoCost(withServices(buildPlan(), buildServiceCosting(0.01)))).toEqual([]);
  });

  it('warns about a total that rounds to ₪0', () => {
    // 1 × 1 × ₪0.004 = 0.4 agora → 0
    expect(checkServiceNoCost(withServices(buildPlan(), buildServiceCosting(0.004)))).toMatchObject([{ path: 'services[0].unitCost' }]);
  });

  it('points at the units a year when they are what is 0', () => {
    const plan = withServices(buildPlan(), buildService({ id: 'visits', frequency: { perYear: 0 }, unitCost: 30 }));
    expect(checkServiceNoCost(plan)).toEqual([
      expect.objectContaining({ path: 'services[0].frequency.perYear', target: { serviceId: 'visits', field: 'perYear' } }),
    ]);
  });

  it('leaves a service with no participants to the participants warning, not a second one', () => {
    expect(checkServiceNoCost(withServices(buildPlan(), buildService({ participants: 0 })))).toEqual([]);
  });

  it('names the service and says a volunteer-run service may cost nothing, in Hebrew and in English', () => {
    const [finding] = checkServiceNoCost(withServices(buildPlan(), buildService({ name: 'קבוצת סריגה', unitCost: 0 })));
    expect(worded(finding!.message).en).toBe('\u2068קבוצת סריגה\u2069: the service costs ₪0 a year. That is fine for a volunteer-run service; otherwise enter the unit cost.');
    expect(worded(finding!.message).he).toContain('קבוצת סריגה');
    expect(worded(finding!.message).he).toContain('בהתנדבות');
    expect(worded(finding!.message).he).toContain('₪');
  });
});
