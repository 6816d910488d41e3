import type { Plan, Service } from '../model/plan-schema.ts';
import type { GridContext } from '../formulas/a1-references.ts';
import { budgetColumns } from './budget-columns.ts';

const shared = new WeakMap<readonly Service[], { columnsKey: string; rowIds: string[]; columnIds: string[] }>();

/**
 * The grid's rows and columns as formulas see them: row 1 is the header, services from row 2.
 * The id lists are kept per services array, so showing every cell's formula does not build them
 * again for each cell.
 */
export function gridContext(plan: Plan, serviceId: string): GridContext {
  const columnsKey = JSON.stringify(plan.budgetColumns);
  let lists = shared.get(plan.services);
  if (!lists || lists.columnsKey !== columnsKey) {
    lists = {
      columnsKey,
      rowIds: plan.services.map((service) => service.id),
      columnIds: budgetColumns(plan).map((column) => column.id),
    };
    shared.set(plan.services, lists);
  }
  return { rowId: serviceId, rowIds: lists.rowIds, columnIds: lists.columnIds, firstRow: 2 };
}
