import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { serviceTotal } from '@shared/budget/service-cost.ts';
import { readTableSource } from '@shared/xlsx/table-source.ts';
import { headerRowOf, servicesFromTable, suggestMapping } from '@shared/xlsx/services-table.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import { writeCsv } from '@shared/xlsx/csv-text.ts';
import { deliveryLabels, goalLabels, horizonLabels, needSourceLabels, operatorLabels, selfDevelopmentBaseLabels, yesNoLabels } from '@shared/model/option-labels.ts';
import { frequencyUnitLabels, serviceKindLabels } from '@shared/budget/option-labels.ts';
import { buildPlan, buildService, withServices } from '../../helpers/plan-builders.ts';
import { windows1255 } from '../../helpers/windows-1255.ts';


describe('importing a services table from another spreadsheet', () => {
  it('reads a windows-1255 CSV, suggests the mapping from Hebrew headers, and keeps the readable rows', async () => {
    const csv = [
      'דוח שירותים 2026',
      'שם השירות,סוג,מספר משתתפים,עלות שנתית,הערות',
      'מועדון חברתי,שירות קבוע,40,"120,000",פעיל',
      'ביקורי בית,פיתוח עצמי,הרבה,50000,',
      'קבוצת זיכרון,משהו,12,6000,',
      ',,,,',
      'הרצאות,המשך,0,9000,',
      'טיולים,Standard,30,45000,=HYPERLINK("http://example.com")',
    ].join('\r\n');
    const source = await readTableSource(windows1255(csv), 'services.csv');
    if (!source.ok) throw new Error(JSON.stringify(source.failure));
    const sheet = source.sheets[0]!;
    const headerRow = headerRowOf(sheet.rows);
    expect(headerRow).toBe(1);
    const mapping = suggestMapping(sheet.rows[headerRow]!);
    expect(mapping).toMatchObject({ name: 0, kind: 1, participants: 2, yearlyCost: 3, notes: 4, unitCost: null });
    const plan = withServices(buildPlan(), buildService({ id: 'svc-1' }));
    const { services, problems } = servicesFromTable(sheet, headerRow, mapping, plan, 'he');
    expect(services.map((service) => [service.id, service.name, service.kind, service.participants])).toEqual([
      ['svc-2', 'מועדון חברתי', 'standard', 40],
      ['svc-3', 'טיולים', 'standard', 30],
    ]);
    expect(services.map((service) => serviceTotal(service) / 100)).toEqual([120_000, 45_000]);
    // Formula-like text from a CSV stays text in the plan; it is never run.
    expect(services[1]!.notes).toBe('=HYPERLINK("http://example.com")');
    expect(services[1]!.formulas).toEqual([]);
    expect(problems.map((problem) => rowProblemMessage(problem, 'he').replace(/[\u2066-\u2069]/g, ''))).toEqual([
      'גיליון "services", שורה 4, עמודה "מספר משתתפים": "הרבה" אינו מספר. השורה לא יובאה.',
      'גיליון "services", שורה 5, עמודה "סוג": "משהו" אינו אחד הערכים המותרים (שירות קבוע, פיתוח עצמי, המשך). השורה לא יובאה.',
      'גיליון "services", שורה 7, עמודה "עלות שנתית": ערך שאינו תקין: עלות שנתית בלי מספר משתתפים: לא ניתן לחשב עלות ליחידה. השורה לא יובאה.',
    ]);
  });

  it('lists the sheets of a workbook and maps English headers', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('ריק');
    const sheet = workbook.addWorksheet('Services');
    sheet.addRow(['Service name', 'Participants', 'Sessions', 'Unit cost', 'Kind']);
    sheet.addRow(['Walking group', 25, 40, { formula: '10+2.5', result: 12.5 }, 'Self-developed']);
    const source = await readTableSource(new Uint8Array(await workbook.xlsx.writeBuffer()), 'book.xlsx');
    if (!source.ok) throw new Error(JSON.stringify(source.failure));
    expect(source.sheets.map((candidate) => candidate.name)).toEqual(['Services']);
    const mapping = suggestMapping(source.sheets[0]!.rows[0]!);
    expect(mapping).toMatchObject({ name: 0, participants: 1, perYear: 2, unitCost: 3, kind: 4 });
    const { services, problems } = servicesFromTable(source.sheets[0]!, 0, mapping, buildPlan(), 'en');
    expect(problems).toEqual([]);
    expect(services[0]).toMatchObject({ name: 'Walking group', kind: 'self-developed', participants: 25, unitCost: 12.5, frequency: { perYear: 40 } });
  });

  it("reads Tamhil's own CSV back without the apostrophe that guarded formula-like text, and keeps a table's units a year", async () => {
    const csv = writeCsv([
      ['שירות', 'מפגשים בשנה', 'משתתפים', 'עלות שנתית', 'הערות'],
      ['=SUM(1)', 40, 10, 8_000, '-לא מתוקצב'],
    ]);
    const source = await readTableSource(new TextEncoder().encode(csv), 'own.csv');
    if (!source.ok) throw new Error(JSON.stringify(source.failure));
    const sheet = source.sheets[0]!;
    const { services, problems } = servicesFromTable(sheet, 0, suggestMapping(sheet.rows[0]!), buildPlan(), 'he');
    expect(problems).toEqual([]);
    expect(services[0]).toMatchObject({ name: '=SUM(1)', notes: '-לא מתוקצב', participants: 10, frequency: { perYear: 40 }, unitCost: 20, formulas: [] });
  });

  it('offers no choice Excel would split in two: option labels hold no comma', () => {
    for (const labels of [goalLabels, horizonLabels, needSourceLabels, deliveryLabels, operatorLabels, selfDevelopmentBaseLabels, yesNoLabels, serviceKindLabels, frequencyUnitLabels]) {
      for (const label of Object.values(labels) as { he: string; en: string }[]) expect(`${label.he} ${label.en}`).not.toContain(',');
    }
  });

  it('refuses what is not a spreadsheet with a reason', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 binary \u0000\u0001\u0002');
    const source = await readTableSource(pdf, 'report.xlsx');
    expect(source).toEqual({ ok: false, failure: { code: 'not-a-zip' } });
  });
});
