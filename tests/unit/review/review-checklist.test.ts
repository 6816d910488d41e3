import { describe, expect, it } from 'vitest';
import { reviewChecklist, unmetRequirements } from '@shared/review/review-checklist.ts';
import { setReadyForSubmission, SubmissionBlockedError, submitPlan } from '@shared/commands/review-commands.ts';
import { setStationStatus, setStationWaiver } from '@shared/commands/plan-commands.ts';
import { createPlan } from '@shared/model/new-plan.ts';
import { finishedSamplePlan, overLimitSampleName, samplePlan, validSampleName } from '../../helpers/samples.ts';

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

describe('the submission requirements, the same list as the reviewer’s checklist', () => {
  const empty = createPlan({ id: 'new-plan', year: 2027, language: 'he' });

  it('refuses an empty new plan, naming everything it lacks', () => {
    expect(unmetRequirements(empty).map((item) => item.check)).toEqual(['details-complete', 'stations-done', 'services-chosen', 'indicators-complete']);
    expect(unmetRequirements(empty)[0]).toMatchObject({ missing: ['authority', 'community-budget'] });
    expect(() => submitPlan(empty, { by: 'רכזת', at: '2026-12-01T09:00:00.000Z' })).toThrow(SubmissionBlockedError);
    expect(() => setReadyForSubmission(empty, { ready: true })).toThrow(SubmissionBlockedError);
    // Taking a mark back is always allowed.
    expect(setReadyForSubmission(empty, { ready: false }).review.readyForSubmission).toBe(false);
  });

  it('lets the finished sample go, and counts a station stated not needed with a reason as finished', () => {
    expect(unmetRequirements(finishedSamplePlan())).toEqual([]);
    const waived = setStationWaiver(setStationStatus(finishedSamplePlan(), { station: 'implementation', status: 'in-progress' }), {
      station: 'implementation',
      reason: 'תכנית העבודה תיכתב עם המחלקה אחרי אישור התקציב',
    });
    expect(unmetRequirements(waived)).toEqual([]);
    const withdrawn = setStationWaiver(waived, { station: 'implementation', reason: null });
    expect(unmetRequirements(withdrawn)).toEqual([{ check: 'stations-done', passed: false, pending: ['implementation'] }]);
  });

  it('holds a plan over its community budget back, as its own requirement and as an error', () => {
    const finished = finishedSamplePlan();
    const over = { ...finished, details: { ...finished.details, communityBudget: 4_000_000 } };
    expect(unmetRequirements(over).map((item) => item.check)).toEqual(['within-budget', 'no-errors']);
  });
});
