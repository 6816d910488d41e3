import type { GuardedWorkbook } from './workbook-guard.ts';
import type { SheetCells, WorkbookCells } from './sheet-cells.ts';
import { readSharedStrings } from './shared-strings-reader.ts';
import { readDateStyles } from './date-styles.ts';
import { readWorksheet } from './worksheet-reader.ts';

/** Reads the cells of every worksheet of a guarded workbook; a string says what in its XML is broken. */
export function readWorkbookCells(guarded: Extract<GuardedWorkbook, { ok: true }>): WorkbookCells | string {
  const { parts, workbook } = guarded;
  const stringsXml = workbook.sharedStrings === null ? undefined : parts.get(workbook.sharedStrings);
  const strings = stringsXml ? readSharedStrings(stringsXml) : [];
  if (typeof strings === 'string') return `"${workbook.sharedStrings}" has ${strings}`;
  const stylesXml = workbook.styles === null ? undefined : parts.get(workbook.styles);
  const dateStyles = stylesXml ? readDateStyles(stylesXml) : new Set<number>();
  if (typeof dateStyles === 'string') return `"${workbook.styles}" has ${dateStyles}`;
  const sheets: SheetCells[] = [];
  for (const { name, state, part } of guarded.sheets) {
    if (part === null) continue;
    const rows = readWorksheet(parts.get(part)!, { strings, dateStyles, date1904: workbook.date1904 });
    if (typeof rows === 'string') return `"${part}" has ${rows}`;
    sheets.push({ name, state, rows });
  }
  return { sheets };
}
