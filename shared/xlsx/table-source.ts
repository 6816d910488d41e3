import { decodeCsvBytes, parseCsv } from './csv-text.ts';
import { isoDate } from './cell-content.ts';
import { filledCells, rowsFrom } from './sheet-cells.ts';
import { loadUntrustedWorkbook } from './read-workbook.ts';
import type { WorkbookProblem } from './workbook-problem.ts';

export type TableCell = string | number | null;
export type SourceSheet = { name: string; rows: TableCell[][] };
export type TableSource = { ok: true; sheets: SourceSheet[]; format: 'xlsx' | 'csv' } | { ok: false; failure: WorkbookProblem };

/** More rows than a plan can hold services is never a services table to take in whole. */
export const maximumSourceRows = 20_000;
/** Far wider than any services table; a stray cell far to the side is not read. */
export const maximumSourceColumns = 256;

const isZip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * The tables of a spreadsheet someone else made: every visible sheet of a workbook, or the one
 * table of a CSV file (in whatever encoding Israeli public data comes). Values only; formulas
 * count by the result their program stored.
 */
export async function readTableSource(bytes: Uint8Array, fileName: string): Promise<TableSource> {
  const csv = fileName.toLowerCase().endsWith('.csv') || (!isZip(bytes) && !fileName.toLowerCase().endsWith('.xlsx'));
  if (csv) {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) return { ok: false, failure: decoded.problem };
    const parsed = parseCsv(decoded.text, { maxRows: maximumSourceRows });
    if (!parsed.ok) return { ok: false, failure: parsed.problem };
    return { ok: true, format: 'csv', sheets: [{ name: fileName.replace(/\.csv$/i, ''), rows: parsed.rows }] };
  }
  const loaded = await loadUntrustedWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const sheets: SourceSheet[] = [];
  for (const sheet of loaded.workbook.sheets) {
    if (sheet.state !== 'visible') continue;
    const rows: TableCell[][] = [];
    for (const row of rowsFrom(sheet, 1)) {
      if (row.number > maximumSourceRows) break;
      const cells: TableCell[] = [];
      for (const [column, { value }] of filledCells(row)) {
        if (column > maximumSourceColumns) break;
        cells[column - 1] = value instanceof Date ? isoDate(value) : typeof value === 'boolean' ? String(value) : value;
      }
      rows[row.number - 1] = Array.from(cells, (cell) => cell ?? null);
    }
    const filled = Array.from(rows, (row) => row ?? []);
    if (filled.some((row) => row.some((cell) => cell !== null && cell !== ''))) sheets.push({ name: sheet.name, rows: filled });
  }
  if (sheets.length === 0) return { ok: false, failure: { code: 'no-sheet' } };
  return { ok: true, format: 'xlsx', sheets };
}
