import { describe, expect, it } from 'vitest';
import { CellStore } from '@shared/formulas/cell-store.ts';
import { DependencyIndex } from '@shared/formulas/dependency-index.ts';
import { SheetFormulas } from '@shared/formulas/sheet-formulas.ts';

const columns = ['cost', 'share', 'total'];
const [cost, share, total] = [0, 1, 2];
const rowCount = 5_000;

/** 5,000 rows whose `share` cell holds `={.:cost}/SUM({*:cost}:{*:cost})` and whose `total` reads the cost column's first ten rows. */
function indexWithReaders() {
  const store = new CellStore(columns);
  const formulas = new SheetFormulas(columns.length, (id) => store.columnOf(id));
  const index = new DependencyIndex(store, formulas);
  store.reset(Array.from({ length: rowCount }, (_, row) => `r${row}`));
  const shareFormula = formulas.indexOf('={.:cost}/SUM({*:cost}:{*:cost})');
  const totalFormula = formulas.indexOf('=SUM({r0:cost}:{r9:cost})');
  for (let row = 0; row < rowCount; row++) {
    for (const [column, formula] of [[share, shareFormula], [total, totalFormula]] as const) {
      const cell = row * columns.length + column;
      store.cellFormula[cell] = formula;
      index.attach(cell, formulas.get(formula)!);
    }
  }
  return { store, index };
}

const cellOf = (row: number, column: number) => row * columns.length + column;

describe('the dependency index of ranges many formulas read', () => {
  it('gives a whole-column reference one edge, to the column, not one to each of its 5,000 cells', () => {
    const { index } = indexWithReaders();
    const precedents: number[] = [];
    index.precedentsOf(cellOf(42, share), new Int32Array([1, 1, 1]), (node) => precedents.push(node));
    expect(precedents).toHaveLength(2);
    expect(precedents[0]).toBe(cellOf(42, cost));
    const column = precedents[1]!;
    expect(index.isCell(column)).toBe(false);
    const covered: number[] = [];
    index.precedentsOf(column, new Int32Array([1, 1, 1]), (node) => covered.push(node));
    expect(covered).toHaveLength(rowCount);
    expect(covered).toContain(cellOf(4_999, cost));
  });

  it('finds every reader of an edited cell through the one range they share', () => {
    const { index } = indexWithReaders();
    const dependents: number[] = [];
    index.dependentsOf(cellOf(3, cost), dependents);
    // Its own row's share, the whole column, and the first ten rows read by every total.
    expect(dependents.filter((node) => index.isCell(node))).toEqual([cellOf(3, share)]);
    const ranges = dependents.filter((node) => !index.isCell(node));
    expect(ranges).toHaveLength(2);
    const readers = ranges.map((range) => {
      const found: number[] = [];
      index.dependentsOf(range, found);
      return found.length;
    });
    expect(readers).toEqual([rowCount, rowCount]);
    const beyondTenthRow: number[] = [];
    index.dependentsOf(cellOf(10, cost), beyondTenthRow);
    expect(beyondTenthRow.filter((node) => !index.isCell(node))).toHaveLength(1);
  });

  it('forgets a range when its last reader goes, once, however many of that reader’s ranges cover it', () => {
    const store = new CellStore(columns);
    const formulas = new SheetFormulas(columns.length, (id) => store.columnOf(id));
    const index = new DependencyIndex(store, formulas);
    store.reset(['a', 'b']);
    const formula = (text: string) => formulas.get(formulas.indexOf(text))!;
    const rangesReading = (cell: number) => {
      const found: number[] = [];
      index.dependentsOf(cell, found);
      return found.filter((node) => !index.isCell(node));
    };
    const twice = formula('=SUM({*:cost}:{*:cost})/SUM({*:cost}:{*:total})');
    index.attach(cellOf(0, share), twice);
    expect(rangesReading(cellOf(0, cost))).toHaveLength(1);
    expect(rangesReading(cellOf(0, total))).toHaveLength(1);
    index.detach(cellOf(0, share), twice);
    expect(rangesReading(cellOf(0, cost))).toEqual([]);
    expect(rangesReading(cellOf(0, total))).toEqual([]);
    // Four new ranges get four nodes: each forgotten one was freed once.
    const readers = [
      [cellOf(0, share), '=SUM({*:cost}:{*:cost})'],
      [cellOf(1, share), '=SUM({*:share}:{*:share})'],
      [cellOf(0, total), '=SUM({*:total}:{*:total})'],
      [cellOf(1, total), '=SUM({a:cost}:{b:cost})'],
    ] as const;
    for (const [cell, text] of readers) index.attach(cell, formula(text));
    const nodes = [cellOf(1, cost), cellOf(1, share), cellOf(1, total)].flatMap(rangesReading);
    expect(new Set(nodes).size).toBe(4);
    for (const node of nodes) {
      const found: number[] = [];
      index.dependentsOf(node, found);
      expect(found).toHaveLength(1);
    }
  });
});
