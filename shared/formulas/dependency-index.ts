import { noFormula, type CellStore } from './cell-store.ts';
import { rangeRows } from './range-rows.ts';
import type { SheetFormula, SheetFormulas, SheetRange, SheetRows } from './sheet-formulas.ts';

/**
 * A range read by one formula cell, kept with its current positions so an edit finds the
 * formulas whose ranges cover it. Invalid (an end row is gone) when first > last.
 */
type RangeWatch = { cell: number; range: SheetRange; first: number; last: number };

/**
 * Which formula cells read which cells, for the reads that cross rows: references by row id
 * (kept per cell read, or per missing row id until that row comes back) and ranges (kept per
 * column with their current positions). Reads of a formula's own row need no entries: the
 * formula's `ownRowColumns` answers them.
 */
export class DependencyIndex {
  private referenceDependents = new Map<number, Set<number>>();
  private missingRowDependents = new Map<string, Set<number>>();
  private watchesByColumn: Set<RangeWatch>[];
  private watchesOfCell = new Map<number, RangeWatch[]>();

  constructor(
    private readonly store: CellStore,
    private readonly formulas: SheetFormulas,
  ) {
    this.watchesByColumn = Array.from({ length: store.columnCount }, () => new Set());
  }

  clear(): void {
    this.referenceDependents = new Map();
    this.missingRowDependents = new Map();
    this.watchesByColumn = Array.from({ length: this.store.columnCount }, () => new Set());
    this.watchesOfCell = new Map();
  }

  /** Enters a formula cell's reads of other rows. */
  attach(cell: number, formula: SheetFormula): void {
    if (!formula.readsOtherRows) return;
    const columns = this.store.columnCount;
    for (const reference of formula.references) {
      if (reference.rowId === null || reference.column < 0) continue;
      const slot = this.store.slotOf(reference.rowId);
      if (slot === undefined) addTo(this.missingRowDependents, reference.rowId, cell);
      else addTo(this.referenceDependents, slot * columns + reference.column, cell);
    }
    if (!formula.readsRanges) return;
    const watches: RangeWatch[] = [];
    for (const range of formula.ranges) {
      if (range.ownRowOnly || range.firstColumn < 0) continue;
      const watch: RangeWatch = { cell, range, first: 1, last: 0 };
      this.resolve(watch);
      watches.push(watch);
      for (let column = range.firstColumn; column <= range.lastColumn; column++) this.watchesByColumn[column]!.add(watch);
    }
    this.watchesOfCell.set(cell, watches);
  }

  /** Takes a formula cell's reads out again. */
  detach(cell: number, formula: SheetFormula): void {
    if (!formula.readsOtherRows) return;
    const columns = this.store.columnCount;
    for (const reference of formula.references) {
      if (reference.rowId === null || reference.column < 0) continue;
      const slot = this.store.slotOf(reference.rowId);
      if (slot === undefined) removeFrom(this.missingRowDependents, reference.rowId, cell);
      else removeFrom(this.referenceDependents, slot * columns + reference.column, cell);
    }
    for (const watch of this.watchesOfCell.get(cell) ?? []) {
      for (let column = watch.range.firstColumn; column <= watch.range.lastColumn; column++) this.watchesByColumn[column]!.delete(watch);
    }
    this.watchesOfCell.delete(cell);
  }

  /** The formula cells that named a cell by row id; they are forgotten here (the cell's row is going). */
  takeReaders(cell: number): Iterable<number> {
    const readers = this.referenceDependents.get(cell) ?? [];
    this.referenceDependents.delete(cell);
    return readers;
  }

  /** The formula cells that named a row id while it was missing; they are forgotten here (the row came back). */
  takeWaiting(rowId: string): Iterable<number> {
    const waiting = this.missingRowDependents.get(rowId) ?? [];
    this.missingRowDependents.delete(rowId);
    return waiting;
  }

