import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { toStoredFormula } from '@shared/formulas/a1-references.ts';
import { FormulaError, FormulaSheet, type CellValue } from '@shared/formulas/formula-sheet.ts';
import { libreOfficeAvailable, recalculateWithLibreOffice, type ComputedValue } from '../../support/libreoffice.ts';
import { compatibilityCases, type CompatibilityCase, type ExpectedValue } from './excel-compatibility-cases.ts';

const columnIds = ['A', 'B', 'C', 'D', 'E'];
const rowIds = ['r1', 'r2', 'r3', 'r4', 'r5'];
const formulaCell = 'E1';

/** Numbers as a workbook keeps them, to 15 significant digits; errors by their code. */
function comparable(value: CellValue | ComputedValue | undefined): ExpectedValue | null | undefined {
  if (value instanceof FormulaError) return value.code;
  if (typeof value === 'number') return Number(value.toPrecision(15));
  return value;
}

/** The case computed by Tamhil's engine: its cells in a sheet of columns A–E, its formula in E1 as the grid would store it. */
function tamhilValue(entry: CompatibilityCase): CellValue {
  const sheet = new FormulaSheet(columnIds);
  const context = { rowId: 'r1', rowIds, columnIds, firstRow: 1 };
  const cells = rowIds.map((id) => ({ id, cells: {} as Record<string, ExpectedValue | string> }));
  for (const [address, value] of Object.entries(entry.cells ?? {})) {
    const [, column, row] = /^([A-E])([1-5])$/.exec(address)!;
    cells[Number(row) - 1]!.cells[column!] = value;
  }
  cells[0]!.cells.E = toStoredFormula(entry.formula, context);
  sheet.load(cells);
  return sheet.value('r1', 'E');
}

/** Every case in a sheet of its own, so LibreOffice computes them all in one run. */
async function caseWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  compatibilityCases.forEach((entry, index) => {
    const sheet = workbook.addWorksheet(`case${index + 1}`);
    for (const [address, value] of Object.entries(entry.cells ?? {})) sheet.getCell(address).value = value;
    sheet.getCell(formulaCell).value = { formula: entry.formula.slice(1) } as ExcelJS.CellFormulaValue;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('formulas computed as Excel computes them', () => {
  it.each(compatibilityCases.map((entry) => [entry.behaviour, entry] as const))('%s', (_behaviour, entry) => {
    expect(comparable(tamhilValue(entry))).toEqual(comparable(entry.excel));
  });

  it('marks a LibreOffice result only where it differs from Excel’s', () => {
    for (const entry of compatibilityCases) if (entry.libreOffice) expect(comparable(entry.libreOffice.result)).not.toEqual(comparable(entry.excel));
  });

  it.skipIf(!libreOfficeAvailable())(
    'are computed the same by LibreOffice, but where the table marks it otherwise',
    async () => {
      const computed = await recalculateWithLibreOffice(await caseWorkbook());
      const found = compatibilityCases.map((entry, index) => [entry.formula, comparable(computed.get(`case${index + 1}`)?.get(formulaCell))]);
      expect(found).toEqual(compatibilityCases.map((entry) => [entry.formula, comparable(entry.libreOffice ? entry.libreOffice.result : entry.excel)]));
    },
    180_000,
  );
});
