import { decodeCsvBytes, parseCsv } from './csv-text.ts';
import { cellContent, isoDate } from './cell-content.ts';
import { loadUntrustedWorkbook } from './read-workbook.ts';
import type { WorkbookProblem } from './workbook-problem.ts';

export type TableCell = string | number | null;
export type SourceSheet = { name: string; rows: TableCell[][] };
export type TableSource = { ok: true; sheets: SourceSheet[]; format: 'xlsx' | 'csv' } | { ok: false; failure: WorkbookProblem };

/** More rows than a plan can hold services is never a services table to take in whole. */
export const maximumSourceRows = 20_000;

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
  for (const sheet of loaded.workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const rows: TableCell[][] = [];
    const last = Math.min(sheet.rowCount, maximumSourceRows);
    for (let rowNumber = 1; rowNumber <= last; rowNumber++) {
      const row = sheet.getRow(rowNumber);
      const cells: TableCell[] = [];
      for (let column = 1; column <= row.cellCount; column++) {
        const { value } = cellContent(row.getCell(column));
        cells.push(value instanceof Date ? isoDate(value) : typeof value === 'boolean' ? String(value) : value);
      }
      rows.push(cells);
    }
    if (rows.some((row) => row.some((cell) => cell !== null && cell !== ''))) sheets.push({ name: sheet.name, rows });
  }
  if (sheets.length === 0) return { ok: false, failure: { code: 'no-sheet' } };
  return { ok: true, format: 'xlsx', sheets };
}
