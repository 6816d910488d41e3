import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { libreOfficeAvailable, readCellValues, recalculateWithLibreOffice } from '../support/libreoffice.ts';

const services = 'שירותים ותקציב';
const parameters = 'פרמטרים';
const summary = 'סיכום';

/** LibreOffice starts in about two seconds here; a busy CI machine running workers in parallel may take far longer. */
const libreOfficeTimeout = 120_000;
const withLibreOffice = it.skipIf(!libreOfficeAvailable());

/** A workbook shaped like Tamhil's export: live formulas, most of them with no cached result. */
async function plannerWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const rows = workbook.addWorksheet(services, { views: [{ rightToLeft: true }] });
  rows.addRow(['שירות', 'סוג', 'יחידות', 'עלות ליחידה', 'חודשים', 'סה"כ']);
  rows.addRow(['מועדון חברתי', 'מועדונים', 3, 1250.5, 12, { formula: 'ROUND(C2*D2*E2,2)' }]);
  // A stale cached result: the total below must use 23526, not 1.
  rows.addRow(['מרכז יום', 'מרכזי יום', 2, 980.25, 12, { formula: 'ROUND(C3*D3*E3,2)', result: 1 }]);
  rows.addRow(['מועדון מופת', 'מועדונים', 1, 333.333, 7, { formula: 'ROUND(C4*D4*E4,2)' }]);

  const settings = workbook.addWorksheet(parameters, { views: [{ rightToLeft: true }] });
  settings.addRow(['חלק המשרד', 0.75]);
  workbook.definedNames.add(`'${parameters}'!$B$1`, 'MINISTRY_SHARE');

  const totals = workbook.addWorksheet(summary, { views: [{ rightToLeft: true }] });
  const lines: [string, ExcelJS.CellFormulaValue][] = [
    ['סה"כ תקציב', { formula: `SUM('${services}'!F2:F4)` }],
    ['מועדונים', { formula: `SUMIF('${services}'!B2:B4,"מועדונים",'${services}'!F2:F4)` }],
    ['חלק המשרד', { formula: 'ROUND(B1*MINISTRY_SHARE,2)' }],
    ['מצב התקציב', { formula: 'IF(B1>70000,"חורג","תקין")' }],
    ['מצב המועדונים', { formula: 'IF(B2>70000,"חורג","תקין")' }],
    ['עיגול חיובי', { formula: 'ROUND(2.675,2)' }],
    ['עיגול שלילי', { formula: 'ROUND(-2.675,2)' }],
    ['עיגול 1.005', { formula: 'ROUND(1.005,2)' }],
    ['כפול', { formula: 'B1*2', result: 999 }],
    ['חלוקה באפס', { formula: 'B1/0' }],
    ['גדול מהמועדונים', { formula: 'B1>B2' }],
    ['ריק', { formula: 'IF(B1>0,"","לא ריק")' }],
  ];
  for (const line of lines) totals.addRow(line);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function sheet(values: Map<string, Map<string, unknown>>, name: string): Map<string, unknown> {
  const found = values.get(name);
  if (found === undefined) throw new Error(`no sheet '${name}' among ${[...values.keys()].join(', ')}`);
  return found;
}

describe('recalculateWithLibreOffice', () => {
  it('starts from a workbook with stale cached results and formulas without any', async () => {
    const stored = await readCellValues(await plannerWorkbook());
    expect(sheet(stored, services).get('F3')).toBe(1);
    expect(sheet(stored, services).has('F2')).toBe(false);
    expect(sheet(stored, summary).get('B9')).toBe(999);
    expect(sheet(stored, summary).has('B1')).toBe(false);
  });

  withLibreOffice(
    'recalculates every formula of a Hebrew workbook, whatever results it cached',
    async () => {
      const computed = await recalculateWithLibreOffice(await plannerWorkbook());
      expect([...computed.keys()]).toEqual([services, parameters, summary]);

      const rows = sheet(computed, services);
      expect(rows.get('A2')).toBe('מועדון חברתי');
      expect(rows.get('F2')).toBe(45018);
      expect(rows.get('F3')).toBe(23526);
      expect(rows.get('F4')).toBe(2333.33);

      const totals = sheet(computed, summary);
      expect(totals.get('A1')).toBe('סה"כ תקציב');
      expect(totals.get('B1')).toBe(70877.33);
      expect(totals.get('B2')).toBe(47351.33);
      // 70877.33 × 0.75 = 53157.9975, rounded half away from zero.
      expect(totals.get('B3')).toBe(53158);
      expect(totals.get('B4')).toBe('חורג');
      expect(totals.get('B5')).toBe('תקין');
      // As Excel does, though the doubles nearest 2.675 and 1.005 lie just below them
      // (in JavaScript Math.round(2.675 * 100) / 100 is 2.67).
      expect(totals.get('B6')).toBe(2.68);
      expect(totals.get('B7')).toBe(-2.68);
      expect(totals.get('B8')).toBe(1.01);
      expect(totals.get('B9')).toBe(141754.66);
      expect(totals.get('B10')).toBe('#DIV/0!');
      expect(totals.get('B11')).toBe(true);
      expect(totals.get('B12')).toBe('');
    },
    libreOfficeTimeout,
  );

  withLibreOffice(
    'gives every call a profile of its own, so calls can run in parallel',
    async () => {
      const workbooks = await Promise.all(
        [1, 2, 3].map(async (number) => {
          const workbook = new ExcelJS.Workbook();
          const cells = workbook.addWorksheet(`גיליון ${number}`);
          cells.getCell('A1').value = number;
          cells.getCell('B1').value = { formula: 'A1*10', result: -1 };
          return new Uint8Array(await workbook.xlsx.writeBuffer());
        }),
      );
      const computed = await Promise.all(workbooks.map((workbook) => recalculateWithLibreOffice(workbook)));
      expect(computed.map((values) => [...values.entries()].map(([name, cells]) => [name, cells.get('B1')]))).toEqual([
        [['גיליון 1', 10]],
        [['גיליון 2', 20]],
        [['גיליון 3', 30]],
      ]);
    },
    libreOfficeTimeout,
  );

  withLibreOffice(
    'stops LibreOffice and fails when it takes longer than allowed',
    async () => {
      await expect(recalculateWithLibreOffice(await plannerWorkbook(), { timeoutMs: 100 })).rejects.toThrow(
        /did not finish within 100 ms/,
      );
    },
    libreOfficeTimeout,
  );
});
