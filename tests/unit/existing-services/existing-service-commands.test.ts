import { beforeEach, describe, expect, it } from 'vitest';
import { addExistingService, removeExistingService, setExistingServiceField } from '@shared/commands/assessment-commands.ts';
import { carriedAs, carryExistingService } from '@shared/commands/existing-service-commands.ts';
import { figureProblem } from '@shared/commands/existing-service-figures.ts';
import { removeServices } from '@shared/budget/budget-commands.ts';
import { serviceTotal } from '@shared/budget/service-cost.ts';
import { maximumAmount, maximumCount, PlanSchema, type ExistingService, type Plan } from '@shared/model/plan-schema.ts';
import { newExistingService } from '@shared/model/new-existing-service.ts';
import { usePlanStore } from '@renderer/state/plan-store.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';

const modelClub: ExistingService = {
  ...newExistingService('ex-model-club'),
  name: 'מועדון מופת "נווה תמר"',
  kind: 'standard',
  partnerId: 'partner-ngo',
  participants: 30,
  capacity: 30,
  waitingList: 12,
  yearlyCost: 100_000,
  budgetLine: '8430',
  funding: 'השתתפות המשרד 75%, הרשות 25%, דמי חבר',
  hours: 'א׳, ג׳, ה׳ 08:30–13:00',
  location: 'בית העם, רחוב הדקל 4',
};

function planWithClub(): Plan {
  const plan = buildPlan({ partners: [{ id: 'partner-ngo', name: 'עמותת "יד לוותיק"', kind: 'ngo', contactRole: 'רכזת התכניות' }] });
  return addExistingService(plan, { service: modelClub });
}

describe('recording an existing service in full', () => {
  it('keeps every figure, text and the operating partner it is given, as a plan the schema accepts', () => {
    let plan = addExistingService(planWithClub(), { service: newExistingService('ex-new') });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'name', value: 'ביקורי בית של מתנדבים' });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'operator', value: 'מרכז ההתנדבות העירוני' });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'participants', value: 55 });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'capacity', value: 60 });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'waitingList', value: 140 });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'yearlyCost', value: 48_250.5 });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'budgetLine', value: '8437' });
    plan = setExistingServiceField(plan, { id: 'ex-new', field: 'hours', value: 'פעם בשבוע, בתיאום' });
    expect(plan.existingServices.at(-1)).toMatchObject({ operator: 'מרכז ההתנדבות העירוני', participants: 55, capacity: 60, waitingList: 140, yearlyCost: 48_250.5, budgetLine: '8437' });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('takes an unknown capacity, waiting list or cost back to unknown', () => {
    let plan = setExistingServiceField(planWithClub(), { id: 'ex-model-club', field: 'capacity', value: null });
    plan = setExistingServiceField(plan, { id: 'ex-model-club', field: 'yearlyCost', value: null });
    expect(plan.existingServices[0]).toMatchObject({ capacity: null, yearlyCost: null, waitingList: 12 });
  });

  it('refuses figures the file cannot hold, leaving the plan as it was', () => {
    const plan = planWithClub();
    const refused: Parameters<typeof setExistingServiceField>[1][] = [
      { id: 'ex-model-club', field: 'participants', value: -1 },
      { id: 'ex-model-club', field: 'participants', value: 2.5 },
      { id: 'ex-model-club', field: 'capacity', value: maximumCount + 1 },
      { id: 'ex-model-club', field: 'waitingList', value: Number.NaN },
      { id: 'ex-model-club', field: 'yearlyCost', value: maximumAmount + 1 },
      { id: 'ex-model-club', field: 'yearlyCost', value: 10.005 },
      { id: 'ex-model-club', field: 'budgetLine', value: '8'.repeat(41) },
      { id: 'ex-model-club', field: 'partnerId', value: 'no-such-partner' },
    ];
    for (const edit of refused) expect(setExistingServiceField(plan, edit)).toBe(plan);
  });

  it('says what is wrong with a figure in words a team reads', () => {
    expect(figureProblem('participants', null)?.key).toBe('holdings.problem.countRequired');
    expect(figureProblem('capacity', null)).toBeNull();
    expect(figureProblem('waitingList', 3.5)?.key).toBe('holdings.problem.countWhole');
    expect(figureProblem('capacity', -2)?.key).toBe('holdings.problem.countNegative');
    expect(figureProblem('participants', maximumCount + 1)?.key).toBe('holdings.problem.countTooLarge');
    expect(figureProblem('yearlyCost', -0.01)?.key).toBe('holdings.problem.costNegative');
    expect(figureProblem('yearlyCost', 12.345)?.key).toBe('holdings.problem.costAgorot');
    expect(figureProblem('yearlyCost', 0.29)).toBeNull();
    expect(figureProblem('yearlyCost', maximumAmount * 2)?.key).toBe('holdings.problem.costTooLarge');
  });

  it('names one operator: choosing a partner clears the operator typed by name', () => {
    let plan = setExistingServiceField(planWithClub(), { id: 'ex-model-club', field: 'partnerId', value: null });
    plan = setExistingServiceField(plan, { id: 'ex-model-club', field: 'operator', value: 'קבלן פרטי' });
    plan = setExistingServiceField(plan, { id: 'ex-model-club', field: 'partnerId', value: 'partner-ngo' });
    expect(plan.existingServices[0]).toMatchObject({ partnerId: 'partner-ngo', operator: '' });
  });

  it('makes typing in a text or figure one undo step, and a choice of kind or partner a step of its own', () => {
    expect(setExistingServiceField.mergeKey({ id: 'a', field: 'hours', value: 'x' })).toBe('a:hours');
    expect(setExistingServiceField.mergeKey({ id: 'a', field: 'yearlyCost', value: 1 })).toBe('a:yearlyCost');
    expect(setExistingServiceField.mergeKey({ id: 'a', field: 'kind', value: 'continued' })).toBeNull();
    expect(setExistingServiceField.mergeKey({ id: 'a', field: 'partnerId', value: null })).toBeNull();
  });
});

