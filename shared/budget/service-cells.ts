import type { Draft } from 'immer';
import type { Service } from '../model/plan-schema.ts';
import type { CellInput } from '../formulas/formula-sheet.ts';

/**
 * Where each budget-grid column lives in a service. A cell with a formula keeps the formula in
 * `service.formulas` and its last computed value in the field, for readers without the engine.
 */
export function readServiceValue(service: Service, columnId: string): number | string | null {
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

export function formulaOf(service: Service, columnId: string): string | null {
  return service.formulas.find((entry) => entry.field === columnId)?.formula ?? null;
}

/**
 * What the formula sheet holds for a cell: the cell's formula, else its value. Only entries of
 * `service.formulas` are formulas; text that happens to start with "=" (from a hand-edited
 * file: the grid refuses it) is left out rather than run.
 */
export function sheetInput(service: Service, columnId: string): CellInput {
  const formula = formulaOf(service, columnId);
  if (formula !== null) return formula;
  const value = readServiceValue(service, columnId);
  if (typeof value === 'string' && value.startsWith('=')) return null;
  // A typed authority part leaves the ministry the rest, as serviceCost splits it.
  if (columnId === 'ministry' && value === null && (service.funding.authority !== null || formulaOf(service, 'authority') !== null)) {
    return '={.:total}-{.:other}-{.:authority}';
  }
  return value;
}

/** Sets the value a column holds for one service (a formula's result, or what was typed); unchanged values change nothing. */
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
      const entry = draft.custom.find((candidate) => candidate.columnId === columnId);
      if (value === null) {
        if (entry) draft.custom = draft.custom.filter((candidate) => candidate.columnId !== columnId);
      } else if (entry) {
        if (entry.value !== value) entry.value = value;
      } else {
        draft.custom.push({ columnId, value });
      }
    }
  }
}

export function setServiceFormula(draft: Draft<Service>, columnId: string, formula: string | null): void {
  const entry = draft.formulas.find((candidate) => candidate.field === columnId);
  if (formula === null) {
    if (entry) draft.formulas = draft.formulas.filter((candidate) => candidate.field !== columnId);
  } else if (entry) {
    if (entry.formula !== formula) entry.formula = formula;
  } else {
    draft.formulas.push({ field: columnId, formula });
  }
}
