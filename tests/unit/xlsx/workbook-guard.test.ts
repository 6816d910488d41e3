import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { guardWorkbook, maxWorkbookCells, maxWorkbookRows } from '@shared/xlsx/workbook-guard.ts';
import { loadUntrustedWorkbook } from '@shared/xlsx/read-workbook.ts';
import { cellAt, rowAt, sheetNamed, type WorkbookCells } from '@shared/xlsx/sheet-cells.ts';
import type { CellContent } from '@shared/xlsx/cell-content.ts';
import { workbookProblemMessage, type WorkbookProblem, type WorkbookProblemCode } from '@shared/xlsx/workbook-problem.ts';
import { languages } from '@shared/model/localized-text.ts';

const budgetSheet = 'תקציב & עלויות';

/** A small workbook the way Tamhil's export writes one: Hebrew text, numbers, formulas, a shared formula. */
async function plainWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const budget = workbook.addWorksheet(budgetSheet);
  budget.getCell('A1').value = 'שירות';
  budget.getCell('B1').value = 1234.5;
  budget.getCell('C1').value = { formula: 'B1*2', result: 2469 };
  budget.getCell('A2').value = 'מועדון חברתי';
  budget.getCell('B2').value = { formula: 'B1+1', result: 1235.5 };
  budget.getCell('A3').value = 'מועדון חברתי';
  budget.fillFormula('D1:D3', 'B1*3', [3703.5, 3706.5, 0]);
  workbook.addWorksheet('הערות').getCell('B5').value = 'לבדוק';
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Edits parts of a zip as text and writes it again; `null` deletes a part. */
async function editParts(
  bytes: Uint8Array,
  edits: Record<string, ((xml: string) => string) | string | Uint8Array | null>,
  compression: 'STORE' | 'DEFLATE' = 'DEFLATE',
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) zip.remove(name);
    else zip.file(name, typeof edit === 'function' ? edit(await zip.file(name)!.async('string')) : edit);
  }
  return zip.generateAsync({ type: 'uint8array', compression });
}

async function partText(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string');
}

async function guardedOrFail(bytes: Uint8Array) {
  const guarded = await guardWorkbook(bytes);
  if (!guarded.ok) throw new Error(`refused: ${JSON.stringify(guarded.problem)}`);
  return guarded;
}

/** The guard and then the reader, as every import reads a workbook. */
async function load(bytes: Uint8Array): Promise<WorkbookCells> {
  const loaded = await loadUntrustedWorkbook(bytes);
  if (!loaded.ok) throw new Error(`refused: ${JSON.stringify(loaded.failure)}`);
  return loaded.workbook;
}

/** One cell of a loaded workbook, by sheet name and A1 address. */
function cell(workbook: WorkbookCells, sheet: string, address: string): CellContent {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...letters!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return cellAt(rowAt(sheetNamed(workbook, { he: sheet, en: sheet })!, Number(digits)), column);
}

