import { produce } from 'immer';
import { maximumAmount, type Plan, type Service } from '../model/plan-schema.ts';
import type { CellError } from '../rules/cell-error.ts';
import { FormulaError, type FormulaSheet } from '../formulas/formula-sheet.ts';
import { buildBudgetSheet } from './budget-sheet.ts';
import { withinBounds } from './cell-bounds.ts';
import { writeServiceValue } from './service-cells.ts';

export type EvaluatedPlan = {
  /** The plan with every formula cell holding its computed value: what totals, rules and the file use. */
  plan: Plan;
  /** Formula cells whose value is an error, or a number the field cannot hold. */
  cellErrors: CellError[];
};

/** The budget's values, to read: only the budget session changes a sheet. */
export type BudgetValues = Pick<FormulaSheet, 'value' | 'errors'>;

/*
 * Memos of pure results, by the plan they were computed from: a plan never changes, and nobody
 * edits these sheets (the type lets them only be read), so a plan always gets the same answer.
 */
const evaluations = new WeakMap<Plan, EvaluatedPlan>();
const sheets = new WeakMap<Plan, FormulaSheet>();

/** The values of a plan's budget, for code that has a plan and no session (the CLI, exports, sorting). */
export function sheetFor(plan: Plan): BudgetValues {
  let sheet = sheets.get(plan);
  if (!sheet) {
    sheet = buildBudgetSheet(plan);
    sheets.set(plan, sheet);
  }
  return sheet;
}

const yearlyCost = (service: Service) => service.participants * service.frequency.perYear * service.unitCost;

type FormulaCell = { service: Service; index: number; columnId: string; fromColumn: boolean };

function formulaCells(plan: Plan): FormulaCell[] {
  const columnFormulas = plan.budgetColumns.filter((column) => column.formula !== null).map((column) => column.id);
  return plan.services.flatMap((service, index) => {
    const own = service.formulas.map((entry) => entry.field);
    const fromColumn = columnFormulas.filter(
      (columnId) => !own.includes(columnId) && !service.custom.some((entry) => entry.columnId === columnId),
    );
    return [
      ...own.map((columnId) => ({ service, index, columnId, fromColumn: false })),
      ...fromColumn.map((columnId) => ({ service, index, columnId, fromColumn: true })),
    ];
  });
}

/**
 * Evaluates the plan's formulas once per plan (memoised): the values are derived from the
 * formulas, never trusted from the file, so a hand-edited cache cannot mislead a reviewer.
 */
export function evaluatePlan(plan: Plan): EvaluatedPlan {
  const known = evaluations.get(plan);
  if (known) return known;
  const result = evaluateWithSheet(sheetFor(plan), plan);
  evaluations.set(plan, result);
  return result;
}

/** The plan with its formulas' values from a sheet that holds it (the budget session's, or one built for it). */
export function evaluateWithSheet(sheet: BudgetValues, plan: Plan): EvaluatedPlan {
  const cells = formulaCells(plan);
  // An error is reported where a formula was typed, not again in every total it flows into.
  const typed = new Set(cells.map(({ service, columnId }) => `${service.id}\u0000${columnId}`));
  const cellErrors: CellError[] = sheet
    .errors()
    .filter(({ rowId, columnId }) => typed.has(`${rowId}\u0000${columnId}`))
    .map(({ rowId, columnId, error }) => ({ serviceId: rowId, field: columnId, code: error.code }));
  // A column formula's results are not written into the services: a value there would read
  // back as one the team typed over the formula, and the column would stop computing.
  const ownCells = cells.filter((cell) => !cell.fromColumn);
  const evaluated =
    ownCells.length === 0
      ? plan
      : produce(plan, (draft) => {
          for (const { service, index, columnId } of ownCells) {
            const target = draft.services[index]!;
            const value = sheet.value(service.id, columnId);
            if (value instanceof FormulaError) {
              writeServiceValue(target, columnId, 0);
            } else if (typeof value === 'number' && withinBounds(columnId, value)) {
              writeServiceValue(target, columnId, value);
              if (yearlyCost(target as Service) > maximumAmount) {
                writeServiceValue(target, columnId, 0);
                cellErrors.push({ serviceId: service.id, field: columnId, code: '#NUM!' });
              }
            } else {
              writeServiceValue(target, columnId, 0);
              cellErrors.push({ serviceId: service.id, field: columnId, code: typeof value === 'number' ? '#NUM!' : '#VALUE!' });
            }
          }
        });
  return { plan: evaluated, cellErrors };
}
