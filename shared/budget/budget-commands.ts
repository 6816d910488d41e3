import { produce } from 'immer';
import { defineCommand } from '../commands/define-command.ts';
import { detachReferences } from '../links/detach-references.ts';
import type { Service } from '../model/plan-schema.ts';
import { isFormula, type CellInput } from '../formulas/formula-sheet.ts';
import { formulaAfterRowRemoval } from '../formulas/row-removal.ts';
import { standardBudgetColumns } from './budget-columns.ts';
import { sheetFor } from './evaluated-plan.ts';
import { servicesSortedBy, type SortDirection } from './service-order.ts';
import { setServiceFormula, writeServiceValue } from './service-cells.ts';

/** One cell typed or pasted in the budget grid, already read (see readCellText). */
export type BudgetCellEdit = { serviceId: string; columnId: string; input: CellInput };

/** Columns whose value is chosen from a list (a service's kind, its frequency unit): each choice is its own undo step. */
const chosenColumns = new Set(standardBudgetColumns.filter((column) => column.kind === 'service-kind' || column.kind === 'frequency-unit').map((column) => column.id));

/**
 * The budget grid's edits as plan commands: pure, like every command. The budget session finds
 * what they changed and recalculates only that (see sheet-sync.ts). Typing in one cell again and
 * again (a service card's field) is one undo step; a block pasted or filled is a step of its own.
 */
export const setBudgetCells = defineCommand<{ edits: readonly BudgetCellEdit[] }>({
  id: 'budget.set-cells',
  apply: (plan, { edits }) => {
    // By position, found once: a pasted block of 1,000 rows is 12,000 edits, and searching the
    // draft's services for each would read them through immer's proxies again and again.
    const positions = new Map(plan.services.map((service, index) => [service.id, index]));
    return produce(plan, (draft) => {
      for (const { serviceId, columnId, input } of edits) {
        const position = positions.get(serviceId);
        if (position === undefined) continue;
        const service = draft.services[position]!;
        if (isFormula(input)) {
          setServiceFormula(service, columnId, input);
        } else {
          setServiceFormula(service, columnId, null);
          writeServiceValue(service, columnId, typeof input === 'boolean' ? Number(input) : input);
        }
      }
    });
  },
  mergeKey: ({ edits }) => {
    const [edit, ...more] = edits;
    return edit && more.length === 0 && !chosenColumns.has(edit.columnId) ? `${edit.serviceId}:${edit.columnId}` : null;
  },
});

export const insertServices = defineCommand<{ index: number; services: readonly Service[] }>({
  id: 'budget.insert-services',
  apply: (plan, { index, services }) =>
    produce(plan, (draft) => {
      draft.services.splice(index, 0, ...(services as Service[]));
    }),
});

/** Nothing may point at a service that is gone; formulas that referred to it show #REF!, as in Excel. */
export const removeServices = defineCommand<{ ids: readonly string[] }>({
  id: 'budget.remove-services',
  apply: (plan, { ids }) =>
    produce(plan, (draft) => {
      const gone = new Set(ids);
      // Row by row in the plan's order, as the formula sheet removes them, so both rewrite a
      // range that ended on a removed row to the same text (it shrinks, as in Excel).
      let rowIds = plan.services.map((service) => service.id);
      for (const rowId of rowIds.filter((id) => gone.has(id))) {
        const removal = { rowId, rowIds };
        for (const service of draft.services) {
          for (const entry of service.formulas) entry.formula = formulaAfterRowRemoval(entry.formula, removal, service.id);
        }
        for (const column of draft.budgetColumns) if (column.formula !== null) column.formula = formulaAfterRowRemoval(column.formula, removal, null);
        rowIds = rowIds.filter((id) => id !== rowId);
      }
      draft.services = draft.services.filter((service) => !gone.has(service.id));
      detachReferences(draft, { services: ids });
    }),
});

export const reorderServices = defineCommand<{ ids: readonly string[] }>({
  id: 'budget.reorder-services',
  apply: (plan, { ids }) => {
    const byId = new Map(plan.services.map((service) => [service.id, service]));
    const ordered = ids.map((id) => byId.get(id)).filter((service): service is Service => service !== undefined);
    if (ordered.length !== plan.services.length) return plan;
    return produce(plan, (draft) => {
      draft.services = ordered as typeof draft.services;
    });
  },
});

/**
 * Sorting reorders the services themselves (an undoable command), so references follow their
 * cells and the total row stays last. The app sorts with its session's values and reorders;
 * this command, for a plan alone, works them out.
 */
export const sortServices = defineCommand<{ columnId: string; direction: SortDirection; locale: string }>({
  id: 'budget.sort-services',
  apply: (plan, { columnId, direction, locale }) =>
    reorderServices(plan, { ids: servicesSortedBy(plan, sheetFor(plan), columnId, direction, locale) }),
});

export const addBudgetColumn = defineCommand<{ id: string; label: string; formula: string | null }>({
  id: 'budget.add-column',
  apply: (plan, column) =>
    produce(plan, (draft) => {
      draft.budgetColumns.push(column);
    }),
});

export const removeBudgetColumn = defineCommand<{ id: string }>({
  id: 'budget.remove-column',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.budgetColumns = draft.budgetColumns.filter((column) => column.id !== id);
      detachReferences(draft, { budgetColumns: [id] });
    }),
});

/** A block pasted or filled in one step (one undo entry): new services for rows past the end, then the cells. */
export const applyBudgetBlock = defineCommand<{ newServices: readonly Service[]; edits: readonly BudgetCellEdit[] }>({
  id: 'budget.apply-block',
  apply: (plan, { newServices, edits }) => {
    const withRows = newServices.length > 0 ? insertServices(plan, { index: plan.services.length, services: newServices }) : plan;
    return edits.length > 0 ? setBudgetCells(withRows, { edits }) : withRows;
  },
});
