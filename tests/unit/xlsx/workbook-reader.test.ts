import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadUntrustedWorkbook } from '@shared/xlsx/read-workbook.ts';
import { cellAt, filledCells, rowAt, type SheetCells } from '@shared/xlsx/sheet-cells.ts';
import { isDateFormat } from '@shared/xlsx/date-styles.ts';

/*
 * The cell reader against XML as Excel and LibreOffice write it, beyond what Tamhil's own export
 * holds: shared formulas, dates known only by their style, every cell type, rich and phonetic
 * text, escapes, cells and rows without a reference, prefixed elements.
 */

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

type Parts = { sheet: string; strings?: string[]; styles?: string; date1904?: boolean };

async function workbookOf({ sheet, strings = [], styles, date1904 = false }: Parts): Promise<SheetCells> {
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${main}" xmlns:r="${relationships}">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="גיליון" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="/xl/sharedStrings.xml"/>` +
      `<Relationship Id="rId3" Type="${relationships}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${main}"><sheetData>${sheet}</sheetData></worksheet>`);
  zip.file('xl/sharedStrings.xml', `<sst xmlns="${main}">${strings.join('')}</sst>`);
  zip.file('xl/styles.xml', styles ?? `<styleSheet xmlns="${main}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`);
  const loaded = await loadUntrustedWorkbook(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.failure));
  return loaded.workbook.sheets[0]!;
}

const at = (sheet: SheetCells, row: number, column: number) => cellAt(rowAt(sheet, row), column);

describe('reading a worksheet', () => {
  it('moves a shared formula to each cell it fills, as Excel does, leaving $ parts and texts in quotes alone', async () => {
    const sheet = await workbookOf({
      sheet:
        '<row r="2"><c r="C2"><f t="shared" ref="C2:D3" si="0">A2*$B$1+SUM(A2:B2)&amp;"A2"</f><v>1</v></c><c r="D2"><f t="shared" si="0"/><v>2</v></c></row>' +
        '<row r="3"><c r="C3"><f t="shared" si="0"/><v>3</v></c><c r="D3"><f t="shared" si="0"/></c></row>',
    });
    expect(at(sheet, 2, 3)).toEqual({ value: 1, formula: 'A2*$B$1+SUM(A2:B2)&"A2"' });
    expect(at(sheet, 2, 4)).toEqual({ value: 2, formula: 'B2*$B$1+SUM(B2:C2)&"A2"' });
    expect(at(sheet, 3, 3)).toEqual({ value: 3, formula: 'A3*$B$1+SUM(A3:B3)&"A2"' });
    expect(at(sheet, 3, 4)).toEqual({ value: null, formula: 'B3*$B$1+SUM(B3:C3)&"A2"' });
  });

  it('reads every cell type: shared and inline strings, booleans, errors, formula texts and ISO dates', async () => {
    const sheet = await workbookOf({
      strings: ['<si><t>שלום</t></si>', '<si><r><rPr><b/></rPr><t>מודגש</t></r><r><t xml:space="preserve"> ורגיל</t></r><rPh sb="0" eb="1"><t>הגייה</t></rPh></si>'],
      sheet:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>בשורה</t></is></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="str"><f>IF(1,"כן","לא")</f><v>כן</v></c>' +
        '<c r="G1" t="d"><v>2027-03-01T00:00:00Z</v></c><c r="H1"><v></v></c><c r="I1" t="s"><v>7</v></c></row>',
    });
    expect(filledCells(rowAt(sheet, 1)).map(([column, cell]) => [column, cell.value])).toEqual([
      [1, 'שלום'],
      [2, 'מודגש ורגיל'],
      [3, 'בשורה'],
      [4, true],
      [6, 'כן'],
      [7, new Date('2027-03-01T00:00:00Z')],
    ]);
    expect(at(sheet, 1, 6).formula).toBe('IF(1,"כן","לא")');
  });

  it('takes a number for a date when its style shows a date, in the 1900 and the 1904 date systems', async () => {
    const styles =
      `<styleSheet xmlns="${main}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00 [$₪-40D]"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>` +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>';
    const sheet = '<row r="1"><c r="A1"><v>46447</v></c><c r="B1" s="1"><v>46447</v></c><c r="C1" s="2"><v>46447.5</v></c><c r="D1" s="3"><v>46447</v></c><c r="E1" s="4"><v>46447</v></c></row>';
    const read = await workbookOf({ sheet, styles });
    expect(filledCells(rowAt(read, 1)).map(([, cell]) => cell.value)).toEqual([46447, new Date('2027-03-01T00:00:00Z'), new Date('2027-03-01T12:00:00Z'), 46447, 46447]);
    expect(at(await workbookOf({ sheet, styles, date1904: true }), 1, 2).value).toEqual(new Date('2031-03-02T00:00:00Z'));
  });

  it('gives back what escapes and references stand for, and reads line ends as a parser does', async () => {
    const sheet = await workbookOf({
      strings: ['<si><t>שורה_x000D_\r\nשנייה _x005F_x0041_ _x0007_</t></si>'],
      sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&amp; &lt;&#1488;&#x5D1;&gt;</t></is></c></row>',
    });
    expect(at(sheet, 1, 1).value).toBe('שורה\r\nשנייה _x0041_ \u0007');
    expect(at(sheet, 1, 2).value).toBe('& <אב>');
  });

  it('places a cell without a reference after the previous one and a row without a number below the previous one, prefixed or not', async () => {
    const sheet = await workbookOf({
      sheet: '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row><x:row xmlns:x="urn:x"><x:c><x:v>3</x:v></x:c></x:row><row r="9"><c r="AA9"><v>4</v></c></row>',
    });
    expect(sheet.rows.map((row) => [row.number, filledCells(row).map(([column, cell]) => [column, cell.value])])).toEqual([
      [3, [[2, 1], [3, 2]]],
      [4, [[1, 3]]],
      [9, [[27, 4]]],
    ]);
  });
});

describe('isDateFormat', () => {
  it('sees a date in day, month, year and time codes, not in quoted text, colours or currencies', () => {
    for (const code of ['yyyy-mm-dd', 'd.m.yy', 'h:mm', 'mmm yyyy', '[$-40D]dd/mm/yyyy']) expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ['General', '#,##0.00 [$₪-40D]', '0.00%', '"days"0', '[Red]#,##0', '@']) expect([code, isDateFormat(code)]).toEqual([code, false]);
  });
});
