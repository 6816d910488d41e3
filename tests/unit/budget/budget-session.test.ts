import { describe, expect, it } from 'vitest';
import { BudgetSession } from '@shared/budget/budget-session.ts';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { addBudgetColumn, applyBudgetBlock, insertServices, removeBudgetColumn, removeServices, sortServices } from '@shared/budget/budget-commands.ts';
import { planBudgetBlock } from '@shared/budget/budget-block.ts';
import { evaluatePlan, sheetFor } from '@shared/budget/evaluated-plan.ts';
import { newService } from '@shared/budget/new-service.ts';
import { setPolicy } from '@shared/commands/plan-commands.ts';
import { setServiceDetail } from '@shared/commands/service-card-commands.ts';
import { removeOutcome } from '@shared/commands/outcome-commands.ts';
import { planShapeProblem, shapeProblemOfChange } from '@shared/model/plan-shape-problem.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { checkPlan } from '@shared/rules/validate-plan.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';

/** A seeded stream of numbers, so a failing sequence can be replayed from its seed. */
function randomFrom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, integer: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const typedTexts = ['12', '0', '1,250.50', '=D2*2', '=SUM(D2:D4)', '=1/0', '=E3+1', '', 'שלושים', '=G2*1.1', '99999999999'];

/** One random edit of the kinds the app makes, as the grid and the cards make them. */
function randomEdit(plan: Plan, random: ReturnType<typeof randomFrom>, serial: () => string): Plan {
  const columns = budgetColumns(plan);
  const service = plan.services.length > 0 ? random.pick(plan.services) : null;
  switch (random.integer(0, 9)) {
    case 0:
      return insertServices(plan, { index: random.integer(0, plan.services.length), services: [newService(serial(), 'he')] });
    case 1:
      return service ? removeServices(plan, { ids: [service.id] }) : plan;
    case 2:
      return sortServices(plan, { columnId: random.pick(columns).id, direction: random.pick(['ascending', 'descending'] as const), locale: 'he-IL' });
    case 3:
      return setPolicy(plan, { field: 'ministryShare', value: random.pick([0.6, 0.75, 0.8]) });
    case 4:
      return service ? setServiceDetail(plan, { id: service.id, field: 'outcomeIds', value: random.next() < 0.5 ? [] : plan.outcomes.slice(0, 1).map((outcome) => outcome.id) }) : plan;
    case 5:
      return plan.budgetColumns.some((column) => column.id === 'extra')
        ? removeBudgetColumn(plan, { id: 'extra' })
        : addBudgetColumn(plan, { id: 'extra', label: 'תוספת', formula: '={.:total}/2' });
    case 6:
      return plan.outcomes.length > 2 ? removeOutcome(plan, { id: plan.outcomes.at(-1)!.id }) : plan;
    default: {
      if (plan.services.length === 0) return plan;
      const cells = Array.from({ length: random.integer(1, 3) }, () => ({
        row: random.integer(0, plan.services.length - 1),
        column: random.integer(0, columns.length - 1),
        text: random.pick(typedTexts),
      }));
      const block = planBudgetBlock(plan, cells, 'he', serial);
      return applyBudgetBlock(plan, { newServices: block.newServices, edits: block.edits });
    }
  }
}

/** What a session shows, compared with everything worked out afresh from a copy of the plan. */
function expectSameAsFresh(session: BudgetSession): void {
  const copy = structuredClone(session.plan);
  const fresh = evaluatePlan(copy);
  expect(session.evaluated).toEqual(fresh.plan);
  expect(session.cellErrors).toEqual(fresh.cellErrors);
  expect(session.check).toEqual(checkPlan(fresh.plan, fresh.cellErrors));
  const sheet = sheetFor(copy);
  for (const service of session.plan.services) {
    for (const column of budgetColumns(session.plan)) expect(session.value(service.id, column.id)).toEqual(sheet.value(service.id, column.id));
  }
}

describe('the budget session', () => {
  // 240 full evaluations and checks: more than the default five seconds on a busy two-core machine.
  it('after any sequence of edits, undos and redos, shows what a full evaluation and a full check of the plan find', { timeout: 30_000 }, () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = randomFrom(seed);
      let counter = 0;
      const serial = () => `new-${seed}-${(counter += 1)}`;
      const history: Plan[] = [generatedPlan(seed, 14)];
      let session = BudgetSession.open(history[0]!);
      for (let step = 0; step < 40; step += 1) {
        // Sometimes back to an earlier plan, as undo and redo do.
        const next = random.next() < 0.2 ? random.pick(history) : randomEdit(session.plan, random, serial);
        history.push(next);
        session = session.move(next);
        expectSameAsFresh(session);
      }
    }
  });

  it('refuses to be read once it has moved on, so no view shows another plan’s figures', () => {
    const plan = generatedPlan(7, 5);
    const first = BudgetSession.open(plan);
    const second = first.move(setPolicy(plan, { field: 'ministryShare', value: 0.5 }));
    expect(() => first.value(plan.services[0]!.id, 'total')).toThrow(/replaced/);
    expect(() => second.value(plan.services[0]!.id, 'total')).not.toThrow();
  });

  it('finds the same schema problem for an edit as a check of the whole plan, checking only what changed', () => {
    for (const seed of [11, 12, 13]) {
      const random = randomFrom(seed);
      let counter = 0;
      const serial = () => `new-${seed}-${(counter += 1)}`;
      let before = evaluatePlan(generatedPlan(seed, 10)).plan;
      for (let step = 0; step < 30; step += 1) {
        const after = evaluatePlan(randomEdit(before, random, serial)).plan;
        expect(shapeProblemOfChange(before, after) === null).toBe(planShapeProblem(after) === null);
        if (planShapeProblem(after) === null) before = after;
      }
    }
    const plan = evaluatePlan(generatedPlan(14, 4)).plan;
    const duplicate = { ...plan, services: [...plan.services, { ...plan.services[0]!, name: 'עותק' }] };
    expect(shapeProblemOfChange(plan, duplicate)).toEqual({ path: 'services[4].id', detail: `duplicate service id ${plan.services[0]!.id}` });
    const tooLong = { ...plan, services: [{ ...plan.services[0]!, name: 'א'.repeat(600) }, ...plan.services.slice(1)] };
    expect(shapeProblemOfChange(plan, tooLong)?.path).toBe(planShapeProblem(tooLong)?.path);
  });
});
