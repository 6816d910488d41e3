import { describe, it, expect } from 'vitest';
import { FormulaError, FormulaSheet, type CellValue, type SheetRow } from '@shared/formulas/formula-sheet.ts';
import { formulaAfterRowRemoval } from '@shared/formulas/row-removal.ts';

const rowIds = ['r1', 'r2', 'r3', 'r4', 'r5'];
const removing = (rowId: string) => ({ rowId, rowIds });
const code = (value: CellValue) => (value instanceof FormulaError ? value.code : value);

describe('a stored formula once a row is removed', () => {
  it('moves a range end off a removed first or last row to the next row inward', () => {
    expect(formulaAfterRowRemoval('=SUM({r1:a}:{r4:a})', removing('r1'), 'r5')).toBe('=SUM({r2:a}:{r4:a})');
    expect(formulaAfterRowRemoval('=SUM({r1:a}:{r4:a})', removing('r4'), 'r5')).toBe('=SUM({r1:a}:{r3:a})');
    expect(formulaAfterRowRemoval('=SUM({r4:a}:{r1:b})*2', removing('r4'), 'r5')).toBe('=SUM({r3:a}:{r1:b})*2');
  });

  it('keeps the $ signs and every other part of the text', () => {
    expect(formulaAfterRowRemoval('=SUM({$r1:a}:{$r4:$a})+{r1:a}&"{r1:a}:{r4:a}"', removing('r1'), 'r5')).toBe('=SUM({$r2:a}:{$r4:$a})+{r1:a}&"{r1:a}:{r4:a}"');
  });

  it('leaves ranges across the row, single references and one-row ranges alone', () => {
    expect(formulaAfterRowRemoval('=SUM({r1:a}:{r4:a})', removing('r2'), 'r5')).toBe('=SUM({r1:a}:{r4:a})');
    expect(formulaAfterRowRemoval('={r2:a}+1', removing('r2'), 'r5')).toBe('={r2:a}+1');
    expect(formulaAfterRowRemoval('=SUM({r2:a}:{r2:c})', removing('r2'), 'r5')).toBe('=SUM({r2:a}:{r2:c})');
  });

  it('moves toward the formula’s own row for a range written from it', () => {
    expect(formulaAfterRowRemoval('=SUM({.:a}:{r1:a})', removing('r1'), 'r5')).toBe('=SUM({.:a}:{r2:a})');
    expect(formulaAfterRowRemoval('=SUM({r5:a}:{.:a})', removing('r5'), 'r1')).toBe('=SUM({r4:a}:{.:a})');
    expect(formulaAfterRowRemoval('=SUM({.:a}:{r1:a})', removing('r1'), null)).toBe('=SUM({.:a}:{r1:a})');
  });
});

/** Rows r1..r5 with a = 1, 2, 4, 8, 16 and a row `out` below them. */
function sheetWith(out: string, columnFormula?: string): FormulaSheet {
  const sheet = new FormulaSheet(['a', 'share', 'out']);
  if (columnFormula) sheet.setColumnFormula('share', columnFormula);
  const rows: SheetRow[] = rowIds.map((id, index) => ({ id, cells: { a: 2 ** index } }));
  sheet.load([...rows, { id: 'out', cells: { out } }]);
  return sheet;
}

/** A sheet loaded from scratch with the incremental sheet's rows, inputs and column formulas. */
function reloaded(sheet: FormulaSheet): FormulaSheet {
  const columns = ['a', 'share', 'out'];
  const fresh = new FormulaSheet(columns);
  for (const column of columns) {
    const formula = sheet.columnFormula(column);
    if (formula !== null) fresh.setColumnFormula(column, formula);
  }
  fresh.load(sheet.rowIds().map((id) => ({ id, cells: Object.fromEntries(columns.map((column) => [column, sheet.input(id, column)])) })));
  return fresh;
}

describe('removing a row a range starts or ends on', () => {
  it('shrinks the range, as Excel does, instead of breaking it', () => {
    const sheet = sheetWith('=SUM({r1:a}:{r5:a})');
    const changed = sheet.removeRow('r1');
    expect(sheet.value('out', 'out')).toBe(30);
    expect(sheet.input('out', 'out')).toBe('=SUM({r2:a}:{r5:a})');
    expect(changed.map(({ rowId, columnId }) => `${rowId}:${columnId}`)).toContain('out:out');
    sheet.removeRow('r5');
    expect(sheet.value('out', 'out')).toBe(14);
    expect(sheet.input('out', 'out')).toBe('=SUM({r2:a}:{r4:a})');
  });

  it('goes on shrinking down to one row, and breaks only when that row goes', () => {
    const sheet = sheetWith('=SUM({r4:a}:{r5:a})');
    sheet.removeRow('r5');
    expect(sheet.value('out', 'out')).toBe(8);
    sheet.removeRow('r4');
    expect(code(sheet.value('out', 'out'))).toBe('#REF!');
  });

  it('still breaks a single reference to the removed row', () => {
    const sheet = sheetWith('={r1:a}+1');
    sheet.removeRow('r1');
    expect(code(sheet.value('out', 'out'))).toBe('#REF!');
  });

  it('rewrites a column formula that names the removed row', () => {
    const sheet = sheetWith('=SUM({r1:share}:{r5:share})', '={.:a}/SUM({$r1:a}:{$r5:a})');
    sheet.removeRow('r5');
    expect(sheet.columnFormula('share')).toBe('={.:a}/SUM({$r1:a}:{$r4:a})');
    expect(sheet.value('r4', 'share')).toBe(8 / 15);
    expect(sheet.value('out', 'out')).toBeCloseTo(1, 12);
  });

  it('leaves the sheet equal to one loaded from scratch with the rewritten formulas', () => {
    const sheet = sheetWith('=SUMIF({r1:a}:{r5:a},">2",{r1:a})+SUM({r5:a}:{r1:a})', '=SUM({.:a}:{$r1:a})');
    for (const rowId of ['r1', 'r5', 'r3']) {
      sheet.removeRow(rowId);
      const fresh = reloaded(sheet);
      for (const id of sheet.rowIds()) {
        for (const column of ['a', 'share', 'out']) expect(code(sheet.value(id, column))).toEqual(code(fresh.value(id, column)));
      }
    }
  });
});
