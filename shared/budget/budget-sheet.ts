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

type CachedSheet = { columnsKey: string; sheet: FormulaSheet };

/**
 * Sheets by the services array they were built for. Immer keeps that array when a command
 * touches something else, so the sheet survives edits of details or stations; a budget command
 * takes the sheet over to the new array after applying its edit (see takeSheet).
 */
const sheets = new WeakMap<readonly Service[], CachedSheet>();

function columnsKeyOf(plan: Plan): string {
  return JSON.stringify(plan.budgetColumns);
}

export function sheetRowOf(plan: Plan, service: Service): { id: string; cells: Record<string, CellInput> } {
  const cells: Record<string, CellInput> = {};
  for (const column of budgetColumns(plan)) cells[column.id] = sheetInput(service, column.id);
  return { id: service.id, cells };
}

function buildSheet(plan: Plan): FormulaSheet {
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
  return computedColumnFormulas[columnId] ?? plan.budgetColumns.find((column) => column.id === columnId)?.formula ?? null;
}

/** The sheet that evaluates this plan's budget; built once per services array and column set. */
export function sheetFor(plan: Plan): FormulaSheet {
  const columnsKey = columnsKeyOf(plan);
  const cached = sheets.get(plan.services);
  if (cached && cached.columnsKey === columnsKey) {
    cached.sheet.setName(ministryShareName, plan.policy.ministryShare);
    return cached.sheet;
  }
  const sheet = buildSheet(plan);
  sheets.set(plan.services, { columnsKey, sheet });
  return sheet;
}

/**
 * For a budget command: the plan's sheet, detached from the old plan so it can be edited in
 * place and handed to the new one (handSheetOver). Undo to the old plan rebuilds its sheet.
 */
export function takeSheet(plan: Plan): FormulaSheet {
  const sheet = sheetFor(plan);
  sheets.delete(plan.services);
  return sheet;
}

export function handSheetOver(plan: Plan, sheet: FormulaSheet): void {
  sheets.set(plan.services, { columnsKey: columnsKeyOf(plan), sheet });
}
