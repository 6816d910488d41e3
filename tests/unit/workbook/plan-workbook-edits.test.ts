import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { importPlanWorkbook } from '@shared/xlsx/read-workbook.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

const sample = () => evaluatePlan(samplePlan(validSampleName)).plan;

/** Edits an exported workbook the way a team would in Excel, then imports it against the original plan. */
async function editAndImport(plan: Plan, edit: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportPlanWorkbook(plan, { language: 'he' })) as unknown as ArrayBuffer);
  edit(workbook);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const result = await importPlanWorkbook(bytes, { openPlan: plan, language: 'he', newPlanId: () => 'new' });
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result;
}

/** Excel moves a row's own references with it; these formulas refer only to their own row. */
function rowContent(sheet: ExcelJS.Worksheet, from: number, to: number): ExcelJS.CellValue[] {
  const values: ExcelJS.CellValue[] = [];
  sheet.getRow(from).eachCell({ includeEmpty: true }, (cell, column) => {
    const value = cell.value;
    values[column] =
      value && typeof value === 'object' && 'formula' in value
        ? { formula: String(value.formula).replace(/([A-Z]+)\d+/g, `$1${to}`) }
        : value;
  });
  return values;
}

function moveRowLikeExcel(sheet: ExcelJS.Worksheet, from: number, to: number) {
  const moved = rowContent(sheet, from, to);
  sheet.getRow(to).values = moved;
}

describe('a workbook edited in Excel comes back as a plan', () => {
  it('takes changed values and formulas, deleted, reordered and added rows, and changed details', async () => {
    const plan = sample();
    const [first, second, third] = plan.services;
    const result = await editAndImport(plan, (workbook) => {
      const services = workbook.getWorksheet('שירותים ותקציב')!;
      services.getCell('D2').value = 99; // participants of the first service
      services.getCell('G3').value = { formula: 'D3*2' } as ExcelJS.CellFormulaValue; // unit cost as a formula
      // Delete the third service (row 4), as Excel does: the rows below move up with their formulas.
      const last = services.rowCount;
      for (let row = 4; row < last; row++) services.getRow(row).values = rowContent(services, row + 1, row);
      services.spliceRows(last, 1);
      // Swap the first two services.
      const firstRow = rowContent(services, 2, 3);
      moveRowLikeExcel(services, 3, 2);
      services.getRow(3).values = firstRow;
      // A new service typed at the end, without an id.
      const added = services.rowCount + 1;
      services.getRow(added).values = [, 'חוג התעמלות בפארק', 'פיתוח עצמי', '8431', 20, 'מפגש', 40, 35, { formula: `ROUND(D${added}*F${added}*G${added},2)` }];
      const details = workbook.getWorksheet('פרטי התכנית')!;
      const budgetRow = details.getColumn(1).values.findIndex((value) => value === 'תקציב לשירותים בקהילה');
      details.getCell(`B${budgetRow}`).value = 5_000_000;
      const shareRow = details.getColumn(1).values.findIndex((value) => value === 'חלק המשרד במימון התואם');
      details.getCell(`B${shareRow}`).value = 0.7;
      const needs = workbook.getWorksheet('צרכים')!;
      needs.getCell('F2').value = 1; // strength of the first need
    });
    expect(result.problems).toEqual([]);
    const services = result.plan.services;
    expect(services.map((service) => service.id)).toEqual([second!.id, first!.id, ...plan.services.slice(3).map((service) => service.id), 'svc-17']);
    expect(services.some((service) => service.id === third!.id)).toBe(false);
    expect(services[1]!.participants).toBe(99);
    expect(services[0]!.formulas).toContainEqual({ field: 'unitCost', formula: '={.:participants}*2' });
    expect(services[0]!.unitCost).toBe(second!.participants * 2);
    const added = services.at(-1)!;
    expect(added).toMatchObject({ name: 'חוג התעמלות בפארק', kind: 'self-developed', participants: 20, unitCost: 35, frequency: { unit: 'session', perYear: 40 } });
    expect(added.formulas).toEqual([]);
    expect(result.plan.details.communityBudget).toBe(5_000_000);
    expect(result.plan.policy.ministryShare).toBe(0.7);
    expect(result.plan.needs[0]!.strength).toBe(1);
    // Rows left to the default split keep it (not the old 75% figures as typed numbers), so 70/30 applies.
    const defaults = plan.services.filter((service) => service.funding.ministry === null && service.funding.authority === null).map((service) => service.id);
    for (const service of services.filter((candidate) => defaults.includes(candidate.id))) {
      expect(service.funding).toMatchObject({ ministry: null, authority: null });
    }
  });

  it('lists cells it cannot read, keeps what was there, and skips a repeated id', async () => {
    const plan = sample();
    const result = await editAndImport(plan, (workbook) => {
      const services = workbook.getWorksheet('שירותים ותקציב')!;
      services.getCell('D2').value = 'הרבה';
      services.getCell('B3').value = 'משהו אחר';
      const idColumn = services.getRow(1).values as ExcelJS.CellValue[];
      const idIndex = idColumn.indexOf('מזהה');
      services.getRow(services.rowCount + 1).values = [, 'כפול', 'שירות קבוע'];
      services.getCell(services.rowCount, idIndex).value = plan.services[0]!.id;
      workbook.getWorksheet('צרכים')!.getCell('F3').value = 9;
      workbook.getWorksheet('מדדים')!.getCell('B2').value = 'no-such-outcome';
    });
    // Isolation marks keep ids and typed text in their own direction; the words are what is checked.
    const messages = result.problems.map((problem) => rowProblemMessage(problem, 'he').replace(/[\u2066-\u2069]/g, ''));
    expect(messages).toEqual([
      'גיליון "צרכים", שורה 3, עמודה "עוצמה (1-5)": הערך גדול מדי (לכל היותר 5). נשמר הערך הקודם.',
      'גיליון "מדדים", שורה 2: אין בתכנית תוצאה שהמזהה שלה no-such-outcome. השורה לא יובאה.',
      'גיליון "שירותים ותקציב", שורה 2, עמודה "משתתפים": "הרבה" אינו מספר. נשמר הערך הקודם.',
      'גיליון "שירותים ותקציב", שורה 3, עמודה "סוג": "משהו אחר" אינו אחד הערכים המותרים (שירות קבוע, פיתוח עצמי, המשך). נשמר הערך הקודם.',
      'גיליון "שירותים ותקציב", שורה 18: המזהה ' + plan.services[0]!.id + ' מופיע כבר בשורה קודמת. השורה לא יובאה.',
    ]);
    expect(result.plan.services).toEqual(plan.services);
    expect(result.plan.needs).toEqual(plan.needs);
    expect(result.plan.outcomes[0]!.indicators).toEqual(plan.outcomes[0]!.indicators.slice(1));
  });
});
