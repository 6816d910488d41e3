import type { LocalizedText } from '../model/localized-text.ts';
import type { CellContent } from './cell-content.ts';
import type { SheetState } from './workbook-part.ts';

/** A row as read: its cells by column (index 0 is column A); a column without a cell is empty. */
export type SheetRow = { number: number; cells: (CellContent | undefined)[] };

/** A sheet's cells as read from a workbook: only rows that hold a cell, in ascending order. */
export type SheetCells = { name: string; state: SheetState; rows: readonly SheetRow[] };

/** The worksheets of a workbook, in its order. */
export type WorkbookCells = { sheets: readonly SheetCells[] };

const emptyCell: CellContent = { value: null, formula: null };

/** The cell in `column` (from 1) of a row, empty when there is none. */
export function cellAt(row: SheetRow | undefined, column: number): CellContent {
  return row?.cells[column - 1] ?? emptyCell;
}

const holdsSomething = (cell: CellContent | undefined): cell is CellContent => cell !== undefined && (cell.value !== null || cell.formula !== null);

/** The cells of a row that hold a value or a formula, with their column numbers (from 1), left to right. */
export function filledCells(row: SheetRow | undefined): [column: number, cell: CellContent][] {
  const filled: [number, CellContent][] = [];
  row?.cells.forEach((cell, index) => {
    if (holdsSomething(cell)) filled.push([index + 1, cell]);
  });
  return filled;
}

/** Row `number` of a sheet, if it holds a cell. */
export function rowAt(sheet: SheetCells, number: number): SheetRow | undefined {
  const { rows } = sheet;
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = rows[middle]!.number;
    if (found === number) return rows[middle];
    if (found < number) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** The rows that hold a cell, from row `first` on. */
export function rowsFrom(sheet: SheetCells, first: number): readonly SheetRow[] {
  const start = sheet.rows.findIndex((row) => row.number >= first);
  return start < 0 ? [] : sheet.rows.slice(start);
}

/** A sheet by its name in either language. */
export function sheetNamed(workbook: WorkbookCells, name: LocalizedText): SheetCells | undefined {
  return workbook.sheets.find((sheet) => sheet.name === name.he || sheet.name === name.en);
}
