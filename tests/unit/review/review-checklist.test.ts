import { describe, expect, it } from 'vitest';
import { reviewChecklist, unmetRequirements } from '@shared/review/review-checklist.ts';
import { setReadyForSubmission, SubmissionBlockedError, submitPlan } from '@shared/commands/review-commands.ts';
import { setStationWaiver } from '@shared/commands/plan-commands.ts';
import { setStationStatus } from '@shared/commands/station-status-commands.ts';
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
    expect(list.find((item) => item.check === 'stations-done')).toMatchObject({
      passed: false,
      pending: expect.arrayContaining([{ station: 'prioritization', missing: ['decisions', 'questions'], setByHand: false }]),
    });
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

describe('the stations in the checklist, by what their content shows', () => {
  const sample = samplePlan(validSampleName);
  const stationsItem = (plan: typeof sample) => reviewChecklist(plan).find((item) => item.check === 'stations-done')!;

  it('does not count a station marked done by hand with no reason while its content lacks parts, and names them', () => {
    const byHand = { ...sample, stations: { ...sample.stations, implementation: { ...sample.stations.implementation, status: 'done' as const, statusReason: '' } } };
    expect(stationsItem(byHand)).toMatchObject({
      passed: false,
      pending: expect.arrayContaining([{ station: 'implementation', missing: ['work-items', 'owners-and-milestones', 'questions'], setByHand: true }]),
    });
  });

  it('counts a station set done by the team with a reason, and shows the reason with the suggested status', () => {
    const done = setStationStatus(sample, { station: 'implementation', status: 'done', reason: 'תכנית העבודה מנוהלת במערכת של הרשות' });
    const item = stationsItem(done);
    expect(item.check === 'stations-done' && item.pending.map((pending) => pending.station)).not.toContain('implementation');
    expect(item).toMatchObject({ setByTeam: expect.arrayContaining([{ station: 'implementation', status: 'done', suggested: 'not-started', reason: 'תכנית העבודה מנוהלת במערכת של הרשות' }]) });
  });

  it('counts a station whose content shows every part done and whose status follows it', () => {
    const item = stationsItem(sample);
    expect(item.check === 'stations-done' && item.pending.map((pending) => pending.station)).not.toContain('current-state');
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
    const waived = setStationWaiver(setStationStatus(finishedSamplePlan(), { station: 'implementation', status: 'in-progress', reason: 'עוד לא התחלנו' }), {
      station: 'implementation',
      reason: 'תכנית העבודה תיכתב עם המחלקה אחרי אישור התקציב',
    });
    expect(unmetRequirements(waived)).toEqual([]);
    const withdrawn = setStationWaiver(waived, { station: 'implementation', reason: null });
    expect(unmetRequirements(withdrawn)).toMatchObject([
      {
        check: 'stations-done',
        passed: false,
        pending: [{ station: 'implementation', missing: ['work-items', 'owners-and-milestones', 'questions'], setByHand: false }],
        setByTeam: expect.arrayContaining([{ station: 'implementation', status: 'in-progress', suggested: 'not-started', reason: 'עוד לא התחלנו' }]),
      },
    ]);
  });

  it('holds a plan over its community budget back, as its own requirement and as an error', () => {
    const finished = finishedSamplePlan();
    const over = { ...finished, details: { ...finished.details, communityBudget: 4_000_000 } };
    expect(unmetRequirements(over).map((item) => item.check)).toEqual(['within-budget', 'no-errors']);
  });
});
