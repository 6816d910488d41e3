import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { decide } from '@shared/commands/priority-commands.ts';
import { summaryRow } from '@shared/xlsx/summary-sheet.ts';
import { overLimitSampleName, samplePlan, validSampleName } from '../../helpers/samples.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';

async function exported(plan = evaluatePlan(samplePlan(validSampleName)).plan, language: 'he' | 'en' = 'he') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportPlanWorkbook(plan, { language })) as unknown as ArrayBuffer);
  return workbook;
}

describe('the planning workbook', () => {
  it('has Hebrew sheets, right to left, with frozen headers, and the plan file hidden', async () => {
    const workbook = await exported();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'פרטי התכנית', 'אוכלוסייה', 'צרכים', 'תוצאות', 'מדדים', 'שירותים ותקציב', 'סיכום', 'מודל לוגי', 'סדרי עדיפויות', 'תכנית עבודה', 'שאלות מנחות', 'tamhil-plan',
    ]);
    for (const sheet of workbook.worksheets.slice(0, -1)) {
      expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen' });
      expect(sheet.state).toBe('visible');
    }
    expect(workbook.getWorksheet('tamhil-plan')!.state).toBe('veryHidden');
    expect((await exported(undefined, 'en')).worksheets[0]!.views[0]).toMatchObject({ rightToLeft: false });
  });

  it('computes with live formulas: each total, the split, the sums and the 20% check', async () => {
    const workbook = await exported();
    const services = workbook.getWorksheet('שירותים ותקציב')!;
    expect(services.getCell('H2').formula).toBe('ROUND(D2*F2*G2,2)');
    expect(services.getCell('I2').formula).toBe('ROUND((H2-K2)*MINISTRY_SHARE,2)');
    expect(services.getCell('J2').formula).toBe('H2-K2-I2');
    expect(services.getCell('H2').numFmt).toBe('#,##0.00 [$₪-40D]');
    const summary = workbook.getWorksheet('סיכום')!;
    // Rows marked out of this year's budget (the last column, after the details) are left out of every sum.
    const inBudget = services.getRow(1).cellCount;
    expect(services.getRow(1).getCell(inBudget).value).toBe('בתקציב השנה');
    expect(services.getRow(2).getCell(inBudget).value).toBe('כן');
    const letter = services.getColumn(inBudget).letter;
    expect(summary.getCell(`B${summaryRow('total')}`).formula).toBe(`SUMIFS('שירותים ותקציב'!H:H,'שירותים ותקציב'!${letter}:${letter},"<>לא")`);
    expect(summary.getCell(`B${summaryRow('selfDevelopment')}`).formula).toBe(
      `SUMIFS('שירותים ותקציב'!H:H,'שירותים ותקציב'!B:B,"פיתוח עצמי",'שירותים ותקציב'!${letter}:${letter},"<>לא")`,
    );
    expect(summary.getCell(`B${summaryRow('limitCheck')}`).formula).toContain('"חורג מהמגבלה"');
    expect(summary.getCell(`B${summaryRow('total')}`).result).toBe(4_309_500);
    expect(summary.getCell(`B${summaryRow('limitCheck')}`).result).toBe('בתוך המגבלה');
    const names = workbook.definedNames.model.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['MINISTRY_SHARE', 'COMMUNITY_BUDGET', 'SELF_DEVELOPMENT_LIMIT', 'SELF_DEVELOPMENT_BASE']));
    const overLimit = await exported(evaluatePlan(samplePlan(overLimitSampleName)).plan);
    expect(overLimit.getWorksheet('סיכום')!.getCell(`B${summaryRow('limitCheck')}`).result).toBe('חורג מהמגבלה');
  });

  it('offers drop-down lists for the kind, the frequency unit and the goal', async () => {
    const workbook = await exported();
    const validations = (sheet: string) =>
      (workbook.getWorksheet(sheet) as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(Object.values(validations('שירותים ותקציב')).map((entry) => entry.formulae[0])).toContain('"שירות קבוע,פיתוח עצמי,המשך"');
    expect(Object.values(validations('תוצאות')).map((entry) => entry.formulae[0])).toContain('"הגברת שייכות,מניעת מצבי סיכון וסכנה,דחיקת תלות ושימור תפקוד"');
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const plan = generatedPlan(5);
    const workbook = await exported(plan);
    const services = workbook.getWorksheet('שירותים ותקציב')!;
    const risky = plan.services.findIndex((service) => /^[=+\-@\t]/.test(service.name));
    expect(risky).toBeGreaterThanOrEqual(0);
    const cell = services.getCell(`A${risky + 2}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(plan.services[risky]!.name);
  });

  it('lists every note of the logic model: an outcome’s on its row, the others (the sample’s note on a service) below', async () => {
    const workbook = await exported();
    const sheet = workbook.getWorksheet('מודל לוגי')!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const plan = samplePlan(validSampleName);
    for (const note of plan.logicModelNotes) expect(texts.some((text) => text.includes(note.text)), note.id).toBe(true);
    expect(texts).toContain('הנחות וגורמים חיצוניים של שירותים, יעדים ותשומות');
    expect(texts).toContain('קו טלפוני יזום "שלום, מה שלומך?"');
  });

  it('carries each work plan’s indicators with their quarterly targets and measures, and what was done by quarter', async () => {
    const sample = samplePlan(validSampleName);
    const phone = sample.implementation[0]!;
    const indicatorId = phone.quarterlyTargets[0]!.indicatorId;
    phone.indicatorActuals = [{ indicatorId, quarter: phone.quarterlyTargets[0]!.quarter, value: 6 }];
    const workbook = await exported(evaluatePlan(sample).plan);
    const sheet = workbook.getWorksheet('תכנית עבודה')!;
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('קו טלפוני יזום "שלום, מה שלומך?"');
    expect(String(row.getCell(8).value)).toMatch(/רבעון 1 \d+ \(בפועל 6\)/);
    expect(sheet.getRow(2).getCell(8).value).toBe('מדדים: יעדים רבעוניים ומדידה בפועל');
    expect(sheet.getRow(2).getCell(9).value).toBe('ביצוע לפי רבעון (הוצאה, משתתפים)');
  });

  it('shows the decision in force, and marks a service decided against out of the budget', async () => {
    const at = (minute: number) => `2026-11-23T10:0${minute}:00.000Z`;
    const first = decide(samplePlan(validSampleName), { decision: { serviceId: 'svc-social-club', decision: 'approved', rationale: 'ראשונה', at: at(1) } });
    const plan = decide(first, { decision: { serviceId: 'svc-social-club', decision: 'deferred', rationale: 'בשנה הבאה', at: at(2) } });
    const workbook = await exported(evaluatePlan(plan).plan);
    const priorities = workbook.getWorksheet('סדרי עדיפויות')!;
    const row = priorities.getRow(4);
    expect(row.getCell(1).value).toBe('מועדון חברתי "בית הדקלים"');
    expect([row.getCell(plan.priorities.criteria.length + 3).value, row.getCell(plan.priorities.criteria.length + 4).value]).toEqual(['נדחה למועד אחר', 'בשנה הבאה']);
    const services = workbook.getWorksheet('שירותים ותקציב')!;
    expect(services.getRow(2).getCell(services.getRow(1).cellCount).value).toBe('לא');
  });
});
