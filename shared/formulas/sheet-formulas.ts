import { noFormula } from './cell-store.ts';
import { compileFormula, type CompiledFormula } from './compile-formula.ts';

/** A range of a formula with its columns resolved against the sheet (-1 for a column it lacks). */
export type SheetRange = {
  startRowId: string | null;
  endRowId: string | null;
  firstColumn: number;
  lastColumn: number;
  /** Both ends in the formula's own row (`{.:a}:{.:c}`): read without entries in the dependency index. */
  ownRowOnly: boolean;
  /** As many rows as these two ends span, from this range's top row on (SUMIF's sum range); null: its own ends. */
  heightOf: { startRowId: string | null; endRowId: string | null } | null;
};

/** A compiled formula with its column ids resolved against this sheet's columns. */
export type SheetFormula = {
  compiled: CompiledFormula;
  references: { rowId: string | null; column: number }[];
  ranges: SheetRange[];
  /** 1 for every column the formula reads in its own row (`{.:x}`, `{.:a}:{.:b}`): no edges are stored for these. */
  ownRowColumns: Uint8Array;
  /** Reads a row by id or a range beyond its own row, so it needs edges in the dependency index. */
  readsOtherRows: boolean;
  readsRanges: boolean;
};

const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The formulas of one sheet: each stored text compiled once and shared by every cell that holds
 * it, the formula each column gives its empty cells, and the named constants formulas read.
 */
export class SheetFormulas {
  private formulas: SheetFormula[] = [];
  private indexByText = new Map<string, number>();
  private readonly columnFormula: Int32Array;
  private readonly names = new Map<string, number>();

  constructor(
    private readonly columnCount: number,
    private readonly columnOf: (columnId: string) => number | undefined,
  ) {
    this.columnFormula = new Int32Array(columnCount).fill(noFormula);
  }

  get(index: number): SheetFormula | undefined {
    return this.formulas[index];
  }

  text(index: number): string {
    return this.formulas[index]!.compiled.text;
  }

  /** Forgets every compiled formula but the columns' own (a load starts over). */
  reset(): void {
    const columnTexts = [...this.columnFormula].map((index) => (index === noFormula ? null : this.text(index)));
    this.formulas = [];
    this.indexByText = new Map();
    columnTexts.forEach((text, column) => {
      this.columnFormula[column] = text === null ? noFormula : this.indexOf(text);
    });
  }

  forColumn(column: number): number {
    return this.columnFormula[column]!;
  }

  setForColumn(column: number, stored: string | null): void {
    this.columnFormula[column] = stored === null ? noFormula : this.indexOf(stored);
  }

  /** Changes a named constant; false when it already had this value. */
  setName(name: string, value: number): boolean {
    if (!namePattern.test(name)) throw new RangeError(`not a name: ${name}`);
    const key = name.toUpperCase();
    if (this.names.get(key) === value) return false;
    this.names.set(key, value);
    return true;
  }

  nameValue(key: string): number | undefined {
    return this.names.get(key);
  }

  /** The indexes of the formulas that read a name. */
  readersOf(name: string): Set<number> {
    const key = name.toUpperCase();
    const readers = new Set<number>();
    this.formulas.forEach((formula, index) => {
      if (formula.compiled.names.includes(key)) readers.add(index);
    });
    return readers;
  }

  /** The index of a stored text's formula, compiled on first use. */
  indexOf(text: string): number {
    const known = this.indexByText.get(text);
    if (known !== undefined) return known;
    const index = this.formulas.push(this.resolve(compileFormula(text))) - 1;
    this.indexByText.set(text, index);
    return index;
  }

  private resolve(compiled: CompiledFormula): SheetFormula {
    const column = (id: string) => this.columnOf(id) ?? -1;
    const ownRowColumns = new Uint8Array(this.columnCount);
    const references = compiled.references.map((reference) => {
      const index = column(reference.columnId);
      if (reference.rowId === null && index >= 0) ownRowColumns[index] = 1;
      return { rowId: reference.rowId, column: index };
    });
    const ranges = compiled.ranges.map(({ start, end, sizedLike }): SheetRange => {
      const startColumn = column(start.columnId);
      const endColumn = column(end.columnId);
      const known = startColumn >= 0 && endColumn >= 0;
      const firstColumn = known ? Math.min(startColumn, endColumn) : -1;
      let lastColumn = known ? Math.max(startColumn, endColumn) : -1;
      let ownRowOnly = start.rowId === null && end.rowId === null;
      let heightOf: SheetRange['heightOf'] = null;
      if (sizedLike && known) {
        const likeStart = column(sizedLike.start.columnId);
        const likeEnd = column(sizedLike.end.columnId);
        // Columns beyond the sheet hold nothing, so the range stops at its last column.
        if (likeStart >= 0 && likeEnd >= 0) lastColumn = Math.min(this.columnCount - 1, firstColumn + Math.abs(likeEnd - likeStart));
        heightOf = { startRowId: sizedLike.start.rowId, endRowId: sizedLike.end.rowId };
        ownRowOnly &&= heightOf.startRowId === null && heightOf.endRowId === null;
      }
      if (ownRowOnly && known) ownRowColumns.fill(1, firstColumn, lastColumn + 1);
      return { startRowId: start.rowId, endRowId: end.rowId, firstColumn, lastColumn, ownRowOnly, heightOf };
    });
    const readsRanges = ranges.some((range) => !range.ownRowOnly && range.firstColumn >= 0);
    const readsOtherRows = readsRanges || references.some((reference) => reference.rowId !== null && reference.column >= 0);
    return { compiled, references, ranges, ownRowColumns, readsOtherRows, readsRanges };
  }
}
