import { noFormula } from './cell-store.ts';
import { compileFormula, type CompiledFormula } from './compile-formula.ts';
import type { RangeArea } from './formula-syntax.ts';

/** Rows of a range by id (null: the formula's own row), or every row of the sheet. */
export type SheetRows = { startRowId: string | null; endRowId: string | null } | 'every-row';

/** A range of a formula with its columns resolved against the sheet (-1 for a column it lacks). */
export type SheetRange = {
  rows: SheetRows;
  firstColumn: number;
  lastColumn: number;
  /** Both ends in the formula's own row (`{.:a}:{.:c}`): read without entries in the dependency index. */
  ownRowOnly: boolean;
  /** As many rows as these span, from this range's top row on (SUMIF's sum range); null: its own rows. */
  heightOf: SheetRows | null;
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

  /** A range's first and last column in the sheet, or [-1, -1] when it names a column the sheet lacks. */
  private columnsOf(area: RangeArea): [number, number] {
    if (area.columns === 'every-column') return [0, this.columnCount - 1];
    const start = this.columnOf(area.columns.start);
    const end = this.columnOf(area.columns.end);
    if (start === undefined || end === undefined) return [-1, -1];
    return [Math.min(start, end), Math.max(start, end)];
  }

  private resolve(compiled: CompiledFormula): SheetFormula {
    const column = (id: string) => this.columnOf(id) ?? -1;
    const ownRowColumns = new Uint8Array(this.columnCount);
    const references = compiled.references.map((reference) => {
      const index = column(reference.columnId);
      if (reference.rowId === null && index >= 0) ownRowColumns[index] = 1;
      return { rowId: reference.rowId, column: index };
    });
    const ranges = compiled.ranges.map(({ area, sizedLike }): SheetRange => {
      const [firstColumn, lastColumn] = this.columnsOf(area);
      const rows = rowsOf(area);
      let ownRowOnly = rows !== 'every-row' && rows.startRowId === null && rows.endRowId === null;
      let last = lastColumn;
      let heightOf: SheetRows | null = null;
      if (sizedLike && firstColumn >= 0) {
        const [likeFirst, likeLast] = this.columnsOf(sizedLike);
        // Columns beyond the sheet hold nothing, so the range stops at its last column.
        if (likeFirst >= 0) last = Math.min(this.columnCount - 1, firstColumn + likeLast - likeFirst);
        heightOf = rowsOf(sizedLike);
        ownRowOnly &&= heightOf !== 'every-row' && heightOf.startRowId === null && heightOf.endRowId === null;
      }
      if (ownRowOnly && firstColumn >= 0) ownRowColumns.fill(1, firstColumn, last + 1);
      return { rows, firstColumn, lastColumn: last, ownRowOnly, heightOf };
    });
    const readsRanges = ranges.some((range) => !range.ownRowOnly && range.firstColumn >= 0);
    const readsOtherRows = readsRanges || references.some((reference) => reference.rowId !== null && reference.column >= 0);
    return { compiled, references, ranges, ownRowColumns, readsOtherRows, readsRanges };
  }
}

function rowsOf(area: RangeArea): SheetRows {
  return area.rows === 'every-row' ? 'every-row' : { startRowId: area.rows.start, endRowId: area.rows.end };
}
