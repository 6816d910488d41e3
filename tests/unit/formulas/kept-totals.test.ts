import { describe, expect, it } from 'vitest';
import type { ScalarValue } from '@shared/formulas/cell-range.ts';
import { FormulaError, formulaError } from '@shared/formulas/formula-error.ts';
import { KeptTotals } from '@shared/formulas/kept-totals.ts';

const rowCount = 5_000;
const [amountColumn, kindColumn] = [0, 1];

/** A column of amounts and a column of kinds, read through a reader that counts its reads. */
function keptColumns() {
  const amounts: ScalarValue[] = Array.from({ length: rowCount }, (_, position) => (position % 7) + 1);
  const kinds: ScalarValue[] = Array.from({ length: rowCount }, (_, position) => (position % 3 === 0 ? 'day-center' : 'home-care'));
  const counter = { reads: 0 };
  const read = (position: number, column: number) => {
    counter.reads += 1;
    return (column === amountColumn ? amounts : kinds)[position] ?? null;
  };
  const totals = new KeptTotals(2, read, () => rowCount);
  return { amounts, kinds, counter, totals };
}

const last = rowCount - 1;
const added = (values: readonly ScalarValue[], keep: (position: number) => boolean = () => true) =>
  values.reduce<number>((sum, value, position) => (keep(position) && typeof value === 'number' ? sum + value : sum), 0);

describe('the totals a sheet keeps for whole columns', () => {
  it('read the column once for every formula that asks for the same total, SUMIF and COUNTIF per criterion', () => {
    const { amounts, kinds, counter, totals } = keptColumns();
    const isDayCenter = (position: number) => kinds[position] === 'day-center';
    expect(totals.sum(amountColumn, 0, last)).toBe(added(amounts));
    expect(totals.sumIf(kindColumn, 'day-center', amountColumn, 0, last)).toBe(added(amounts, isDayCenter));
    expect(totals.countIf(kindColumn, 'day-center', 0, last)).toBe(kinds.filter((kind) => kind === 'day-center').length);
    expect(totals.countIf(kindColumn, '<>day-center', 0, last)).toBe(kinds.filter((kind) => kind !== 'day-center').length);
    counter.reads = 0;
    for (let formula = 0; formula < 5_000; formula++) {
      totals.sum(amountColumn, 0, last);
      totals.sumIf(kindColumn, 'day-center', amountColumn, 0, last);
      totals.countIf(kindColumn, 'day-center', 0, last);
    }
    expect(counter.reads).toBe(0);
  });

  it('after one cell changes, read again only its block and the rows beyond the last full block, and come back to the same total when it is changed back', () => {
    const { amounts, counter, totals } = keptColumns();
    const before = totals.sum(amountColumn, 0, last);
    amounts[1_234] = 1_000;
    totals.cellChanged(amountColumn, 1_234);
    counter.reads = 0;
    expect(totals.sum(amountColumn, 0, last)).toBe(added(amounts));
    expect(counter.reads).toBeLessThan(rowCount / 10);
    amounts[1_234] = (1_234 % 7) + 1;
    totals.cellChanged(amountColumn, 1_234);
    expect(totals.sum(amountColumn, 0, last)).toBe(before);
  });

  it('are the first error in row order while the column holds one, and count past it', () => {
    const { amounts, kinds, totals } = keptColumns();
    totals.sum(amountColumn, 0, last);
    const dayCenters = totals.countIf(kindColumn, 'day-center', 0, last);
    amounts[4_000] = formulaError('#VALUE!');
    totals.cellChanged(amountColumn, 4_000);
    amounts[300] = formulaError('#DIV/0!');
    totals.cellChanged(amountColumn, 300);
    expect((totals.sum(amountColumn, 0, last) as FormulaError).code).toBe('#DIV/0!');
    expect((totals.sum(amountColumn, 301, last) as FormulaError).code).toBe('#VALUE!');
    // Row 4,000 is a home-care row: a SUMIF over day-centers does not add it.
    expect(kinds[4_000]).toBe('home-care');
    expect(totals.sumIf(kindColumn, 'day-center', amountColumn, 301, last)).toBe(added(amounts, (position) => position >= 301 && kinds[position] === 'day-center'));
    expect(totals.countIf(kindColumn, 'day-center', 0, last)).toBe(dayCenters);
    amounts[300] = 1;
    amounts[4_000] = 1;
    totals.cellChanged(amountColumn, 300);
    totals.cellChanged(amountColumn, 4_000);
    expect(totals.sum(amountColumn, 0, last)).toBe(added(amounts));
  });

  it('start over when rows move', () => {
    const { amounts, counter, totals } = keptColumns();
    totals.sum(amountColumn, 0, last);
    amounts.reverse();
    amounts[0] = 100;
    totals.rowsMoved();
    counter.reads = 0;
    expect(totals.sum(amountColumn, 0, last)).toBe(added(amounts));
    expect(counter.reads).toBe(rowCount);
  });

  it('keep what a function gives for one long range until a cell of the range’s columns changes', () => {
    const { totals } = keptColumns();
    let computed = 0;
    const average = () => {
      computed += 1;
      return 4;
    };
    for (let formula = 0; formula < 100; formula++) expect(totals.rangeResult('AVERAGE', amountColumn, amountColumn, 0, last, average)).toBe(4);
    expect(computed).toBe(1);
    totals.cellChanged(kindColumn, 10);
    totals.rangeResult('AVERAGE', amountColumn, amountColumn, 0, last, average);
    expect(computed).toBe(1);
    totals.cellChanged(amountColumn, 10);
    totals.rangeResult('AVERAGE', amountColumn, amountColumn, 0, last, average);
    expect(computed).toBe(2);
    totals.rangeResult('MAX', amountColumn, amountColumn, 0, last, average);
    totals.rangeResult('AVERAGE', amountColumn, amountColumn, 0, 9, average);
    expect(computed).toBe(4);
    totals.rowsMoved();
    totals.rangeResult('AVERAGE', amountColumn, amountColumn, 0, last, average);
    expect(computed).toBe(5);
  });
});