describe('carrying an existing service into the service mix', () => {
  it('makes a card with its name, kind, participants, budget line, operator kind and the yearly cost as a cost per participant a year', () => {
    const plan = carryExistingService(planWithClub(), { existingServiceId: 'ex-model-club', serviceId: 'svc-model-club', language: 'he' });
    const card = plan.services.at(-1)!;
    expect(card).toMatchObject({
      id: 'svc-model-club',
      name: 'מועדון מופת "נווה תמר"',
      kind: 'standard',
      operator: 'ngo',
      participants: 30,
      budgetLine: '8430',
      frequency: { unit: 'year', perYear: 1 },
      unitCost: 3333.33,
      existingServiceId: 'ex-model-club',
      copiedFrom: null,
    });
    // ₪3,333.33 × 30 is ₪99,999.90: at most half an agora a participant from the yearly cost.
    expect(Math.abs(serviceTotal(card) - 100_000 * 100)).toBeLessThanOrEqual(30 * 0.5);
    expect(carriedAs(plan, 'ex-model-club')?.id).toBe('svc-model-club');
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('leaves the cost to the budget when the cost or the participants are not known', () => {
    const plan = setExistingServiceField(planWithClub(), { id: 'ex-model-club', field: 'yearlyCost', value: null });
    const card = carryExistingService(plan, { existingServiceId: 'ex-model-club', serviceId: 'svc-a', language: 'he' }).services.at(-1)!;
    expect(card).toMatchObject({ unitCost: 0, frequency: { perYear: 0 } });
  });

  it('names an operator known only by text "other", and a card of an unnamed service as a new one', () => {
    let plan = setExistingServiceField(planWithClub(), { id: 'ex-model-club', field: 'partnerId', value: null });
    plan = setExistingServiceField(plan, { id: 'ex-model-club', field: 'operator', value: 'קבלן פרטי' });
    plan = setExistingServiceField(plan, { id: 'ex-model-club', field: 'name', value: '' });
    const card = carryExistingService(plan, { existingServiceId: 'ex-model-club', serviceId: 'svc-a', language: 'en' }).services.at(-1)!;
    expect(card).toMatchObject({ operator: 'other', name: 'New service' });
  });

  it('carries a service on once: a second carry, or one of a service no longer there, leaves the plan as it was', () => {
    const once = carryExistingService(planWithClub(), { existingServiceId: 'ex-model-club', serviceId: 'svc-a', language: 'he' });
    expect(carryExistingService(once, { existingServiceId: 'ex-model-club', serviceId: 'svc-b', language: 'he' })).toBe(once);
    expect(carryExistingService(once, { existingServiceId: 'ex-gone', serviceId: 'svc-b', language: 'he' })).toBe(once);
  });

  it('gives the card an id of its own when the one asked for is taken', () => {
    const plan = carryExistingService(planWithClub(), { existingServiceId: 'ex-model-club', serviceId: 'svc-a', language: 'he' });
    const second = addExistingService(plan, { service: { ...modelClub, id: 'ex-second' } });
    const carried = carryExistingService(second, { existingServiceId: 'ex-second', serviceId: 'svc-a', language: 'he' });
    expect(carried.services.at(-1)!.id).toBe('svc-a-2');
  });

  it('is one undo step in the plan store, and undoing it takes the card and the link away', () => {
    const plan = planWithClub();
    usePlanStore.getState().load({ plan, path: 'a.tamhil', name: 'a', revision: 'r1', savedPlan: plan, recoveryKey: 'k' });
    usePlanStore.getState().perform(carryExistingService, { existingServiceId: 'ex-model-club', serviceId: 'svc-a', language: 'he' });
    expect(carriedAs(usePlanStore.getState().document!.plan, 'ex-model-club')).toBeDefined();
    usePlanStore.getState().undo();
    expect(usePlanStore.getState().document!.plan).toBe(plan);
  });
});

describe('removing an existing service', () => {
  let carried: Plan;
  beforeEach(() => {
    carried = carryExistingService(planWithClub(), { existingServiceId: 'ex-model-club', serviceId: 'svc-a', language: 'he' });
  });

  it('keeps the card it was carried into, without the link to a service that is gone', () => {
    const plan = removeExistingService(carried, { id: 'ex-model-club' });
    expect(plan.existingServices).toEqual([]);
    expect(plan.services.at(-1)).toMatchObject({ id: 'svc-a', existingServiceId: null, participants: 30 });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('lets the existing service be carried on again once its card is deleted', () => {
    const withoutCard = removeServices(carried, { ids: ['svc-a'] });
    expect(carriedAs(withoutCard, 'ex-model-club')).toBeUndefined();
    expect(carryExistingService(withoutCard, { existingServiceId: 'ex-model-club', serviceId: 'svc-b', language: 'he' }).services.at(-1)!.existingServiceId).toBe('ex-model-club');
  });
});
