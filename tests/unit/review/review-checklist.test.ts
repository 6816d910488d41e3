import { describe, expect, it } from 'vitest';
import { reviewChecklist } from '@shared/review/review-checklist.ts';
import { overLimitSampleName, samplePlan, validSampleName } from '../../helpers/samples.ts';

describe('the reviewer’s checklist', () => {
  it('names the stations not done, the services with no outcome and the indicators missing a baseline or target', () => {
    const plan = samplePlan(validSampleName);
    const outcome = plan.outcomes[0]!;
    const indicator = outcome.indicators[0]!;
    const changed = {
      ...plan,
      stations: { ...plan.stations, prioritization: { ...plan.stations.prioritization, status: 'in-progress' as const } },
      services: plan.services.map((service, index) => (index === 1 ? { ...service, outcomeIds: [] } : service)),
      outcomes: [{ ...outcome, indicators: [{ ...indicator, baseline: null }, ...outcome.indicators.slice(1)] }, ...plan.outcomes.slice(1)],
    };
    const list = reviewChecklist(changed);
    expect(list.find((item) => item.check === 'stations-done')).toMatchObject({ passed: false, pending: expect.arrayContaining(['prioritization']) });
    expect(list.find((item) => item.check === 'services-linked')).toEqual({ check: 'services-linked', passed: false, serviceIds: [plan.services[1]!.id] });
    expect(list.find((item) => item.check === 'indicators-complete')).toMatchObject({ passed: false, indicators: [{ outcomeId: outcome.id, indicatorId: indicator.id }] });
  });

  it('passes the 20% check on the sample and fails it on the over-limit sample, with its errors counted', () => {
    expect(reviewChecklist(samplePlan(validSampleName)).find((item) => item.check === 'self-development')!.passed).toBe(true);
    const over = reviewChecklist(samplePlan(overLimitSampleName));
    expect(over.find((item) => item.check === 'self-development')!.passed).toBe(false);
    expect(over.find((item) => item.check === 'no-errors')).toMatchObject({ passed: false, errors: expect.any(Number) });
  });
});
