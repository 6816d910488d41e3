import { describe, expect, it } from 'vitest';
import { createPlan } from '@shared/model/new-plan.ts';
import type { Need } from '@shared/model/plan-schema.ts';
import { addNeed, removeNeed } from '@shared/commands/assessment-commands.ts';
import { setStationNotes } from '@shared/commands/plan-commands.ts';
import { followSuggestedStatus, setStationStatus } from '@shared/commands/station-status-commands.ts';
import { followSuggestedStatuses } from '@shared/stations/follow-suggested-statuses.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

const empty = createPlan({ id: 'new-plan', year: 2027, language: 'he' });
const need: Need = { id: 'need-1', source: 'focus-group', group: 'גרים לבד', date: '2026-10-12', finding: 'בדידות בשעות הערב', strength: 4, breadth: 3 };

describe('statuses that follow what a station’s content suggests', () => {
  it('returns the same plan when every status is already in step', () => {
    expect(followSuggestedStatuses(empty)).toBe(empty);
    const noted = setStationNotes(empty, { station: 'resources', notes: 'לבדוק מול הגזברות' });
    expect(noted.stations.resources.status).toBe('not-started');
    expect(followSuggestedStatuses(noted)).toBe(noted);
  });

  it('moves a station with its content, through any command: a need starts station 1, removing it stops it again', () => {
    const started = addNeed(empty, { need });
    expect(started.stations['current-state']).toMatchObject({ status: 'in-progress', statusReason: null });
    expect(started.stations['desired-state']).toBe(empty.stations['desired-state']);
    expect(removeNeed(started, { id: need.id }).stations['current-state'].status).toBe('not-started');
  });

  it('brings a status out of step into step, and leaves the statuses the team set with a reason', () => {
    const sample = samplePlan(validSampleName);
    const outOfStep = { ...sample, stations: { ...sample.stations, prioritization: { ...sample.stations.prioritization, status: 'done' as const, statusReason: null } } };
    expect(followSuggestedStatuses(outOfStep).stations.prioritization.status).toBe('in-progress');
    const setByTeam = { ...outOfStep, stations: { ...outOfStep.stations, prioritization: { ...outOfStep.stations.prioritization, statusReason: 'הוועדה החליטה' } } };
    expect(followSuggestedStatuses(setByTeam)).toBe(setByTeam);
  });

  it('keeps a status the team set with a reason while the content changes, until the team returns it to the suggestion', () => {
    const overridden = setStationStatus(empty, { station: 'current-state', status: 'done', reason: 'המיפוי נעשה בתכנית האסטרטגית של הרשות' });
    expect(overridden.stations['current-state']).toMatchObject({ status: 'done', statusReason: 'המיפוי נעשה בתכנית האסטרטגית של הרשות' });
    const withNeed = addNeed(overridden, { need });
    expect(withNeed.stations['current-state'].status).toBe('done');
    const following = followSuggestedStatus(withNeed, { station: 'current-state' });
    expect(following.stations['current-state']).toMatchObject({ status: 'in-progress', statusReason: null });
    expect(followSuggestedStatus(following, { station: 'current-state' })).toBe(following);
  });

  it('lets a file set by hand before version 3 keep its status until the team gives a reason or returns to the suggestion', () => {
    const byHand = { ...empty, stations: { ...empty.stations, 'service-mix': { ...empty.stations['service-mix'], status: 'done' as const, statusReason: '' } } };
    expect(addNeed(byHand, { need }).stations['service-mix']).toMatchObject({ status: 'done', statusReason: '' });
    expect(setStationStatus(byHand, { station: 'service-mix', status: 'done', reason: 'נבנה עם האשכול' }).stations['service-mix'].statusReason).toBe('נבנה עם האשכול');
    expect(followSuggestedStatus(byHand, { station: 'service-mix' }).stations['service-mix']).toMatchObject({ status: 'not-started', statusReason: null });
  });
});