  /** The formula cells with a range that starts or ends on this row, or takes its height from one that does. */
  cellsWithRangeEndOn(rowId: string): Set<number> {
    const cells = new Set<number>();
    const endsOn = (rows: SheetRows | null) => rows !== null && rows !== 'every-row' && (rows.startRowId === rowId || rows.endRowId === rowId);
    for (const [cell, watches] of this.watchesOfCell) {
      for (const { range } of watches) if (endsOn(range.rows) || endsOn(range.heightOf)) cells.add(cell);
    }
    return cells;
  }

  /** Every range's current interval, to compare with after rows move. */
  intervals(): Map<RangeWatch, [number, number]> {
    const intervals = new Map<RangeWatch, [number, number]>();
    for (const watches of this.watchesOfCell.values()) for (const watch of watches) intervals.set(watch, [watch.first, watch.last]);
    return intervals;
  }

  /**
   * Moves every range to its rows' new positions and returns the formula cells whose ranges now
   * hold other cells, or the same cells in another order (a sum's rounding follows the order).
   */
  reresolve(contentChanged: (first: number, last: number, watch: RangeWatch) => boolean): number[] {
    const seeds: number[] = [];
    for (const watches of this.watchesOfCell.values()) {
      for (const watch of watches) {
        const wasValid = watch.first <= watch.last;
        const coveredChange = contentChanged(watch.first, watch.last, watch);
        this.resolve(watch);
        if (coveredChange || wasValid !== watch.first <= watch.last || contentChanged(watch.first, watch.last, watch)) seeds.push(watch.cell);
      }
    }
    return seeds;
  }

  /** The formula cells that read a cell: same-row readers, readers by row id, ranges covering it. */
  dependentsOf(cell: number, found: number[]): void {
    const { store, formulas } = this;
    const columns = store.columnCount;
    const slot = Math.floor(cell / columns);
    const column = cell % columns;
    const cellFormula = store.cellFormula;
    for (let other = 0; other < columns; other++) {
      const reader = slot * columns + other;
      const formula = cellFormula[reader]!;
      if (formula !== noFormula && formulas.get(formula)!.ownRowColumns[column] === 1) found.push(reader);
    }
    const readers = this.referenceDependents.get(cell);
    if (readers) for (const reader of readers) found.push(reader);
    const watches = this.watchesByColumn[column]!;
    if (watches.size > 0) {
      const position = store.positionOfSlot[slot]!;
      for (const watch of watches) if (watch.first <= position && position <= watch.last) found.push(watch.cell);
    }
  }

  /**
   * The cells a formula cell reads (before `pending` says a column has no formulas left to
   * evaluate, so a range over a finished column needs no edges): what `wanted` accepts of them.
   */
  precedentsOf(cell: number, formula: SheetFormula, pending: Int32Array, wanted: (cell: number) => void): void {
    const { store } = this;
    const columns = store.columnCount;
    const slot = Math.floor(cell / columns);
    const own = formula.ownRowColumns;
    for (let column = 0; column < columns; column++) {
      if (own[column] === 1) wanted(slot * columns + column);
    }
    if (!formula.readsOtherRows) return;
    for (const reference of formula.references) {
      if (reference.rowId === null || reference.column < 0) continue;
      const other = store.slotOf(reference.rowId);
      if (other !== undefined) wanted(other * columns + reference.column);
    }
    for (const watch of this.watchesOfCell.get(cell) ?? []) {
      for (let column = watch.range.firstColumn; column <= watch.range.lastColumn; column++) {
        if (pending[column] === 0) continue;
        for (let position = watch.first; position <= watch.last; position++) wanted(store.order[position]! * columns + column);
      }
    }
  }

  private resolve(watch: RangeWatch): void {
    const span = rangeRows(this.store, watch.range, Math.floor(watch.cell / this.store.columnCount));
    watch.first = span ? span.first : 1;
    watch.last = span ? span.last : 0;
  }
}

function addTo<K>(map: Map<K, Set<number>>, key: K, cell: number): void {
  let cells = map.get(key);
  if (!cells) map.set(key, (cells = new Set()));
  cells.add(cell);
}

function removeFrom<K>(map: Map<K, Set<number>>, key: K, cell: number): void {
  const cells = map.get(key);
  if (!cells) return;
  cells.delete(cell);
  if (cells.size === 0) map.delete(key);
}
