import type { Plan, Service } from '../model/plan-schema.ts';
import { FormulaSheet, type CellInput } from '../formulas/formula-sheet.ts';
import { budgetColumns, totalColumnId } from './budget-columns.ts';
import { sheetInput } from './service-cells.ts';

/** The name the default matching split refers to; the policy sets its value. */
export const ministryShareName = 'MINISTRY_SHARE';

/**
 * Computed columns, as formulas of the formula sheet, so the grid, the totals and an exported
 * workbook compute them the same way: the total is rounded once, to the agora.
 */
const computedColumnFormulas: Record<string, string> = {
  [totalColumnId]: '=ROUND({.:participants}*{.:perYear}*{.:unitCost},2)',
  ministry: `=ROUND(({.:total}-{.:other})*${ministryShareName},2)`,
  authority: '={.:total}-{.:other}-{.:ministry}',
};

export function sheetRowOf(plan: Plan, service: Service): { id: string; cells: Record<string, CellInput> } {
  // Column ids are the user's: a map without a prototype holds any of them as a plain entry.
  const cells: Record<string, CellInput> = Object.create(null);
  for (const column of budgetColumns(plan)) cells[column.id] = sheetInput(service, column.id);
  return { id: service.id, cells };
}

/** A formula sheet holding this plan's budget, evaluated; whoever builds it owns it. */
export function buildBudgetSheet(plan: Plan): FormulaSheet {
  const sheet = new FormulaSheet(budgetColumns(plan).map((column) => column.id));
  sheet.setName(ministryShareName, plan.policy.ministryShare);
  for (const [columnId, formula] of Object.entries(computedColumnFormulas)) sheet.setColumnFormula(columnId, formula);
  for (const column of plan.budgetColumns) if (column.formula) sheet.setColumnFormula(column.id, column.formula);
  sheet.load(plan.services.map((service) => sheetRowOf(plan, service)));
  return sheet;
}

/** What the sheet evaluates in one cell: what the service holds for it, else its column's formula. */
export function effectiveCellInput(plan: Plan, service: Service, columnId: string): CellInput {
  const input = sheetInput(service, columnId);
  if (input !== null) return input;
  const computed = Object.hasOwn(computedColumnFormulas, columnId) ? computedColumnFormulas[columnId]! : null;
  return computed ?? plan.budgetColumns.find((column) => column.id === columnId)?.formula ?? null;
}
