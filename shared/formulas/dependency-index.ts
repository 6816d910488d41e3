import { noFormula, type CellStore } from './cell-store.ts';
import { SharedRanges, type SharedRange } from './shared-ranges.ts';
import type { SheetFormula, SheetFormulas, SheetRows } from './sheet-formulas.ts';

/**
 * Which formula cells read which cells, for the reads that cross rows: references by row id
 * (kept per cell read, or per missing row id until that row comes back) and ranges (shared
 * ranges, one per column and rows read, each with its readers). Reads of a formula's own row
 * need no entries: the formula's `ownRowColumns` answers them.
 *
 * It is also the evaluation graph: nodes are the cells (cell index) and then the shared ranges
 * (cell capacity + range index). A range's readers depend on its node and its node on the
 * cells it covers, so a whole column read by 5,000 formulas costs 5,000 + 5,000 edges, not
 * 5,000 × 5,000.
 */
export class DependencyIndex {
  private referenceDependents = new Map<number, Set<number>>();
  private missingRowDependents = new Map<string, Set<number>>();
  private readonly ranges: SharedRanges;
  private rangesOfCell = new Map<number, SharedRange[]>();

  constructor(
    private readonly store: CellStore,
    private readonly formulas: SheetFormulas,
  ) {
    this.ranges = new SharedRanges(store);
  }

  clear(): void {
    this.referenceDependents = new Map();
    this.missingRowDependents = new Map();
    this.ranges.clear();
    this.rangesOfCell = new Map();
  }

  /** How many nodes the evaluation graph has room for: every cell's, then every shared range's. */
  get nodeCount(): number {
    return this.cellNodeCount() + this.ranges.capacity;
  }

  /** Whether a graph node is a cell (else a shared range). */
  isCell(node: number): boolean {
    return node < this.cellNodeCount();
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
    const ownRowId = this.store.rowIdOf(Math.floor(cell / columns))!;
    const read: SharedRange[] = [];
    for (const range of formula.ranges) {
      if (range.ownRowOnly || range.firstColumn < 0) continue;
      for (let column = range.firstColumn; column <= range.lastColumn; column++) {
        const shared = this.ranges.join(cell, range, column, ownRowId);
        if (!read.includes(shared)) read.push(shared);
      }
    }
    this.rangesOfCell.set(cell, read);
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
    for (const shared of this.rangesOfCell.get(cell) ?? []) this.ranges.leave(shared, cell);
    this.rangesOfCell.delete(cell);
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

  /**
   * The formula cells with a range that starts or ends on this row, or takes its height from one
   * that does (a formula's own row counts as named: its cells go with the row anyway).
   */
  cellsWithRangeEndOn(rowId: string): Set<number> {
    const cells = new Set<number>();
    const endsOn = (rows: SheetRows | null) => rows !== null && rows !== 'every-row' && (rows.startRowId === rowId || rows.endRowId === rowId);
    for (const { range, readers } of this.ranges.all()) {
      if (endsOn(range.rows) || endsOn(range.heightOf)) for (const reader of readers) cells.add(reader);
    }
    return cells;
  }

  /** Every shared range's current interval, to compare with after rows move. */
  intervals(): Map<SharedRange, [number, number]> {
    const intervals = new Map<SharedRange, [number, number]>();
    for (const shared of this.ranges.all()) intervals.set(shared, [shared.first, shared.last]);
    return intervals;
  }

  /**
   * Moves every range to its rows' new positions and returns the formula cells whose ranges now
   * hold other cells, or the same cells in another order (a sum's rounding follows the order).
   */
  reresolve(contentChanged: (first: number, last: number, shared: SharedRange) => boolean): number[] {
    const seeds: number[] = [];
    for (const shared of this.ranges.all()) {
      const wasValid = shared.first <= shared.last;
      const coveredChange = contentChanged(shared.first, shared.last, shared);
      this.ranges.resolve(shared);
      if (coveredChange || wasValid !== shared.first <= shared.last || contentChanged(shared.first, shared.last, shared)) for (const reader of shared.readers) seeds.push(reader);
    }
    return seeds;
  }

  /** The nodes that read a node: for a cell its same-row readers, readers by row id and the shared ranges covering it; for a range its readers. */
  dependentsOf(node: number, found: number[]): void {
    const { store, formulas } = this;
    const cellNodes = this.cellNodeCount();
    if (node >= cellNodes) {
      for (const reader of this.ranges.at(node - cellNodes)!.readers) found.push(reader);
      return;
    }
    const columns = store.columnCount;
    const slot = Math.floor(node / columns);
    const column = node % columns;
    const cellFormula = store.cellFormula;
    for (let other = 0; other < columns; other++) {
      const reader = slot * columns + other;
      const formula = cellFormula[reader]!;
      if (formula !== noFormula && formulas.get(formula)!.ownRowColumns[column] === 1) found.push(reader);
    }
    const readers = this.referenceDependents.get(node);
    if (readers) for (const reader of readers) found.push(reader);
    const ranges = this.ranges.inColumn(column);
    if (ranges.size > 0) {
      const position = store.positionOfSlot[slot]!;
      for (const shared of ranges) if (shared.first <= position && position <= shared.last) found.push(cellNodes + shared.index);
    }
  }

  /**
   * The nodes a node reads, before `pending` says a column has no formulas left to evaluate (a
   * range over a finished column then needs no edges): for a formula cell the cells it reads and
   * its shared ranges, for a range the cells it covers. What `wanted` accepts of them.
   */
  precedentsOf(node: number, pending: Int32Array, wanted: (node: number) => void): void {
    const { store } = this;
    const columns = store.columnCount;
    const cellNodes = this.cellNodeCount();
    if (node >= cellNodes) {
      const shared = this.ranges.at(node - cellNodes)!;
      if (pending[shared.column] === 0) return;
      for (let position = shared.first; position <= shared.last; position++) wanted(store.order[position]! * columns + shared.column);
      return;
    }
    const formula = this.formulas.get(store.cellFormula[node]!)!;
    const slot = Math.floor(node / columns);
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
    for (const shared of this.rangesOfCell.get(node) ?? []) {
      if (pending[shared.column] !== 0) wanted(cellNodes + shared.index);
    }
  }

  private cellNodeCount(): number {
    return this.store.capacity * this.store.columnCount;
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
