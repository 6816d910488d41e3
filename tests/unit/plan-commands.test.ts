import { describe, it, expect } from 'vitest';
import {
  addOwnItem,
  editOwnItem,
  removeOwnItem,
  setDetail,
  setItemMarked,
  setPolicy,
  setStationNotes,
} from '@shared/commands/plan-commands.ts';
import { setStationStatus } from '@shared/commands/station-status-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { createPlan } from '@shared/model/new-plan.ts';
import { buildPlan } from '../helpers/plan-builders.ts';

const guideItem = 'current-state.topics.population-by-age-band';

/** Applies a command and checks that the plan it was given is unchanged and the result is valid. */
function applyPure(plan: Plan, command: (plan: Plan) => Plan): Plan {
  const before = structuredClone(plan);
  const after = command(plan);
  expect(plan).toEqual(before);
  expect(after).not.toBe(plan);
  expect(PlanSchema.safeParse(after).success).toBe(true);
  return after;
}

describe('plan commands', () => {
  it('sets a detail without changing the plan it was given', () => {
    const plan = buildPlan();
    const after = applyPure(plan, (p) => setDetail(p, { field: 'communityBudget', value: 2_500_000 }));
    expect(after.details.communityBudget).toBe(2_500_000);
    expect(plan.details.communityBudget).toBe(1_000_000);
    expect(after.services).toBe(plan.services);
  });

  it('sets a policy parameter', () => {
    const plan = buildPlan();
    const after = applyPure(plan, (p) => setPolicy(p, { field: 'selfDevelopmentLimit', value: 0.25 }));
    expect(after.policy.selfDevelopmentLimit).toBe(0.25);
    expect(applyPure(plan, (p) => setPolicy(p, { field: 'selfDevelopmentBase', value: 'planned-total' })).policy.selfDevelopmentBase).toBe(
      'planned-total',
    );
  });

  it('marks a guide item once, however often it is marked', () => {
    const plan = buildPlan();
    const once = applyPure(plan, (p) => setItemMarked(p, { station: 'current-state', itemId: guideItem, marked: true }));
    const twice = setItemMarked(once, { station: 'current-state', itemId: guideItem, marked: true });
    expect(once.stations['current-state'].marked).toEqual([guideItem]);
    expect(twice.stations['current-state'].marked).toEqual([guideItem]);
  });

  it('unmarks a marked item', () => {
    const marked = setItemMarked(buildPlan(), { station: 'current-state', itemId: guideItem, marked: true });
    const after = applyPure(marked, (p) => setItemMarked(p, { station: 'current-state', itemId: guideItem, marked: false }));
    expect(after.stations['current-state'].marked).toEqual([]);
  });

  it('leaves a station’s status to its content when the team marks items or writes notes', () => {
    const plan = buildPlan();
    expect(plan.stations['service-mix'].status).toBe('not-started');
    expect(setItemMarked(plan, { station: 'service-mix', itemId: 'x', marked: true }).stations['service-mix'].status).toBe('not-started');
    expect(setStationNotes(plan, { station: 'service-mix', notes: 'הערה' }).stations['service-mix'].status).toBe('not-started');
  });

  it('touches only the station worked in', () => {
    const plan = buildPlan();
    const after = setItemMarked(plan, { station: 'resources', itemId: 'x', marked: true });
    expect(after.stations['current-state']).toBe(plan.stations['current-state']);
    expect(after.stations.implementation.status).toBe('not-started');
  });

  it('adds an own item that starts marked', () => {
    const plan = buildPlan();
    const after = applyPure(plan, (p) => addOwnItem(p, { station: 'desired-state', category: 'partners', id: 'own-7', text: 'מתנ"ס השכונה' }));
    expect(after.stations['desired-state'].ownItems).toEqual([{ id: 'own-7', category: 'partners', text: 'מתנ"ס השכונה' }]);
    expect(after.stations['desired-state'].marked).toEqual(['own-7']);
  });

  it('edits the text of an own item', () => {
    const added = addOwnItem(buildPlan(), { station: 'desired-state', category: 'topics', id: 'own-1', text: 'ישן' });
    const after = applyPure(added, (p) => editOwnItem(p, { station: 'desired-state', id: 'own-1', text: 'חדש' }));
    expect(after.stations['desired-state'].ownItems[0]?.text).toBe('חדש');
  });

  it('removes an own item and unmarks it', () => {
    let plan = addOwnItem(buildPlan(), { station: 'implementation', category: 'actions', id: 'own-1', text: 'א' });
    plan = addOwnItem(plan, { station: 'implementation', category: 'actions', id: 'own-2', text: 'ב' });
    plan = setItemMarked(plan, { station: 'implementation', itemId: guideItem, marked: true });
    const after = applyPure(plan, (p) => removeOwnItem(p, { station: 'implementation', id: 'own-1' }));
    expect(after.stations.implementation.ownItems.map((item) => item.id)).toEqual(['own-2']);
    expect(after.stations.implementation.marked).toEqual(['own-2', guideItem]);
  });

  it('sets a station status with the team’s reason, including back to not-started', () => {
    const plan = buildPlan();
    const done = applyPure(plan, (p) => setStationStatus(p, { station: 'prioritization', status: 'done', reason: 'התיעדוף נעשה בוועדה' }));
    expect(done.stations.prioritization).toMatchObject({ status: 'done', statusReason: 'התיעדוף נעשה בוועדה' });
    const back = setStationStatus(done, { station: 'prioritization', status: 'not-started', reason: 'נחזור אליו' });
    expect(back.stations.prioritization).toMatchObject({ status: 'not-started', statusReason: 'נחזור אליו' });
  });

  it('refuses a status set by the team without a reason', () => {
    const plan = buildPlan();
    expect(setStationStatus(plan, { station: 'prioritization', status: 'done', reason: '  ' })).toBe(plan);
  });

  it('writes station notes', () => {
    const after = applyPure(buildPlan(), (p) => setStationNotes(p, { station: 'current-state', notes: 'ארבע קבוצות מיקוד' }));
    expect(after.stations['current-state'].notes).toBe('ארבע קבוצות מיקוד');
  });
});

describe('a new plan', () => {
  it("starts with the guide's criteria named in the user's language", () => {
    const hebrew = createPlan({ id: 'he', year: 2027 });
    const english = createPlan({ id: 'en', year: 2027, language: 'en' });
    expect(hebrew.priorities.criteria.map((criterion) => criterion.name)).toContain('ערך מניעתי');
    expect(english.priorities.criteria.map((criterion) => criterion.name)).toContain('Prevention value');
    expect(english.priorities.criteria.map((criterion) => criterion.weight)).toEqual(hebrew.priorities.criteria.map((criterion) => criterion.weight));
  });
});
