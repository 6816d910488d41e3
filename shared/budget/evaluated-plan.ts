import { produce } from 'immer';
import { maximumAmount, type Plan, type Service } from '../model/plan-schema.ts';
import type { CellError } from '../rules/cell-error.ts';
import { FormulaError } from '../formulas/formula-sheet.ts';
import { sheetFor } from './budget-sheet.ts';
import { withinBounds } from './cell-bounds.ts';
import { writeServiceValue } from './service-cells.ts';

export type EvaluatedPlan = {
  /** The plan with every formula cell holding its computed value: what totals, rules and the file use. */
  plan: Plan;
  /** Formula cells whose value is an error, or a number the field cannot hold. */
  cellErrors: CellError[];
};

const evaluations = new WeakMap<Plan, EvaluatedPlan>();

const yearlyCost = (service: Service) => service.participants * service.frequency.perYear * service.unitCost;

type FormulaCell = { service: Service; columnId: string; fromColumn: boolean };

function formulaCells(plan: Plan): FormulaCell[] {
  const columnFormulas = plan.budgetColumns.filter((column) => column.formula !== null).map((column) => column.id);
  return plan.services.flatMap((service) => {
    const own = service.formulas.map((entry) => entry.field);
    const fromColumn = columnFormulas.filter(
      (columnId) => !own.includes(columnId) && !service.custom.some((entry) => entry.columnId === columnId),
    );
    return [
      ...own.map((columnId) => ({ service, columnId, fromColumn: false })),
      ...fromColumn.map((columnId) => ({ service, columnId, fromColumn: true })),
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
  const sheet = sheetFor(plan);
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
          for (const { service, columnId } of ownCells) {
            const index = plan.services.indexOf(service);
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
  const result = { plan: evaluated, cellErrors };
  evaluations.set(plan, result);
  return result;
}
