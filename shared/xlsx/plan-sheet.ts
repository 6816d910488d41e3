import type { Language } from '../model/localized-text.ts';
import type { CellStyle } from './cell-style.ts';
import type { SheetDraft } from './sheet-draft.ts';
import type { WorkbookDraft } from './workbook-draft.ts';

/** Header rows: bold, wrapped, on a light blue fill. */
export const headerStyle: CellStyle = { font: { bold: true }, alignment: { vertical: 'middle', wrapText: true }, fill: 'FFDCE6F0' };

/** What the summary marks when the plan is over the self-development limit. */
export const overLimitStyle: Pick<CellStyle, 'font' | 'fill'> = { fill: 'FFF8D0D0', font: { bold: true, color: 'FF9C0006' } };

/** Every sheet reads right to left in Hebrew, left to right in English, with its header rows frozen. */
export function addPlanSheet(workbook: WorkbookDraft, name: string, language: Language, frozenRows: number): SheetDraft {
  return workbook.addSheet(name, { rightToLeft: language === 'he', frozenRows });
}

/** Sheets Tamhil derives from the plan say so on top: what is changed in them is not read back. */
export function addDerivedSheet(workbook: WorkbookDraft, name: string, language: Language, note: string): SheetDraft {
  const sheet = addPlanSheet(workbook, name, language, 2);
  sheet.setCell(1, 1, note, { font: { italic: true, color: 'FF595959' } });
  return sheet;
}
