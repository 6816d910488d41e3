import type { Draft } from 'immer';
import type { Service } from '../model/plan-schema.ts';
import type { CellInput } from '../formulas/formula-sheet.ts';

/**
 * Where each budget-grid column lives in a service. A cell with a formula keeps the formula in
 * `service.formulas` and its last computed value in the field, for readers without the engine.
 */
export function readServiceCell(service: Service, columnId: string): CellInput {
  const formula = service.formulas.find((entry) => entry.field === columnId);
  if (formula) return formula.formula;
  switch (columnId) {
    case 'name':
      return service.name;
    case 'kind':
      return service.kind;
    case 'budgetLine':
      return service.budgetLine;
    case 'participants':
      return service.participants;
    case 'frequencyUnit':
      return service.frequency.unit;
    case 'perYear':
      return service.frequency.perYear;
    case 'unitCost':
      return service.unitCost;
    case 'total':
      return null;
    case 'ministry':
      return service.funding.ministry;
    case 'authority':
      return service.funding.authority;
    case 'other':
      return service.funding.other;
    case 'otherSource':
      return service.funding.otherSource;
    case 'staffHours':
      return service.staffHours;
    case 'notes':
      return service.notes;
    default:
      return service.custom.find((entry) => entry.columnId === columnId)?.value ?? null;
  }
}

/** Sets the value a column holds for one service (a formula's result, or what was typed). */
export function writeServiceValue(draft: Draft<Service>, columnId: string, value: number | string | null): void {
  const number = typeof value === 'number' ? value : 0;
  const text = typeof value === 'string' ? value : '';
  switch (columnId) {
    case 'name':
      draft.name = text;
      return;
    case 'kind':
      draft.kind = text as Service['kind'];
      return;
    case 'budgetLine':
      draft.budgetLine = text;
      return;
    case 'participants':
      draft.participants = number;
      return;
    case 'frequencyUnit':
      draft.frequency.unit = text as Service['frequency']['unit'];
      return;
    case 'perYear':
      draft.frequency.perYear = number;
      return;
    case 'unitCost':
      draft.unitCost = number;
      return;
    case 'total':
      return;
    case 'ministry':
      draft.funding.ministry = value === null ? null : number;
      return;
    case 'authority':
      draft.funding.authority = value === null ? null : number;
      return;
    case 'other':
      draft.funding.other = number;
      return;
    case 'otherSource':
      draft.funding.otherSource = text;
      return;
    case 'staffHours':
      draft.staffHours = number;
      return;
    case 'notes':
      draft.notes = text;
      return;
    default: {
      draft.custom = draft.custom.filter((entry) => entry.columnId !== columnId);
      if (value !== null) draft.custom.push({ columnId, value });
    }
  }
}

export function setServiceFormula(draft: Draft<Service>, columnId: string, formula: string | null): void {
  draft.formulas = draft.formulas.filter((entry) => entry.field !== columnId);
  if (formula !== null) draft.formulas.push({ field: columnId, formula });
}
