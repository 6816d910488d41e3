import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { WorkbookDraft } from '@shared/xlsx/workbook-draft.ts';
import { packWorkbook } from '@shared/xlsx/workbook-package.ts';
import { inspectZip } from '@shared/xlsx/zip-directory.ts';

/** A small workbook through the writer, and exceljs (another program's reader) opening it. */
async function written(fill: (draft: WorkbookDraft) => void): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const draft = new WorkbookDraft();
  fill(draft);
  const bytes = await packWorkbook(draft, 'Tamhil', new Date('2027-01-05T10:20:30Z'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, workbook };
}

describe('the workbook writer', () => {
  it('writes a zip whose every entry has the checksum and sizes its directory declares', async () => {
    const { bytes } = await written((draft) => draft.addSheet('גיליון', { rightToLeft: true, frozenRows: 1 }).addRow(['א'.repeat(100_000), 1]));
    const inspection = inspectZip(bytes);
    expect(inspection.ok && inspection.entries.map((entry) => entry.name)).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml',
    ]);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect((await zip.file('xl/sharedStrings.xml')!.async('string')).length).toBeGreaterThan(100_000);
  });

  it('gives each cell its column’s format under its own style, and keeps views, states, names and formulas', async () => {
    const { workbook } = await written((draft) => {
      const sheet = draft.addSheet('תקציב', { rightToLeft: true, frozenRows: 1 });
      sheet.columns = [{ width: 20 }, { width: 12, style: { numFmt: '#,##0.00 [$₪-40D]' } }];
      sheet.setRow(1, ['שירות', 'עלות'], { font: { bold: true }, fill: 'FFDCE6F0', alignment: { vertical: 'middle', wrapText: true } });
      sheet.addRow(['מועדון', 1250.5]);
      sheet.addRow(['סך הכול', { formula: 'SUM(B2:B2)', result: 1250.5 }]);
      sheet.setCell(4, 1, new Date('2027-03-01T00:00:00Z'), { numFmt: 'yyyy-mm-dd' });
      draft.defineName('TOTAL', "'תקציב'!$B$3");
      draft.addSheet('hidden', { rightToLeft: false, frozenRows: 0, state: 'veryHidden' }).addRow(['x']);
    });
    const sheet = workbook.getWorksheet('תקציב')!;
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(12);
    expect(sheet.getCell('A1').style).toMatchObject({ font: { bold: true }, alignment: { vertical: 'middle', wrapText: true } });
    expect(sheet.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } });
    expect(sheet.getCell('B1').numFmt).toBe('#,##0.00 [$₪-40D]');
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00 [$₪-40D]');
    expect(sheet.getCell('B2').value).toBe(1250.5);
    expect(sheet.getCell('B3').value).toEqual({ formula: 'SUM(B2:B2)', result: 1250.5 });
    expect(sheet.getCell('A4').value).toEqual(new Date('2027-03-01T00:00:00Z'));
    expect(workbook.definedNames.model).toEqual([{ name: 'TOTAL', ranges: ["'תקציב'!$B$3"] }]);
    expect(workbook.getWorksheet('hidden')!.state).toBe('veryHidden');
    expect(workbook.creator).toBe('Tamhil');
  });

  it('writes text as text a cell can hold: control characters and escape-like text come back as they were, spaces at either end kept', async () => {
    const texts = ['bell\u0007 and CR LF\r\n', '_x0041_ is literal', '  רווחים  ', '=HYPERLINK("https://example.com")', 'a < b & c > d "quoted"'];
    const { workbook } = await written((draft) => {
      const sheet = draft.addSheet('טקסט', { rightToLeft: true, frozenRows: 0 });
      for (const text of texts) sheet.addRow([text]);
    });
    const sheet = workbook.getWorksheet('טקסט')!;
    expect(texts.map((_, index) => sheet.getCell(`A${index + 1}`).value)).toEqual(texts);
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
  });
});
