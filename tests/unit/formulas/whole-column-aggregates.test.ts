import { describe, expect, it } from 'vitest';
import { FormulaError, FormulaSheet, type CellInput, type CellValue, type SheetRow } from '@shared/formulas/formula-sheet.ts';

const shown = (value: CellValue) => (value instanceof FormulaError ? value.code : value);

const columns = ['kind', 'cost', 'share', 'sum', 'matched', 'counted', 'average', 'largest'];
const readers = ['share', 'sum', 'matched', 'counted', 'average', 'largest'];

/** Every row reads the whole cost column: its share of the total, the total, and totals, counts and extremes over it. */
const readerFormulas: Readonly<Record<string, string>> = {
  share: '={.:cost}/SUM({*:cost}:{*:cost})',
  sum: '=SUM({*:cost}:{*:cost})',
  matched: '=SUMIF({*:kind}:{*:kind},"day-center",{*:cost}:{*:cost})',
  counted: '=COUNTIF({*:kind}:{*:kind},"day-center")',
  average: '=AVERAGE({*:cost}:{*:cost})',
  largest: '=MAX({*:cost}:{*:cost})',
};

/** Beyond the 512 rows from which a sheet keeps its aggregates, so the kept ones are what is tested. */
const rowCount = 1_200;

const kindOf = (index: number) => (index % 3 === 0 ? 'day-center' : 'home-care');
/** Whole numbers, so a total is exact in any order of addition and can be checked by hand. */
const costOf = (index: number) => ((index * 37) % 1_000) + 1;

function rows(count = rowCount): SheetRow[] {
  return Array.from({ length: count }, (_, index) => ({ id: `r${index}`, cells: { kind: kindOf(index), cost: costOf(index) } }));
}

function sheetWithReaders(count = rowCount): FormulaSheet {
  const sheet = new FormulaSheet(columns);
  for (const [column, formula] of Object.entries(readerFormulas)) sheet.setColumnFormula(column, formula);
  sheet.load(rows(count));
  return sheet;
}

function values(sheet: FormulaSheet): Map<string, CellValue> {
  const found = new Map<string, CellValue>();
  for (const rowId of sheet.rowIds()) for (const column of columns) found.set(`${rowId}:${column}`, shown(sheet.value(rowId, column)));
  return found;
}

/** The same inputs loaded into a new sheet: what the kept aggregates must equal after any edits. */
function fromScratch(sheet: FormulaSheet): FormulaSheet {
  const fresh = new FormulaSheet(columns);
  for (const column of readers) fresh.setColumnFormula(column, sheet.columnFormula(column));
  fresh.load(sheet.rowIds().map((id) => ({ id, cells: Object.fromEntries(columns.map((column): [string, CellInput] => [column, sheet.input(id, column)])) })));
  return fresh;
}

/** Checks every reader against the cost and kind columns added up here, and every value against a sheet built from scratch. */
function expectRightAggregates(sheet: FormulaSheet): void {
  const ids = sheet.rowIds();
  const costs = ids.map((id) => sheet.value(id, 'cost') as number);
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  const dayCenters = ids.filter((id) => sheet.value(id, 'kind') === 'day-center');
  const matched = dayCenters.reduce((sum, id) => sum + (sheet.value(id, 'cost') as number), 0);
  for (const id of ids) {
    expect(sheet.value(id, 'sum')).toBe(total);
    expect(sheet.value(id, 'matched')).toBe(matched);
    expect(sheet.value(id, 'counted')).toBe(dayCenters.length);
    expect(sheet.value(id, 'largest')).toBe(Math.max(...costs));
  }
  expect(values(sheet)).toEqual(values(fromScratch(sheet)));
}

