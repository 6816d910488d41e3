import { beforeEach, describe, expect, it } from 'vitest';
import { copiedFromText, copyServiceFromPlan, unusedServiceId } from '@shared/commands/copy-service-command.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { agorotFromShekels } from '@shared/budget/money.ts';
import { planShapeProblem } from '@shared/model/plan-shape-problem.ts';
import { usePlanStore } from '@renderer/state/plan-store.ts';
import { buildOutcome, buildPlan, buildService, buildServiceCosting } from '../../helpers/plan-builders.ts';

/** ברוש's club: 20 participants, 48 weeks, a unit cost by formula (₪30), ₪2,000 in fees, linked to ברוש's outcome and need. */
function neighbourService() {
  const plan = buildPlan({
    details: { authority: 'ברוש', year: 2027 },
    outcomes: [buildOutcome('o-1')],
    budgetColumns: [{ id: 'code', label: 'קוד', formula: null }],
    services: [
      buildService({
        id: 'svc-1',
        name: 'מועדון חברתי לוותיקים',
        kind: 'continued',
        participants: 20,
        frequency: { unit: 'week', perYear: 48 },
        unitCost: 0,
        formulas: [{ field: 'unitCost', formula: '=15*2' }],
        funding: { other: 2_000, otherSource: 'דמי השתתפות' },
        staffHours: 120,
        outcomeIds: ['o-1'],
        needIds: ['need-1'],
        notes: 'לבדוק עם המתנ"ס',
        custom: [{ columnId: 'code', value: 'B-7' }],
        description: 'ארבעה בקרים בשבוע',
      }),
    ],
  });
  return evaluatePlan(plan).plan.services[0]!;
}

const mine = () => buildPlan({ details: { authority: 'אלון' }, services: [buildServiceCosting(10_000, { id: 'svc-1' })] });

describe('copying a service card from a neighbour’s plan', () => {
  it('adds the card at the end under an unused id, with its costs, marked as copied from whom', () => {
    const plan = mine();
    const next = copyServiceFromPlan(plan, { service: neighbourService(), source: { authority: 'ברוש', year: 2027 }, id: 'svc-1' });
    expect(next.services).toHaveLength(2);
    const copy = next.services[1]!;
    expect(copy).toMatchObject({
      id: 'svc-1-2',
      name: 'מועדון חברתי לוותיקים',
      description: 'ארבעה בקרים בשבוע',
      participants: 20,
      frequency: { unit: 'week', perYear: 48 },
      unitCost: 30,
      funding: { ministry: null, authority: null, other: 2_000, otherSource: 'דמי השתתפות' },
      staffHours: 120,
      copiedFrom: 'ברוש 2027',
    });
    // 20 × 48 × ₪30 = ₪28,800 joins the plan's ₪10,000.
    expect(planTotals(next).total).toBe(agorotFromShekels(38_800));
    expect(planShapeProblem(next)).toBeNull();
    expect(plan.services).toHaveLength(1);
  });

  it('leaves behind what names the other plan: formulas, own columns, outcome and need links, and its notes', () => {
    const copy = copyServiceFromPlan(mine(), { service: neighbourService(), source: { authority: 'ברוש', year: 2027 }, id: 'copy' }).services[1]!;
    expect(copy).toMatchObject({ id: 'copy', formulas: [], custom: [], outcomeIds: [], needIds: [], notes: '' });
  });

  it('makes a service continued in the neighbour’s authority a standard one here, and keeps a self-developed one as it is', () => {
    const copy = copyServiceFromPlan(mine(), { service: neighbourService(), source: { authority: 'ברוש', year: 2027 }, id: 'copy' }).services[1]!;
    expect(copy.kind).toBe('standard');
    const pilot = { ...neighbourService(), kind: 'self-developed' as const };
    expect(copyServiceFromPlan(mine(), { service: pilot, source: { authority: 'ברוש', year: 2027 }, id: 'copy' }).services[1]!.kind).toBe('self-developed');
  });

  it('finds an unused, plain id, cut to the 80 characters an id may have', () => {
    expect(unusedServiceId(new Set(['a', 'a-2']), 'a')).toBe('a-3');
    const long = 'x'.repeat(80);
    expect(unusedServiceId(new Set([long]), long)).toBe(`${'x'.repeat(78)}-2`);
    expect(unusedServiceId(new Set(['not-valid-']), 'not valid!')).toBe('not-valid--2');
    expect(unusedServiceId(new Set(), '')).toBe('svc');
  });

  it('names the source in at most the 500 characters the field holds', () => {
    expect(copiedFromText({ authority: ' גפן ', year: 2026 })).toBe('גפן 2026');
    const long = copiedFromText({ authority: 'א'.repeat(600), year: 2027 });
    expect(long).toHaveLength(500);
    expect(long.endsWith(' 2027')).toBe(true);
  });
});

describe('copying in the open plan', () => {
  beforeEach(() => {
    const plan = mine();
    usePlanStore.getState().load({ plan, path: 'mine.tamhil', name: 'mine', revision: 'r', savedPlan: plan, recoveryKey: 'k' });
  });

  it('is one step to undo and redo', () => {
    const { perform, undo, redo } = usePlanStore.getState();
    perform(copyServiceFromPlan, { service: neighbourService(), source: { authority: 'ברוש', year: 2027 }, id: 'copy' });
    expect(usePlanStore.getState().document!.plan.services.map((each) => each.id)).toEqual(['svc-1', 'copy']);
    undo();
    expect(usePlanStore.getState().document!.plan.services.map((each) => each.id)).toEqual(['svc-1']);
    redo();
    expect(usePlanStore.getState().document!.plan.services[1]!.copiedFrom).toBe('ברוש 2027');
  });
});
