import { describe, expect, it } from 'vitest';
import {
  addBudgetColumn,
  applyBudgetBlock,
  insertServices,
  removeServices,
  setBudgetCells,
  sortServices,
} from '@shared/budget/budget-commands.ts';
import { evaluatePlan, sheetFor } from '@shared/budget/evaluated-plan.ts';
import { serviceCost } from '@shared/budget/service-cost.ts';
import { readCellText } from '@shared/budget/read-cell-text.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { shekelsFromAgorot } from '@shared/budget/money.ts';
import { PlanSchema, type Plan } from '@shared/model/plan-schema.ts';
import { checkEvaluatedPlan } from '@shared/rules/check-evaluated-plan.ts';
import { buildPlan, buildService, withServices } from '../../helpers/plan-builders.ts';

/** Three services in rows 2, 3 and 4 of the grid. */
function threeServices(): Plan {
  return withServices(
    buildPlan(),
    buildService({ id: 'a', name: 'א', participants: 10, unitCost: 100 }),
    buildService({ id: 'b', name: 'ב', participants: 20, unitCost: 50 }),
    buildService({ id: 'c', name: 'ג', participants: 30, unitCost: 10 }),
  );
}

/** Types text into a cell the way the grid does: read it, then apply it as one command. */
function type(plan: Plan, serviceId: string, columnId: string, text: string): Plan {
  const read = readCellText(plan, serviceId, columnId, text);
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problem)}`);
  return setBudgetCells(plan, { edits: [{ serviceId, columnId, input: read.input }] });
}

const value = (plan: Plan, id: string, field: 'participants' | 'unitCost') =>
  evaluatePlan(plan).plan.services.find((service) => service.id === id)![field];

describe('budget cells with formulas', () => {
  it('stores a typed formula by the rows it refers to and keeps its value in the evaluated plan', () => {
    // Column D is participants; row 3 is service b.
    const plan = type(threeServices(), 'a', 'participants', '=D3*2');
    expect(plan.services[0]!.formulas).toEqual([{ field: 'participants', formula: '={b:participants}*2' }]);
    expect(value(plan, 'a', 'participants')).toBe(40);
    expect(PlanSchema.safeParse(evaluatePlan(plan).plan).success).toBe(true);
  });

  it('recalculates a formula when what it refers to changes, and the totals with it', () => {
    let plan = type(threeServices(), 'a', 'participants', '=D3*2');
    plan = type(plan, 'b', 'participants', '25');
    expect(value(plan, 'a', 'participants')).toBe(50);
    expect(shekelsFromAgorot(planTotals(evaluatePlan(plan).plan).total)).toBe(50 * 100 + 25 * 50 + 30 * 10);
  });

  it('keeps references on their services when the rows are sorted, a row is inserted above, or the row is deleted', () => {
    let plan = type(threeServices(), 'a', 'participants', '=D3*2');
    plan = sortServices(plan, { columnId: 'participants', direction: 'descending', locale: 'he-IL' });
    expect(plan.services.map((service) => service.id)).toEqual(['a', 'c', 'b']);
    expect(value(plan, 'a', 'participants')).toBe(40);
    plan = insertServices(plan, { index: 0, services: [buildService({ id: 'new', participants: 1 })] });
    expect(value(plan, 'a', 'participants')).toBe(40);
    plan = removeServices(plan, { ids: ['b'] });
    expect(evaluatePlan(plan).cellErrors).toEqual([{ serviceId: 'a', field: 'participants', code: '#REF!' }]);
    expect(checkEvaluatedPlan(plan).findings.some((finding) => finding.rule === 'formula-error')).toBe(true);
  });

  it('gives the same values through edits as a plan evaluated from scratch (undo rebuilds)', () => {
    const start = threeServices();
    const edited = type(type(start, 'a', 'unitCost', '=E3+E4'), 'c', 'unitCost', '=G3*2');
    const fresh = structuredClone(edited);
    expect(evaluatePlan(fresh).plan.services.map((service) => service.unitCost)).toEqual(
      evaluatePlan(edited).plan.services.map((service) => service.unitCost),
    );
    expect(evaluatePlan(start).plan.services.map((service) => service.unitCost)).toEqual([100, 50, 10]);
  });

  it('reports a circular reference as an error of its cells, and the plan still saves', () => {
    let plan = type(threeServices(), 'a', 'unitCost', '=G3');
    plan = type(plan, 'b', 'unitCost', '=G2');
    const { plan: evaluated, cellErrors } = evaluatePlan(plan);
    expect(cellErrors.map((cell) => cell.code)).toEqual(['#CIRC!', '#CIRC!']);
    expect(PlanSchema.safeParse(evaluated).success).toBe(true);
  });

  it('turns a negative formula result in a money field into an error instead of a file that cannot be saved', () => {
    const plan = type(threeServices(), 'a', 'unitCost', '=-5');
    const { plan: evaluated, cellErrors } = evaluatePlan(plan);
    expect(cellErrors).toEqual([{ serviceId: 'a', field: 'unitCost', code: '#NUM!' }]);
    expect(evaluated.services[0]!.unitCost).toBe(0);
    expect(PlanSchema.safeParse(evaluated).success).toBe(true);
  });

  it('splits funding by the policy share by default, and by typed parts when the team types them', () => {
    let plan = threeServices();
    expect(evaluatePlan(plan).plan.services[0]!.funding).toMatchObject({ ministry: null, authority: null });
    plan = type(plan, 'a', 'ministry', '=H2*0.5');
    expect(evaluatePlan(plan).plan.services[0]!.funding.ministry).toBe(500);
    plan = type(plan, 'a', 'ministry', '');
    expect(plan.services[0]!.funding.ministry).toBeNull();
    expect(plan.services[0]!.formulas).toEqual([]);
  });

  it("evaluates a team's own column with a column formula for every row, and keeps computing after a save", () => {
    let plan = threeServices();
    plan = addBudgetColumn(plan, { id: 'per-participant', label: 'עלות למשתתף', formula: '=IF({.:participants}>0,{.:total}/{.:participants},0)' });
    const perParticipant = (of: typeof plan) => of.services.map((service) => sheetFor(of).value(service.id, 'per-participant'));
    expect(perParticipant(plan)).toEqual([100, 50, 10]);
    // What a save writes: a computed value stored per row would read back as typed over the formula.
    const saved = evaluatePlan(plan).plan;
    expect(saved.services.map((service) => service.custom)).toEqual([[], [], []]);
    const reopened = type(JSON.parse(JSON.stringify(saved)) as Plan, 'a', 'unitCost', '50');
    expect(perParticipant(reopened)[0]).toBe(50);
  });

  it('adds pasted rows past the end as new services in one step', () => {
    const plan = applyBudgetBlock(threeServices(), {
      newServices: [buildService({ id: 'pasted', name: 'הודבק', participants: 1 })],
      edits: [{ serviceId: 'pasted', columnId: 'unitCost', input: 7 }],
    });
    expect(plan.services.map((service) => service.id)).toEqual(['a', 'b', 'c', 'pasted']);
    expect(plan.services[3]!.unitCost).toBe(7);
  });
});

describe('reading what was typed into a cell', () => {
  const plan = threeServices();
  it('reads numbers as people type them and refuses words, negatives and the computed total', () => {
    expect(readCellText(plan, 'a', 'unitCost', '₪1,250.50')).toEqual({ ok: true, input: 1250.5 });
    expect(readCellText(plan, 'a', 'participants', 'שלושים')).toEqual({ ok: false, problem: { code: 'not-a-number', text: 'שלושים' } });
    expect(readCellText(plan, 'a', 'unitCost', '-3')).toMatchObject({ ok: false, problem: { code: 'out-of-range' } });
    expect(readCellText(plan, 'a', 'total', '5')).toEqual({ ok: false, problem: { code: 'read-only' } });
  });

  it('reads a kind or a unit in either language, and refuses a formula in a text column', () => {
    expect(readCellText(plan, 'a', 'kind', 'פיתוח עצמי')).toEqual({ ok: true, input: 'self-developed' });
    expect(readCellText(plan, 'a', 'frequencyUnit', 'Month')).toEqual({ ok: true, input: 'month' });
    expect(readCellText(plan, 'a', 'kind', 'חדשני')).toMatchObject({ ok: false, problem: { code: 'unknown-option' } });
    expect(readCellText(plan, 'a', 'notes', '=1+1')).toEqual({ ok: false, problem: { code: 'formula-in-text' } });
    expect(readCellText(plan, 'a', 'name', '  ')).toEqual({ ok: false, problem: { code: 'empty-name' } });
  });

  it("refuses a number that would make a service's yearly cost beyond the file's bounds", () => {
    expect(readCellText(plan, 'a', 'participants', '1000000000')).toMatchObject({ ok: false, problem: { code: 'cost-too-large' } });
  });
});

describe('the budget sheet agrees with the plan it was built from', () => {
  it('gives the ministry the rest when the team types only the authority part, as the totals do', () => {
    const plan = type(threeServices(), 'a', 'authority', '400');
    const sheetValue = sheetFor(plan).value('a', 'ministry');
    const cost = serviceCost(evaluatePlan(plan).plan.services[0]!, plan.policy);
    expect(sheetValue).toBe(600);
    expect(shekelsFromAgorot(cost.ministry)).toBe(600);
  });

  it('holds what the plan holds after a cell is cleared, as a sheet built afresh would', () => {
    let plan = type(threeServices(), 'a', 'staffHours', '=COUNT(D2:D4)');
    expect(sheetFor(plan).value('a', 'staffHours')).toBe(3);
    // A cleared participants cell is 0 in the plan, and 0 still counts.
    plan = type(plan, 'b', 'participants', '');
    expect(sheetFor(plan).value('a', 'staffHours')).toBe(3);
    expect(sheetFor(structuredClone(plan)).value('a', 'staffHours')).toBe(3);
  });

  it('never runs text that happens to start with "=" in a hand-edited file', () => {
    const plan = withServices(buildPlan(), buildService({ id: 'a', name: '=1+1', notes: '=ראה סעיף' }));
    expect(sheetFor(plan).value('a', 'name')).toBeNull();
    expect(sheetFor(plan).value('a', 'notes')).toBeNull();
  });

  it('makes no new plan and no undo step for an edit that changes nothing', () => {
    const plan = threeServices();
    expect(type(plan, 'a', 'participants', '10')).toBe(plan);
  });
});

describe('the file refuses what formulas cannot live with', () => {
  it('refuses duplicate service ids, a column id already used, and a formula in a text column', () => {
    const duplicate = withServices(buildPlan(), buildService({ id: 'x' }), buildService({ id: 'x' }));
    expect(PlanSchema.safeParse(duplicate).success).toBe(false);
    const clash = { ...buildPlan(), budgetColumns: [{ id: 'unitCost', label: 'עלות', formula: null }] };
    expect(PlanSchema.safeParse(clash).success).toBe(false);
    const textFormula = withServices(buildPlan(), buildService({ formulas: [{ field: 'kind', formula: '=1' }] }));
    expect(PlanSchema.safeParse(textFormula).success).toBe(false);
  });
});
