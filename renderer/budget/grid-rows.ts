import type { Language } from '@shared/model/localized-text.ts';
import type { Plan, Service } from '@shared/model/plan-schema.ts';
import { budgetColumns, type BudgetColumn } from '@shared/budget/budget-columns.ts';
import { gridContext } from '@shared/budget/grid-context.ts';
import { frequencyUnitLabels, serviceKindLabels } from '@shared/budget/option-labels.ts';
import { formulaOf, readServiceValue } from '@shared/budget/service-cells.ts';
import { toA1Formula } from '@shared/formulas/a1-references.ts';

export type GridCell = string | number | null;

/** Column letters as Excel names them: A … Z, AA … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The sheet row number of a service at this grid index (the header is row 1). */
export const sheetRowNumber = (index: number) => index + 2;

/**
 * What a cell holds for editing: the formula as the user writes it (A1, for the current order
 * of rows), a number, a label in the user's language, or text. Values are shown by the renderer.
 */
function editableCell(plan: Plan, service: Service, column: BudgetColumn, language: Language): GridCell {
  const formula = formulaOf(service, column.id);
  if (formula !== null) return toA1Formula(formula, gridContext(plan, service.id));
  const input = readServiceValue(service, column.id);
  if (column.kind === 'service-kind') return serviceKindLabels[service.kind][language];
  if (column.kind === 'frequency-unit') return frequencyUnitLabels[service.frequency.unit][language];
  return input;
}

/** One row per service, then the total row; or, given indexes, the rows of just those services. */
export function gridRows(plan: Plan, language: Language, only?: readonly number[]): GridCell[][] {
  const columns = budgetColumns(plan);
  const rowOf = (service: Service) => columns.map((column) => editableCell(plan, service, column, language));
  if (only) return only.map((index) => rowOf(plan.services[index]!));
  const rows = plan.services.map(rowOf);
  rows.push(columns.map(() => null));
  return rows;
}
