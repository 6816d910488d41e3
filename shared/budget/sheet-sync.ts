import type { Plan, Service } from '../model/plan-schema.ts';
import type { FormulaSheet } from '../formulas/formula-sheet.ts';
import { budgetColumns } from './budget-columns.ts';
import { ministryShareName, sheetRowOf } from './budget-sheet.ts';
import { sheetInput } from './service-cells.ts';

/**
 * What a move from one plan to another does to the budget: the services whose object changed
 * (immer keeps every untouched one), which came and went, whether their order changed, and
 * whether the sheet must be built again (the columns changed). Found by comparing, not reported
 * by each command, so no command can forget to say what it touched.
 */
export type BudgetChange = {
  rebuild: boolean;
  ministryShare: boolean;
  removed: string[];
  added: { index: number; service: Service }[];
  edited: { before: Service; after: Service }[];
  reordered: boolean;
};

export function budgetChange(before: Plan, after: Plan): BudgetChange {
  const change: BudgetChange = {
    rebuild: before.budgetColumns !== after.budgetColumns,
    ministryShare: before.policy.ministryShare !== after.policy.ministryShare,
    removed: [],
    added: [],
    edited: [],
    reordered: false,
  };
  if (change.rebuild || before.services === after.services) return change;
  const old = new Map(before.services.map((service) => [service.id, service]));
  const kept = new Set<string>();
  after.services.forEach((service, index) => {
    const was = old.get(service.id);
    if (!was) change.added.push({ index, service });
    else {
      kept.add(service.id);
      if (was !== service) change.edited.push({ before: was, after: service });
    }
  });
  change.removed = before.services.filter((service) => !kept.has(service.id)).map((service) => service.id);
  const keptOrder = (plan: Plan) => plan.services.filter((service) => kept.has(service.id)).map((service) => service.id);
  const beforeOrder = keptOrder(before);
  const afterOrder = keptOrder(after);
  change.reordered = beforeOrder.some((id, index) => afterOrder[index] !== id);
  return change;
}

/**
 * Brings a sheet that holds `before` to hold `after`, recalculating only what depends on the
 * cells that changed. Undo and redo use it too, in the other direction.
 */
export function applyBudgetChange(sheet: FormulaSheet, change: BudgetChange, after: Plan): void {
  if (change.ministryShare) sheet.setName(ministryShareName, after.policy.ministryShare);
  for (const id of change.removed) sheet.removeRow(id);
  if (change.reordered) {
    const present = new Set(sheet.rowIds());
    sheet.reorderRows(after.services.filter((service) => present.has(service.id)).map((service) => service.id));
  }
  const columns = budgetColumns(after);
  // Rows go in at their final places, so those before them are already where they belong.
  for (const { index, service } of change.added) sheet.insertRow(index, sheetRowOf(after, service));
  for (const { before, after: service } of change.edited) {
    for (const column of columns) {
      const input = sheetInput(service, column.id);
      if (input !== sheetInput(before, column.id)) sheet.setCell(service.id, column.id, input);
    }
  }
}
