import { describe, it, expect } from 'vitest';
import { FormulaSheet, type SheetRow } from '@shared/formulas/formula-sheet.ts';

/** Rows r1..r4 with a = 1..4 and b = 10..40, c = 100..400, and a row `out` for the formula. */
function sheetWith(formula: string, rowCount = 4): FormulaSheet {
  const sheet = new FormulaSheet(['a', 'b', 'c', 'out']);
  const rows: SheetRow[] = Array.from({ length: rowCount }, (_, index) => ({
    id: `r${index + 1}`,
    cells: { a: index + 1, b: (index + 1) * 10, c: (index + 1) * 100 },
  }));
  sheet.load([...rows, { id: 'out', cells: { out: formula } }]);
  return sheet;
}

/*
 * "The sum_range argument does not have to be the same size and shape as the range argument.
 * The actual cells that are added are determined by using the upper leftmost cell in the
 * sum_range argument as the beginning cell, and then including cells that correspond in size
 * and shape to the range argument." (Microsoft, SUMIF function)
 */
describe('SUMIF with a sum range of another size than its range', () => {
  it('adds the cells that match the range in size and shape, from the sum range’s top-left cell', () => {
    expect(sheetWith('=SUMIF({r1:a}:{r4:a},">1",{r1:b})').value('out', 'out')).toBe(90);
    expect(sheetWith('=SUMIF({r1:a}:{r4:a},">1",{r1:b}:{r2:b})').value('out', 'out')).toBe(90);
    expect(sheetWith('=SUMIF({r1:a}:{r2:a},">0",{r1:b}:{r4:b})').value('out', 'out')).toBe(30);
    expect(sheetWith('=SUMIF({r1:a}:{r4:a},">2",{r4:b}:{r1:b})').value('out', 'out')).toBe(70);
  });

  it('extends across columns too', () => {
    expect(sheetWith('=SUMIF({r1:a}:{r2:b},">1",{r1:b})').value('out', 'out')).toBe(100 + 20 + 200);
  });

  it('recalculates when a cell it adds only because of the extension changes', () => {
    const sheet = sheetWith('=SUMIF({r1:a}:{r4:a},">1",{r1:b})');
    const changed = sheet.setCell('r4', 'b', 1_000);
    expect(sheet.value('out', 'out')).toBe(1_050);
    expect(changed.map(({ rowId, columnId }) => `${rowId}:${columnId}`)).toContain('out:out');
    sheet.setCell('r3', 'a', 0);
    expect(sheet.value('out', 'out')).toBe(1_020);
  });

  it('follows the range when rows are inserted into it or removed from it', () => {
    const sheet = sheetWith('=SUMIF({r1:a}:{r4:a},">1",{r1:b})');
    sheet.insertRow(2, { id: 'new', cells: { a: 5, b: 7 } });
    // The range now has five rows, and so has the sum range from r1.
    expect(sheet.value('out', 'out')).toBe(20 + 7 + 30 + 40);
    sheet.removeRow('r2');
    expect(sheet.value('out', 'out')).toBe(7 + 30 + 40);
  });

  it('stays fast and exact over long ranges through the kept column totals', () => {
    const sheet = sheetWith('=SUMIF({r1:a}:{r2000:a},">1000",{r1:b})', 2_000);
    const expected = Array.from({ length: 1_000 }, (_, index) => (index + 1001) * 10).reduce((sum, value) => sum + value, 0);
    expect(sheet.value('out', 'out')).toBe(expected);
    sheet.setCell('r2000', 'b', 0);
    expect(sheet.value('out', 'out')).toBe(expected - 20_000);
  });
});
