import { describe, expect, it } from 'vitest';
import { createPlan } from '@shared/model/new-plan.ts';
import { stationIds } from '@shared/model/station-id.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { stationCompleteness, suggestedStatus, suggestedStationStatus, type CompletenessPart } from '@shared/stations/station-completeness.ts';
import { budgetFindingsOf } from '@shared/stations/follow-suggested-statuses.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { overLimitSampleName, samplePlan, validSampleName } from '../../helpers/samples.ts';

const empty = createPlan({ id: 'new-plan', year: 2027, language: 'he' });
const partsOf = (plan: Plan, station: (typeof stationIds)[number]) => stationCompleteness(plan, station, () => budgetFindingsOf(plan));
const doneOf = (parts: readonly CompletenessPart[]) => Object.fromEntries(parts.map((part) => [part.id, part.done]));

describe('a station’s completeness from its own content', () => {
  it('shows nothing done in any station of a new plan, so every station is suggested not started', () => {
    for (const station of stationIds) {
      const parts = partsOf(empty, station);
      expect(parts.filter((part) => part.done)).toEqual([]);
      expect(suggestedStatus(parts)).toBe('not-started');
    }
  });

  it('counts the guiding questions of each station, the guide’s and the team’s own, against their written answers', () => {
    const questions = stationById('desired-state').questions;
    const answered: Plan = {
      ...empty,
      stations: {
        ...empty.stations,
        'desired-state': {
          ...empty.stations['desired-state'],
          ownItems: [{ id: 'own-q', category: 'questions', text: 'מה אומרים הוותיקים על התוצאות?' }],
          answers: [
            { questionId: questions[0]!.id, text: 'ירידה בבדידות בקרב הגרים לבד', answeredBy: 'רכזת', answeredAt: '2026-11-01T10:00:00.000Z', links: [] },
            { questionId: questions[1]!.id, text: '   ', answeredBy: 'רכזת', answeredAt: '2026-11-01T10:00:00.000Z', links: [] },
          ],
        },
      },
    };
    const part = partsOf(answered, 'desired-state').find((candidate) => candidate.id === 'questions');
    expect(part).toEqual({ id: 'questions', done: false, section: 'guide', count: { done: 1, of: questions.length + 1 } });
    expect(suggestedStatus(partsOf(answered, 'desired-state'))).toBe('in-progress');
  });

  it('finds station 1 of the sample done: population for an actual year and the plan year, existing services, participation, needs and answers', () => {
    expect(doneOf(partsOf(samplePlan(validSampleName), 'current-state'))).toEqual({
      'population-actual': true,
      'population-plan-year': true,
      'existing-services': true,
      participation: true,
      needs: true,
      questions: true,
    });
  });

  it('asks station 1 for the plan year’s population apart from the last actual year', () => {
    const sample = samplePlan(validSampleName);
    const withoutPlanYear = { ...sample, population: { ...sample.population, years: sample.population.years.filter((year) => year.year !== sample.details.year) } };
    expect(doneOf(partsOf(withoutPlanYear, 'current-state'))).toMatchObject({ 'population-actual': true, 'population-plan-year': false });
  });

  it('finds the sample’s outcomes, indicators with baseline and target, and leading values in station 2, and loses the indicators when one lacks a target', () => {
    const sample = samplePlan(validSampleName);
    expect(doneOf(partsOf(sample, 'desired-state'))).toMatchObject({ outcomes: true, indicators: true, 'leading-values': true });
    const [first, ...rest] = sample.outcomes;
    const noTarget = { ...sample, outcomes: [{ ...first!, indicators: first!.indicators.map((indicator) => ({ ...indicator, target: null })) }, ...rest] };
    expect(doneOf(partsOf(noTarget, 'desired-state'))).toMatchObject({ indicators: false });
  });

  it('finds the sample’s services chosen and linked to outcomes in station 3, and not linked once a service loses its outcomes', () => {
    const sample = samplePlan(validSampleName);
    expect(doneOf(partsOf(sample, 'service-mix'))).toMatchObject({ services: true, 'services-linked': true });
    const unlinked = { ...sample, services: sample.services.map((service, index) => (index === 0 ? { ...service, outcomeIds: [] } : service)) };
    expect(doneOf(partsOf(unlinked, 'service-mix'))).toMatchObject({ services: true, 'services-linked': false });
  });

  it('judges station 4 by the budget: the sample is within its community budget and the limit, the over-limit sample is not', () => {
    expect(doneOf(partsOf(samplePlan(validSampleName), 'resources'))).toMatchObject({
      'services-costed': true,
      'within-community-budget': true,
      'self-development-limit': true,
      'no-budget-errors': true,
    });
    expect(doneOf(partsOf(samplePlan(overLimitSampleName), 'resources'))).toMatchObject({ 'self-development-limit': false, 'no-budget-errors': false });
    const sample = samplePlan(validSampleName);
    const small = { ...sample, details: { ...sample.details, communityBudget: 1_000 } };
    expect(doneOf(partsOf(small, 'resources'))).toMatchObject({ 'within-community-budget': false });
  });

  it('asks station 5 for every service scored and decided, and station 6 for a work-plan row with an owner and milestones per budgeted service', () => {
    const sample = samplePlan(validSampleName);
    expect(doneOf(partsOf(sample, 'prioritization'))).toMatchObject({ 'services-scored': true, decisions: false });
    const decided = {
      ...sample,
      priorities: {
        ...sample.priorities,
        decisions: sample.services.map((service) => ({ serviceId: service.id, decision: 'approved' as const, rationale: '', at: '2026-11-01T10:00:00.000Z' })),
      },
    };
    expect(doneOf(partsOf(decided, 'prioritization'))).toMatchObject({ decisions: true });
    const rows = decided.services.map((service) => ({
      serviceId: service.id,
      owner: 'רכזת המדור',
      ownerPartnerId: null,
      partnerIds: [],
      start: null,
      end: null,
      milestones: [{ quarter: 1, text: 'פתיחה', done: false }],
      indicatorIds: [],
      quarterlyTargets: [],
      indicatorActuals: [],
      risks: [],
      actuals: [],
    }));
    expect(doneOf(partsOf({ ...decided, implementation: rows }, 'implementation'))).toMatchObject({ 'work-items': true, 'owners-and-milestones': true });
    const ownerless = rows.map((row, index) => (index === 0 ? { ...row, owner: ' ' } : row));
    expect(doneOf(partsOf({ ...decided, implementation: ownerless }, 'implementation'))).toMatchObject({ 'work-items': true, 'owners-and-milestones': false });
  });
});

describe('the status a station’s content suggests', () => {
  const parts = (...done: boolean[]): CompletenessPart[] => done.map((value) => ({ id: 'needs', done: value, section: 'needs' }));

  it('is not started with nothing done, done with everything done, and in progress between', () => {
    expect(suggestedStatus(parts(false, false))).toBe('not-started');
    expect(suggestedStatus(parts(true, false))).toBe('in-progress');
    expect(suggestedStatus(parts(true, true))).toBe('done');
  });

  it('does not evaluate the budget for station 4 while its questions are unanswered, and suggests the same status', () => {
    const sample = samplePlan(validSampleName);
    const unasked = () => {
      throw new Error('the budget was evaluated');
    };
    expect(suggestedStationStatus(sample, 'resources', unasked)).toBe('in-progress');
    expect(suggestedStatus(partsOf(sample, 'resources'))).toBe('in-progress');
  });
});