describe('aggregates over whole columns, kept once for every formula that reads them', () => {
  it('follow edits, and come back to the same values to the last bit when the edits are undone', () => {
    const sheet = sheetWithReaders();
    expectRightAggregates(sheet);
    const before = values(sheet);
    sheet.setCell('r5', 'cost', 50_000);
    expectRightAggregates(sheet);
    sheet.setCell('r7', 'kind', 'day-center');
    expectRightAggregates(sheet);
    sheet.setCell('r9', 'cost', '={r10:cost}*2');
    expectRightAggregates(sheet);
    sheet.setCell('r10', 'cost', 3);
    expectRightAggregates(sheet);
    sheet.setCell('r10', 'cost', costOf(10));
    sheet.setCell('r9', 'cost', costOf(9));
    sheet.setCell('r7', 'kind', kindOf(7));
    sheet.setCell('r5', 'cost', costOf(5));
    expect(values(sheet)).toEqual(before);
  });

  it('follow rows that come, go and move, and come back when the rows do', () => {
    const sheet = sheetWithReaders();
    const before = values(sheet);
    const order = [...sheet.rowIds()];
    sheet.insertRow(600, { id: 'new', cells: { kind: 'day-center', cost: 999 } });
    expectRightAggregates(sheet);
    sheet.removeRow('r3');
    expectRightAggregates(sheet);
    sheet.reorderRows([...sheet.rowIds()].reverse());
    expectRightAggregates(sheet);
    sheet.removeRow('new');
    sheet.insertRow(3, { id: 'r3', cells: { kind: kindOf(3), cost: costOf(3) } });
    sheet.reorderRows(order);
    expect(values(sheet)).toEqual(before);
  });

  it('are the first error in the column, as Excel, while a cell they add holds one, and come back when it is mended', () => {
    const sheet = sheetWithReaders();
    const before = values(sheet);
    // r50 is not a day-center: SUMIF does not add its cell, so its error does not reach SUMIF.
    sheet.setCell('r50', 'cost', '=1/0');
    for (const id of ['r0', 'r50', 'r1199']) {
      expect(shown(sheet.value(id, 'sum'))).toBe('#DIV/0!');
      expect(shown(sheet.value(id, 'share'))).toBe('#DIV/0!');
      expect(shown(sheet.value(id, 'average'))).toBe('#DIV/0!');
      expect(typeof sheet.value(id, 'matched')).toBe('number');
      expect(sheet.value(id, 'counted')).toBe(before.get(`${id}:counted`));
    }
    sheet.setCell('r51', 'cost', '={r700:kind}+1');
    expect(shown(sheet.value('r0', 'matched'))).toBe('#VALUE!');
    // The first error in row order is the one a sum gives.
    expect(shown(sheet.value('r0', 'sum'))).toBe('#DIV/0!');
    sheet.setCell('r50', 'cost', costOf(50));
    expect(shown(sheet.value('r0', 'sum'))).toBe('#VALUE!');
    sheet.setCell('r51', 'cost', costOf(51));
    expect(values(sheet)).toEqual(before);
    expect(values(sheet)).toEqual(values(fromScratch(sheet)));
  });

  it('make a column that sums itself a cycle in every one of its 5,000 cells, and mend when the column formula changes', () => {
    const sheet = new FormulaSheet(columns);
    sheet.setColumnFormula('sum', '=SUM({*:sum}:{*:sum})+{.:cost}');
    sheet.setColumnFormula('largest', '=MAX({*:sum}:{*:sum})');
    sheet.setColumnFormula('share', readerFormulas.share!);
    sheet.load(rows(5_000));
    const cyclic = sheet.errors().filter(({ error }) => error.code === '#CIRC!');
    expect(cyclic.filter(({ columnId }) => columnId === 'sum')).toHaveLength(5_000);
    // What reads the cycle from outside it shows its error without being part of it.
    expect(shown(sheet.value('r4999', 'largest'))).toBe('#CIRC!');
    expect(typeof sheet.value('r4999', 'share')).toBe('number');
    sheet.setColumnFormula('sum', readerFormulas.sum!);
    expect(sheet.errors()).toEqual([]);
    const total = Array.from({ length: 5_000 }, (_, index) => costOf(index)).reduce((sum, cost) => sum + cost, 0);
    expect(sheet.value('r0', 'sum')).toBe(total);
    expect(sheet.value('r4999', 'largest')).toBe(total);
  });
});
