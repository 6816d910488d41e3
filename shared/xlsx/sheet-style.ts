import type { DataValidation, Worksheet, Workbook } from 'exceljs';

/** Every sheet reads right to left in Hebrew, left to right in English, with its header row frozen. */
export function addPlanSheet(workbook: Workbook, name: string, rightToLeft: boolean, frozenRows: number): Worksheet {
  return workbook.addWorksheet(name, {
    views: [{ rightToLeft, state: 'frozen', ySplit: frozenRows, xSplit: 0, activeCell: `A${frozenRows + 1}` }],
  });
}

export const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } } as const;
export const overLimitFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D0D0' } } as const;

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

/** Sheets Tamhil derives from the plan say so on top: what is changed in them is not read back. */
export function addDerivedSheet(workbook: Workbook, name: string, rightToLeft: boolean, note: string): Worksheet {
  const sheet = addPlanSheet(workbook, name, rightToLeft, 2);
  sheet.getCell('A1').value = note;
  sheet.getCell('A1').font = { italic: true, color: { argb: 'FF595959' } };
  return sheet;
}

type RangeValidations = { dataValidations: { add(range: string, validation: DataValidation): void } };

/** One validation for a whole range (exceljs supports it, its types only know per-cell validations). */
export function addRangeValidation(sheet: Worksheet, range: string, validation: DataValidation): void {
  (sheet as Worksheet & RangeValidations).dataValidations.add(range, validation);
}
