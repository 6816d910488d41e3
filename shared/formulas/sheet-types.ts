import type { FormulaError } from './formula-error.ts';

/** What a cell holds as typed: a string starting with `=` is a formula in stored syntax. */
export type CellInput = number | string | boolean | null;
export type CellValue = number | string | boolean | null | FormulaError;
export type CellAddress = { rowId: string; columnId: string };
export type SheetRow = { id: string; cells: Readonly<Record<string, CellInput>> };

export function isFormula(input: CellInput): input is string {
  return typeof input === 'string' && input.startsWith('=');
}
