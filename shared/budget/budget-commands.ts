import { produce } from 'immer';
import type { PlanCommand } from '../commands/plan-commands.ts';
import type { Service } from '../model/plan-schema.ts';
import { isFormula, type CellInput } from '../formulas/formula-sheet.ts';
import { sheetFor } from './evaluated-plan.ts';
import { setServiceFormula, writeServiceValue } from './service-cells.ts';

/** One cell typed or pasted in the budget grid, already read (see readCellText). */
export type BudgetCellEdit = { serviceId: string; columnId: string; input: CellInput };

/**
 * The budget grid's edits as plan commands: pure, like every command. The budget session finds
 * what they changed and recalculates only that (see sheet-sync.ts).
 */
export const setBudgetCells: PlanCommand<{ edits: readonly BudgetCellEdit[] }> = (plan, { edits }) =>
  produce(plan, (draft) => {
    for (const { serviceId, columnId, input } of edits) {
      const service = draft.services.find((candidate) => candidate.id === serviceId);
      if (!service) continue;
      if (isFormula(input)) {
        setServiceFormula(service, columnId, input);
      } else {
        setServiceFormula(service, columnId, null);
        writeServiceValue(service, columnId, typeof input === 'boolean' ? Number(input) : input);
      }
    }
  });

export const insertServices: PlanCommand<{ index: number; services: readonly Service[] }> = (plan, { index, services }) =>
  produce(plan, (draft) => {
    draft.services.splice(index, 0, ...(services as Service[]));
  });

/** Formulas that referred to a removed service show #REF!, as in Excel. */
export const removeServices: PlanCommand<{ ids: readonly string[] }> = (plan, { ids }) => {
  const gone = (serviceId: string) => ids.includes(serviceId);
  const next = produce(plan, (draft) => {
    draft.services = draft.services.filter((service) => !gone(service.id));
    // Nothing may point at a service that is gone: its scores, decisions, scenarios, work plan and logic-model notes go too.
    const { priorities } = draft;
    priorities.scores = priorities.scores.filter((score) => !gone(score.serviceId));
    priorities.forced = priorities.forced.filter((entry) => !gone(entry.serviceId));
    priorities.decisions = priorities.decisions.filter((decision) => !gone(decision.serviceId));
    for (const scenario of priorities.scenarios) scenario.serviceIds = scenario.serviceIds.filter((serviceId) => !gone(serviceId));
    draft.implementation = draft.implementation.filter((item) => !gone(item.serviceId));
    draft.logicModelNotes = draft.logicModelNotes.filter((note) => !gone(note.nodeId));
  });
  return next;
};

export const reorderServices: PlanCommand<{ ids: readonly string[] }> = (plan, { ids }) => {
  const byId = new Map(plan.services.map((service) => [service.id, service]));
  const ordered = ids.map((id) => byId.get(id)).filter((service): service is Service => service !== undefined);
  if (ordered.length !== plan.services.length) return plan;
  return produce(plan, (draft) => {
    draft.services = ordered as typeof draft.services;
  });
};

/**
 * Sorting reorders the services themselves (an undoable command), so references follow their
 * cells and the total row stays last.
 */
export const sortServices: PlanCommand<{ columnId: string; direction: 'ascending' | 'descending'; locale: string }> = (
  plan,
  { columnId, direction, locale },
) => {
  const sheet = sheetFor(plan);
  const collator = new Intl.Collator(locale, { numeric: true });
  const keyed = plan.services.map((service) => {
    const value = sheet.value(service.id, columnId);
    return { id: service.id, key: typeof value === 'number' || typeof value === 'string' ? value : null };
  });
  // Empty cells and errors go last in both directions, as in Excel.
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
    const order =
      typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return direction === 'ascending' ? order : -order;
  });
  return reorderServices(plan, { ids: keyed.map((entry) => entry.id) });
};

export const addBudgetColumn: PlanCommand<{ id: string; label: string; formula: string | null }> = (plan, column) =>
  produce(plan, (draft) => {
    draft.budgetColumns.push(column);
  });

export const removeBudgetColumn: PlanCommand<{ id: string }> = (plan, { id }) =>
  produce(plan, (draft) => {
    draft.budgetColumns = draft.budgetColumns.filter((column) => column.id !== id);
    for (const service of draft.services) {
      service.custom = service.custom.filter((entry) => entry.columnId !== id);
      service.formulas = service.formulas.filter((entry) => entry.field !== id);
    }
  });

/** A block pasted or filled in one step (one undo entry): new services for rows past the end, then the cells. */
export const applyBudgetBlock: PlanCommand<{ newServices: readonly Service[]; edits: readonly BudgetCellEdit[] }> = (
  plan,
  { newServices, edits },
) => {
  const withRows = newServices.length > 0 ? insertServices(plan, { index: plan.services.length, services: newServices }) : plan;
  return edits.length > 0 ? setBudgetCells(withRows, { edits }) : withRows;
};