/** Sets an entry's declared uncompressed size in both its central and its local header. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < patched.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (!wanted.every((value, index) => patched[at + 46 + index] === value)) continue;
    view.setUint32(at + 24, size, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
    return patched;
  }
  throw new Error(`no entry ${name}`);
}

const sheetXml = (sheetData: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

describe('guardWorkbook', () => {
  it('lets an ordinary workbook through, its values, formulas and shared strings read back intact', async () => {
    const guarded = await guardedOrFail(await plainWorkbook());
    expect(guarded.sheets).toEqual([
      { name: budgetSheet, state: 'visible', part: 'xl/worksheets/sheet1.xml', cells: 9, lastRow: 3, lastColumn: 4 },
      { name: 'הערות', state: 'visible', part: 'xl/worksheets/sheet2.xml', cells: 1, lastRow: 5, lastColumn: 2 },
    ]);
    const workbook = await load(await plainWorkbook());
    expect(cell(workbook, budgetSheet, 'A1')).toEqual({ value: 'שירות', formula: null });
    expect(cell(workbook, budgetSheet, 'A3')).toEqual({ value: 'מועדון חברתי', formula: null });
    expect(cell(workbook, budgetSheet, 'B1')).toEqual({ value: 1234.5, formula: null });
    expect(cell(workbook, budgetSheet, 'C1')).toEqual({ value: 2469, formula: 'B1*2' });
    expect(cell(workbook, budgetSheet, 'B2')).toEqual({ value: 1235.5, formula: 'B1+1' });
    // A shared formula (Excel's fill-down), moved to the cell it fills.
    expect(cell(workbook, budgetSheet, 'D2')).toEqual({ value: 3706.5, formula: 'B2*3' });
    expect(cell(workbook, 'הערות', 'B5')).toEqual({ value: 'לבדוק', formula: null });
  });

  it('reads sheet names with character references, and does not stumble on one past Unicode', async () => {
    const renamed = await editParts(await plainWorkbook(), {
      'xl/workbook.xml': (xml) => xml.replace('name="הערות"', 'name="&#1492;&#x05E2;רות &#99999999;"'),
    });
    const guarded = await guardedOrFail(renamed);
    expect(guarded.sheets[1]!.name).toBe('הערות &#99999999;');
  });

  it('inflates only the parts cells are read from: a picture that cannot be inflated is never touched', async () => {
    const zip = await JSZip.loadAsync(await plainWorkbook());
    zip.file('xl/media/image1.png', Uint8Array.from({ length: 4_000 }, (_, index) => (index * 2_654_435_761) >>> 24));
    const corrupt = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const guarded = await guardedOrFail(declareSize(corrupt, 'xl/media/image1.png', 1_000_000));
    expect([...guarded.parts.keys()].sort()).toEqual(['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  });

  it('reads a range bomb — whole-sheet merge, validation, formatting, columns and defined names — at once, expanding no range', async () => {
    const whole = 'A1:XFD1048576';
    const bomb = await editParts(await plainWorkbook(), {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          .replace(/<dimension [^>]*\/>/, `<dimension ref="${whole}"/>`)
          .replace('<sheetData>', '<cols><col min="1" max="200000000" width="12" customWidth="1"/></cols><sheetData>')
          .replace(
            '</sheetData>',
            `</sheetData><mergeCells count="1"><mergeCell ref="${whole}"/></mergeCells>` +
              `<conditionalFormatting sqref="${whole}"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>` +
              `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="${whole}"><formula1>0</formula1><formula2>9</formula2></dataValidation></dataValidations>`,
          )
          .replace(
            '</worksheet>',
            '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
              '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>הערות!$A$1:$A$3</xm:f></x14:formula1>' +
              `<xm:sqref>${whole}</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`,
          ),
      'xl/workbook.xml': (xml) =>
        xml.replace(
          '</sheets>',
          `</sheets><definedNames><definedName name="columns">'${budgetSheet.replace('&', '&amp;')}'!$A:$XFD</definedName>` +
            `<definedName name="everything">'${budgetSheet.replace('&', '&amp;')}'!$A$1:$XFD$1048576</definedName></definedNames>`,
        ),
    });
    const sheetBefore = await partText(bomb, 'xl/worksheets/sheet1.xml');
    expect(sheetBefore).toContain(`<mergeCell ref="${whole}"/>`);
    expect(sheetBefore).toContain(`sqref="${whole}"`);

    const workbook = await load(bomb);
    expect(cell(workbook, budgetSheet, 'A1').value).toBe('שירות');
    expect(cell(workbook, budgetSheet, 'B1').value).toBe(1234.5);
    expect(cell(workbook, budgetSheet, 'C1').formula).toBe('B1*2');
    expect(cell(workbook, budgetSheet, 'A2').value).toBe('מועדון חברתי');
    // Only rows that hold cells: nothing of the ranges became rows or cells.
    expect(sheetNamed(workbook, { he: budgetSheet, en: budgetSheet })!.rows.map((row) => [row.number, row.cells.length])).toEqual([[1, 4], [2, 4], [3, 4]]);
  });

  it('refuses a zip bomb before inflating it: 8 MB of zeros in a few kilobytes', async () => {
    const bomb = await editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', ' '.repeat(8 * 1024 * 1024)) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const started = performance.now();
    const guarded = await guardWorkbook(bomb);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(guarded).toMatchObject({ ok: false, problem: { code: 'compression-ratio', entry: 'xl/worksheets/sheet1.xml' } });
  });

  it('judges by the directory before inflating: a sheet declaring 150 MB is refused by its ratio, not found short', async () => {
    // Had the guard inflated the sheet, it would have found it far shorter than declared and called it damaged.
    const lying = declareSize(await plainWorkbook(), 'xl/worksheets/sheet1.xml', 150 * 1024 * 1024);
    expect(await guardWorkbook(lying)).toMatchObject({ ok: false, problem: { code: 'compression-ratio', entry: 'xl/worksheets/sheet1.xml' } });
  });

  it('stops inflating a part at its declared size: a directory that says 1 KB for 5 MB is refused at the first chunk', async () => {
    const zip = await editParts(await plainWorkbook(), { 'xl/worksheets/sheet2.xml': sheetXml('', ' '.repeat(5 * 1024 * 1024)) });
    const lying = declareSize(zip, 'xl/worksheets/sheet2.xml', 1_000);
    expect(await guardWorkbook(lying)).toMatchObject({ ok: false, problem: { code: 'damaged', detail: expect.stringContaining('more than the 1000 bytes it declares') } });
  });

  it('refuses a part that inflates to less than it declares', async () => {
    const noise = Uint8Array.from({ length: 100_000 }, (_, index) => (index * 2_654_435_761) >>> 24);
    const zip = await JSZip.loadAsync(await plainWorkbook());
    zip.file('xl/worksheets/sheet2.xml', noise);
    const lying = declareSize(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'xl/worksheets/sheet2.xml', 150_000);
    expect(await guardWorkbook(lying)).toMatchObject({ ok: false, problem: { code: 'damaged', detail: expect.stringContaining('fewer bytes') } });
  });

  it('calls a password-protected workbook encrypted and an Excel 97–2003 file old-format, from the compound-file header', async () => {
    const compoundFile = (...streams: string[]) => {
      const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];
      const names = streams.flatMap((name) => [...Buffer.from(name, 'utf16le'), 0, 0, ...new Array<number>(64).fill(0)]);
      return Uint8Array.from([...header, ...names]);
    };
    expect(await guardWorkbook(compoundFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage'))).toEqual({ ok: false, problem: { code: 'encrypted' } });
    expect(await guardWorkbook(compoundFile('Root Entry', 'Workbook', 'SummaryInformation'))).toEqual({ ok: false, problem: { code: 'old-format' } });
  });

  it('calls random bytes, a PDF and a CSV not a zip', async () => {
    const random = Uint8Array.from({ length: 10_000 }, (_, index) => (index * 48_271) % 256);
    for (const bytes of [random, new TextEncoder().encode('%PDF-1.7\n...'), new TextEncoder().encode('שם,עלות\nמועדון,100\n'), new Uint8Array(0)]) {
      expect(await guardWorkbook(bytes)).toEqual({ ok: false, problem: { code: 'not-a-zip' } });
    }
  });

  it('finds no sheet in an empty zip, a zip without xl/workbook.xml, or a workbook that lists none', async () => {
    const empty = await new JSZip().generateAsync({ type: 'uint8array' });
    const other = new JSZip();
    other.file('readme.txt', 'שלום');
    const noSheets = await editParts(await plainWorkbook(), { 'xl/workbook.xml': (xml) => xml.replace(/<sheets>.*<\/sheets>/, '<sheets/>') });
    const missingPart = await editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': null, 'xl/worksheets/sheet2.xml': null });
    for (const bytes of [empty, await other.generateAsync({ type: 'uint8array' }), noSheets, missingPart]) {
      expect(await guardWorkbook(bytes)).toEqual({ ok: false, problem: { code: 'no-sheet' } });
    }
  });

  it(`refuses more than ${maxWorkbookCells.toLocaleString('en')} cells and names the sheet that holds them`, async () => {
    const crowded = await editParts(
      await plainWorkbook(),
      // Bytes, not a string: jszip's own UTF-8 encoder would spend seconds on it.
      { 'xl/worksheets/sheet1.xml': new TextEncoder().encode(sheetXml(`<row r="1">${'<c/>'.repeat(maxWorkbookCells)}</row>`)) },
      'STORE',
    );
    expect(await guardWorkbook(crowded)).toEqual({
      ok: false,
      problem: { code: 'too-many-cells', sheet: budgetSheet, cells: maxWorkbookCells + 1, limit: maxWorkbookCells },
    });
  });

  it('refuses more rows than one Excel sheet can hold, empty rows counted too', async () => {
    // The second sheet has one row of its own.
    const withRows = async (count: number) =>
      editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': new TextEncoder().encode(sheetXml('<row/>'.repeat(count))) }, 'STORE');
    expect((await guardWorkbook(await withRows(maxWorkbookRows - 1))).ok).toBe(true);
    expect(await guardWorkbook(await withRows(maxWorkbookRows))).toEqual({ ok: false, problem: { code: 'too-many-rows', limit: maxWorkbookRows } });
  });

  it('applies a lower cell limit passed by the caller, counting every sheet', async () => {
    const workbook = await plainWorkbook();
    expect(await guardWorkbook(workbook, { maxCells: 9 })).toMatchObject({ ok: false, problem: { code: 'too-many-cells', cells: 10, limit: 9 } });
    expect((await guardWorkbook(workbook, { maxCells: 10 })).ok).toBe(true);
  });

  it('refuses a shared-strings table larger than the limit', async () => {
    expect(await guardWorkbook(await plainWorkbook(), { maxStrings: 2 })).toMatchObject({ ok: false, problem: { code: 'too-many-strings', strings: 3 } });
  });

  it('places cells without a reference after the previous one, as Excel does, when finding the last row and column', async () => {
    const sheet = sheetXml('<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row r="10"><c r="AA10"><v>4</v></c></row>');
    const guarded = await guardedOrFail(await editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': sheet }));
    expect(guarded.sheets[0]).toMatchObject({ cells: 4, lastRow: 10, lastColumn: 27 });
  });

  it('reads markup as a parser does: tags inside comments and CDATA are text, and quoted > does not end a tag', async () => {
    const sheet = sheetXml(
      '<!-- <c r="Z1"/> --><row r="1"><c r="A1" t="inlineStr" note="a>b"><is><t><![CDATA[<c r="Z99"/></mergeCells>]]></t></is></c></row>',
      '<!-- <mergeCells> --><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    const bytes = await editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': sheet });
    expect((await guardedOrFail(bytes)).sheets[0]).toMatchObject({ cells: 1, lastRow: 1, lastColumn: 1 });
    const workbook = await load(bytes);
    expect(cell(workbook, budgetSheet, 'A1').value).toBe('<c r="Z99"/></mergeCells>');
    expect(sheetNamed(workbook, { he: budgetSheet, en: budgetSheet })!.rows).toHaveLength(1);
  });

  it('reads cells past nested extension lists and prefixed elements, which it never looks into', async () => {
    const sheet = sheetXml(
      '<row r="1"><c r="A1"><v>7</v></c></row>',
      '<x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:mergeCell ref="A1:XFD1048576"/></x:mergeCells>' +
        '<extLst><ext uri="a"><inner><extLst><ext uri="b"/></extLst></inner><x14:dataValidations xmlns:x14="urn:x14"/></ext></extLst>',
    );
    const workbook = await load(await editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': sheet }));
    expect(cell(workbook, budgetSheet, 'A1').value).toBe(7);
  });

  it('refuses a document type declaration, which could define entities that expand without bound', async () => {
    const sheet = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet');
    expect(await guardWorkbook(await editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': sheet }))).toMatchObject({
      ok: false,
      problem: { code: 'damaged', detail: expect.stringContaining('document type declaration') },
    });
  });

  it('refuses a sheet whose XML is cut off, an element left open', async () => {
    const sheet = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:B2"/>').replace('</worksheet>', '');
    expect(await guardWorkbook(await editParts(await plainWorkbook(), { 'xl/worksheets/sheet1.xml': sheet }))).toMatchObject({
      ok: false,
      problem: { code: 'damaged', detail: expect.stringContaining('never closed') },
    });
  });

  it('refuses a UTF-16 sheet, which a byte scan for markup could not read', async () => {
    const sheet = Buffer.from(`\uFEFF${sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')}`, 'utf16le');
    const zip = await JSZip.loadAsync(await plainWorkbook());
    zip.file('xl/worksheets/sheet1.xml', sheet);
    expect(await guardWorkbook(await zip.generateAsync({ type: 'uint8array' }))).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('reads only the sheets the workbook lists: a part no sheet points to is neither inflated nor counted', async () => {
    const stray = sheetXml(`<row r="1">${'<c><v>1</v></c>'.repeat(20)}</row>`);
    const guarded = await guardWorkbook(await editParts(await plainWorkbook(), { 'xl/worksheets/sheet9.xml': stray }), { maxCells: 10 });
    expect(guarded.ok && guarded.parts.has('xl/worksheets/sheet9.xml')).toBe(false);
  });
});

describe('workbookProblemMessage', () => {
  const examples: Record<WorkbookProblemCode, WorkbookProblem> = {
    'not-a-zip': { code: 'not-a-zip' },
    encrypted: { code: 'encrypted' },
    'old-format': { code: 'old-format' },
    'too-large': { code: 'too-large', size: 300 * 1024 * 1024, limit: 200 * 1024 * 1024 },
    'too-many-entries': { code: 'too-many-entries', count: 5_000, limit: 2_000 },
    'compression-ratio': { code: 'compression-ratio', entry: 'xl/worksheets/sheet1.xml', ratio: 1023.7, limit: 200 },
    'too-many-cells': { code: 'too-many-cells', sheet: budgetSheet, cells: 2_500_000, limit: 2_000_000 },
    'too-many-strings': { code: 'too-many-strings', strings: 2_500_000, limit: 2_000_000 },
    damaged: { code: 'damaged', detail: 'no end record' },
    'no-sheet': { code: 'no-sheet' },
    'unreadable-text': { code: 'unreadable-text' },
    'too-many-rows': { code: 'too-many-rows', limit: 200_000 },
    'field-too-long': { code: 'field-too-long', row: 12, limit: 100_000 },
    'unclosed-quote': { code: 'unclosed-quote', row: 3 },
  };

  it.each(Object.values(examples))('explains $code in Hebrew and in English', (problem) => {
    const hebrew = workbookProblemMessage(problem, 'he');
    const english = workbookProblemMessage(problem, 'en');
    expect(hebrew).toMatch(/[\u05d0-\u05ea]{3}/);
    expect(english.replace(budgetSheet, '')).not.toMatch(/[\u05d0-\u05ea]/);
    expect(english).toMatch(/^[A-Z].*\.$/s);
    expect(hebrew).not.toBe(english);
  });

  it('writes the numbers with grouping and names the sheet and the part', () => {
    for (const language of languages) {
      expect(workbookProblemMessage(examples['too-many-cells'], language)).toContain('2,500,000');
      expect(workbookProblemMessage(examples['too-many-cells'], language)).toContain(budgetSheet);
      expect(workbookProblemMessage(examples['compression-ratio'], language)).toContain('1,024');
      expect(workbookProblemMessage(examples['too-large'], language)).toContain('300 MB');
      expect(workbookProblemMessage(examples.damaged, language)).toContain('no end record');
    }
  });

  it('tells the user what to do about a password', () => {
    expect(workbookProblemMessage({ code: 'encrypted' }, 'he')).toContain('בלי סיסמה');
    expect(workbookProblemMessage({ code: 'encrypted' }, 'en')).toContain('without one');
  });
});
