import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { importPlanWorkbook, type WorkbookImport } from '@shared/xlsx/read-workbook.ts';
import { embeddedPlanSheetName } from '@shared/xlsx/embedded-plan.ts';
import { overLimitSampleName, samplePlan, validSampleName } from '../../helpers/samples.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';

const newPlanId = () => 'new-plan';

async function roundTrip(plan: Plan, language: 'he' | 'en' = 'he', openPlan: Plan | null = null): Promise<Extract<WorkbookImport, { ok: true }>> {
  const bytes = await exportPlanWorkbook(plan, { language });
  const result = await importPlanWorkbook(bytes, { openPlan, language, newPlanId });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.failure)}`);
  return result;
}

async function withoutEmbeddedPlan(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  workbook.removeWorksheet(workbook.getWorksheet(embeddedPlanSheetName)!.id);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('export then import gives back an equal plan', () => {
  it.each([validSampleName, overLimitSampleName])('for the sample %s', async (name) => {
    const plan = evaluatePlan(samplePlan(name)).plan;
    const result = await roundTrip(plan);
    expect(result.problems).toEqual([]);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.base).toBe('workbook');
    expect(result.plan).toEqual(plan);
  });

  it.each([1, 2, 3, 4, 5, 6])('for generated plan %i, in Hebrew and in English', async (seed) => {
    const plan = generatedPlan(seed);
    const hebrew = await roundTrip(plan, 'he');
    expect(hebrew.problems).toEqual([]);
    expect(hebrew.plan).toEqual(plan);
    const english = await roundTrip(plan, 'en');
    expect(english.plan).toEqual(plan);
  });

  it('reads the visible sheets alone when the hidden plan copy is gone, onto the open plan', async () => {
    for (const plan of [evaluatePlan(samplePlan(validSampleName)).plan, generatedPlan(7)]) {
      const bytes = await withoutEmbeddedPlan(await exportPlanWorkbook(plan, { language: 'he' }));
      const result = await importPlanWorkbook(bytes, { openPlan: plan, language: 'he', newPlanId });
      if (!result.ok) throw new Error(JSON.stringify(result.failure));
      expect(result.base).toBe('open-plan');
      expect(result.problems).toEqual([]);
      expect(result.plan).toEqual(plan);
    }
  });

  it('makes a whole plan from the visible sheets with no plan open', async () => {
    const plan = generatedPlan(8);
    const bytes = await withoutEmbeddedPlan(await exportPlanWorkbook(plan, { language: 'he' }));
    const result = await importPlanWorkbook(bytes, { openPlan: null, language: 'he', newPlanId });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.base).toBe('new-plan');
    expect(result.plan.id).toBe('new-plan');
    for (const part of ['details', 'policy', 'needs', 'outcomes', 'population'] as const) {
      expect(result.plan[part]).toEqual(plan[part]);
    }
    // The team's own columns are the plan's, not the sheet's: without a plan they are listed, not guessed.
    expect(result.ignoredColumns).toEqual(['עלות למשתתף', 'קוד פנימי']);
    const withoutOwnColumns = (services: Plan['services']) =>
      services.map((service) => ({ ...service, custom: [], formulas: service.formulas.filter((entry) => entry.field !== 'perPerson') }));
    expect(result.plan.services).toEqual(withoutOwnColumns(plan.services));
  });
});
