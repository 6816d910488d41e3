import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { evaluatePlan, sheetFor } from '@shared/budget/evaluated-plan.ts';
import { columnLettersFromIndex } from '@shared/formulas/tokenizer.ts';
import { importPlanWorkbook } from '@shared/xlsx/read-workbook.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { libreOfficeAvailable, recalculateWithLibreOffice } from '../../support/libreoffice.ts';
import { buildPlan, buildServiceCosting, withServices } from '../../helpers/plan-builders.ts';

const withLibreOffice = it.skipIf(!libreOfficeAvailable());
const servicesSheet = 'שירותים ותקציב';

/** Three services of ₪1,000, ₪3,000 and ₪4,000, and a column with each one's share of the total column. */
function planWithShares() {
  const plan = buildPlan({ budgetColumns: [{ id: 'share', label: 'חלק מהסך', formula: '={.:total}/SUM({*:total}:{*:total})' }] });
  return evaluatePlan(withServices(plan, buildServiceCosting(1_000, { id: 'a' }), buildServiceCosting(3_000, { id: 'b' }), buildServiceCosting(4_000, { id: 'c' }))).plan;
}

const letterOf = (plan: ReturnType<typeof planWithShares>, columnId: string) => columnLettersFromIndex(budgetColumns(plan).findIndex((column) => column.id === columnId));

describe('a whole-column reference in the planning workbook', () => {
  withLibreOffice(
    'goes out as Excel writes it, and LibreOffice computes what Tamhil computes',
    async () => {
      const plan = planWithShares();
      const sheet = sheetFor(plan);
      expect(['a', 'b', 'c'].map((id) => sheet.value(id, 'share'))).toEqual([0.125, 0.375, 0.5]);
      const bytes = await exportPlanWorkbook(plan, { language: 'he', cachedResults: false });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const share = letterOf(plan, 'share');
      const total = letterOf(plan, 'total');
      expect(workbook.getWorksheet(servicesSheet)!.getCell(`${share}3`).formula).toBe(`${total}3/SUM(${total}:${total})`);
      const computed = (await recalculateWithLibreOffice(bytes)).get(servicesSheet)!;
      expect([2, 3, 4].map((row) => computed.get(`${share}${row}`))).toEqual([0.125, 0.375, 0.5]);
    },
    180_000,
  );

  it('comes back in as a stored whole-column reference', async () => {
    const plan = planWithShares();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportPlanWorkbook(plan, { language: 'he' })) as unknown as ArrayBuffer);
    const other = letterOf(plan, 'other');
    workbook.getWorksheet(servicesSheet)!.getCell(`${other}2`).value = { formula: `SUM(${letterOf(plan, 'total')}:${letterOf(plan, 'total')})/10` } as ExcelJS.CellFormulaValue;
    const result = await importPlanWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), { openPlan: plan, language: 'he', newPlanId: () => 'new' });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const service = result.plan.services.find((candidate) => candidate.id === 'a')!;
    expect(service.formulas).toContainEqual({ field: 'other', formula: '=SUM({*:total}:{*:total})/10' });
    expect(sheetFor(evaluatePlan(result.plan).plan).value('a', 'other')).toBe(800);
  });
});
