import type { CellStore } from './cell-store.ts';
import { rangeRows } from './range-rows.ts';
import type { SheetRange, SheetRows } from './sheet-formulas.ts';

/**
 * One column of a range that formulas read, its rows named by id (a formula's own row by the id
 * of the row it stands in), with its current positions. Every formula cell that reads the same
 * rows of the same column shares it, so a whole column is one of these however many formulas
 * read it: in the evaluation graph it is one node between the column's cells and its readers,
 * where each reader would otherwise hold an edge to every cell. Invalid (an end row is gone)
 * when first > last.
 */
export type SharedRange = {
  /** Its place among the sheet's shared ranges; its node in the graph comes after every cell's. */
  readonly index: number;
  /** What it covers, as the sheet finds it: the column and the rows by id. */
  readonly key: string;
  readonly column: number;
  /** The range with this one column and row ids only, as rangeRows reads it. */
  readonly range: SheetRange;
  first: number;
  last: number;
  readonly readers: Set<number>;
};

/** The rows with the formula's own row (null) named by its id. */
function rowsFrom(rows: SheetRows, ownRowId: string): SheetRows {
  if (rows === 'every-row') return rows;
  return { startRowId: rows.startRowId ?? ownRowId, endRowId: rows.endRowId ?? ownRowId };
}

/** The shared ranges of one sheet: found by what they cover, numbered for the graph, forgotten when nothing reads them. */
export class SharedRanges {
  private byKey = new Map<string, SharedRange>();
  private byIndex: (SharedRange | undefined)[] = [];
  private freeIndexes: number[] = [];
  private byColumn: Set<SharedRange>[];

  constructor(private readonly store: CellStore) {
    this.byColumn = Array.from({ length: store.columnCount }, () => new Set());
  }

  clear(): void {
    this.byKey = new Map();
    this.byIndex = [];
    this.freeIndexes = [];
    this.byColumn = Array.from({ length: this.store.columnCount }, () => new Set());
  }

  /** How many indexes are in use or free: the graph keeps this many nodes for shared ranges. */
  get capacity(): number {
    return this.byIndex.length;
  }

  at(index: number): SharedRange | undefined {
    return this.byIndex[index];
  }

  /** Every shared range of a column, to find those covering an edited cell. */
  inColumn(column: number): ReadonlySet<SharedRange> {
    return this.byColumn[column]!;
  }

  all(): Iterable<SharedRange> {
    return this.byKey.values();
  }

  /** Enters a formula cell as a reader of one column of its range; the shared range is made on first use. */
  join(reader: number, range: SheetRange, column: number, ownRowId: string): SharedRange {
    const rows = rowsFrom(range.rows, ownRowId);
    const heightOf = range.heightOf === null ? null : rowsFrom(range.heightOf, ownRowId);
    const key = JSON.stringify([column, rows, heightOf]);
    let shared = this.byKey.get(key);
    if (!shared) {
      const index = this.freeIndexes.pop() ?? this.byIndex.length;
      const resolved: SheetRange = { rows, firstColumn: column, lastColumn: column, ownRowOnly: false, heightOf };
      shared = { index, key, column, range: resolved, first: 1, last: 0, readers: new Set() };
      this.resolve(shared);
      this.byKey.set(key, shared);
      this.byIndex[index] = shared;
      this.byColumn[column]!.add(shared);
    }
    shared.readers.add(reader);
    return shared;
  }

  /** Takes a reader out; a range nobody reads any more is forgotten. */
  leave(shared: SharedRange, reader: number): void {
    if (!shared.readers.delete(reader) || shared.readers.size > 0) return;
    this.byKey.delete(shared.key);
    this.byIndex[shared.index] = undefined;
    this.freeIndexes.push(shared.index);
    this.byColumn[shared.column]!.delete(shared);
  }

  /** Moves a shared range to its rows' current positions. */
  resolve(shared: SharedRange): void {
    // Every row is named by id, so the slot rangeRows would read for the formula's own row is never used.
    const span = rangeRows(this.store, shared.range, -1);
    shared.first = span ? span.first : 1;
    shared.last = span ? span.last : 0;
  }
}
