import type { FormulaError } from './formula-error.ts';

/** What one cell holds as seen by a formula; null is an empty cell. */
export type ScalarValue = number | string | boolean | null | FormulaError;

/** Reads cells by display position, so a range follows the rows' current order. */
export interface CellSource {
  /** Null for an empty cell and for a position or column outside the sheet. */
  valueAt(position: number, column: number): ScalarValue;
  /** The numbers of one column between two positions added up, or the first error among them. */
  sumColumn(column: number, first: number, last: number): number | FormulaError;
  /** The same, counting only rows whose cell in `criteriaColumn` meets the criterion (SUMIF). */
  sumColumnIf(criteriaColumn: number, criterion: ScalarValue, sumColumn: number, first: number, last: number): number | FormulaError;
  /** How many cells of one column between two positions meet the criterion (COUNTIF). */
  countColumnIf(column: number, criterion: ScalarValue, first: number, last: number): number | FormulaError;
  /** What a function (by name) gives for a range of this source as its only argument; `compute` works it out when it is not kept. */
  rangeResult(name: string, range: CellRange, compute: () => ScalarValue): ScalarValue;
}

/**
 * A rectangular block of cells handed to a function as a reference (`SUM(G2:G20)`), not as a
 * value: functions decide how to treat text, booleans and empty cells in it, as Excel does.
 */
export class CellRange {
  constructor(
    readonly source: CellSource,
    readonly firstPosition: number,
    readonly lastPosition: number,
    readonly firstColumn: number,
    readonly lastColumn: number,
  ) {}

  get height(): number {
    return this.lastPosition - this.firstPosition + 1;
  }

  get width(): number {
    return this.lastColumn - this.firstColumn + 1;
  }

  /** The cell at an offset from the top-left corner. */
  valueAtOffset(rowOffset: number, columnOffset: number): ScalarValue {
    return this.source.valueAt(this.firstPosition + rowOffset, this.firstColumn + columnOffset);
  }
}

/** Everything a formula's parts can produce while it is evaluated. */
export type FormulaValue = ScalarValue | CellRange;
