import type { Worksheet, Workbook } from 'exceljs';

/*
 * The plan sheets' look for workbooks written with exceljs (the cluster comparison); the
 * planning workbook has its own writer (plan-sheet.ts), with the same header style.
 */

/** Every sheet reads right to left in Hebrew, left to right in English, with its header row frozen. */
export function addPlanSheet(workbook: Workbook, name: string, rightToLeft: boolean, frozenRows: number): Worksheet {
  return workbook.addWorksheet(name, {
    views: [{ rightToLeft, state: 'frozen', ySplit: frozenRows, xSplit: 0, activeCell: `A${frozenRows + 1}` }],
  });
}

const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } } as const;

export function styleHeaderRow(sheet: Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = headerFill;
  });
}

/**
 * Hebrew letters are wider than Latin ones in Excel's default font; a column fits its longest
 * text up to a cap, so notes do not push the table off screen.
 */
export function fittedWidth(texts: Iterable<string>, minimum: number, maximum: number): number {
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, ...text.split('\n').map((line) => line.length));
  return Math.min(maximum, Math.max(minimum, Math.ceil(longest * 1.15) + 2));
}
