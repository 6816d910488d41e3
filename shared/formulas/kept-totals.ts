import type { ScalarValue } from './cell-range.ts';
import { ColumnTotals, countRows, type ColumnReader } from './column-totals.ts';
import { criterionTest, type CellTest } from './criteria.ts';
import { FormulaError } from './formula-error.ts';
import { RangeResults } from './range-results.ts';

/** Kept SUMIF and COUNTIF totals (one per columns and criterion); the least recently used go beyond this. */
const keptConditionalTotals = 64;
/** Shorter ranges are added up (or read) directly rather than kept. */
const shortestKeptRange = 512;

/**
 * What a sheet keeps about long ranges, so work over a range is shared by every formula that
 * reads it: the column totals for SUM, SUMIF and COUNTIF, one per column (and criterion) however
 * many formulas ask, so an edit re-adds one block instead of the whole column; and the results
 * of other functions over one long range (RangeResults). The sheet tells it when a cell's value
 * changed and when rows came, went or moved.
 */
export class KeptTotals {
  private totals = new Map<string, ColumnTotals>();
  private byColumn: Set<ColumnTotals>[];
  private readonly results: RangeResults;

  constructor(
    private readonly columnCount: number,
    private readonly read: ColumnReader,
    private readonly rowCount: () => number,
  ) {
    this.byColumn = Array.from({ length: columnCount }, () => new Set());
    this.results = new RangeResults(columnCount);
  }

  clear(): void {
    this.totals = new Map();
    this.byColumn = Array.from({ length: this.columnCount }, () => new Set());
    this.results.clear();
  }

  /** A cell's value changed at this display position. */
  cellChanged(column: number, position: number): void {
    for (const kept of this.byColumn[column]!) kept.cellChanged(position);
    this.results.cellChanged(column);
  }

  /** Rows moved, came or went: every kept total starts over. */
  rowsMoved(): void {
    for (const totals of this.totals.values()) totals.invalidate(this.rowCount());
    this.results.clear();
  }

  /** What a function (by name) gives for one range of these cells: kept for a long range, else computed. */
  rangeResult(name: string, firstColumn: number, lastColumn: number, first: number, last: number, compute: () => ScalarValue): ScalarValue {
    if ((last - first + 1) * (lastColumn - firstColumn + 1) < shortestKeptRange) return compute();
    return this.results.result(`${name}|${firstColumn}|${lastColumn}|${first}|${last}`, firstColumn, lastColumn, compute);
  }

  sum(column: number, first: number, last: number): number | FormulaError {
    return this.columnTotals(`${column}`, column, -1, null, last - first + 1).total(first, last);
  }

  sumIf(criteriaColumn: number, criterion: ScalarValue, sumColumn: number, first: number, last: number): number | FormulaError {
    return this.conditional(`${sumColumn}|${criteriaColumn}`, criteriaColumn, criterion, sumColumn, first, last);
  }

  countIf(column: number, criterion: ScalarValue, first: number, last: number): number | FormulaError {
    return this.conditional(`count|${column}`, column, criterion, countRows, first, last);
  }

  private conditional(columnsKey: string, criteriaColumn: number, criterion: ScalarValue, sumColumn: number, first: number, last: number): number | FormulaError {
    if (criterion instanceof FormulaError) return criterion;
    const key = `${columnsKey}|${typeof criterion}:${String(criterion)}`;
    const kept = this.totals.get(key);
    if (kept) {
      this.totals.delete(key);
      this.totals.set(key, kept);
      return kept.total(first, last);
    }
    const test = criterionTest(criterion);
    if (test instanceof FormulaError) return test;
    return this.columnTotals(key, sumColumn, criteriaColumn, test, last - first + 1).total(first, last);
  }

  /** The kept totals for a column (and criterion), made on first use; short ranges get a throwaway. */
  private columnTotals(key: string, sumColumn: number, criteriaColumn: number, test: CellTest | null, length: number): ColumnTotals {
    const kept = this.totals.get(key);
    if (kept) return kept;
    const totals = new ColumnTotals(this.read, sumColumn, criteriaColumn, test);
    if (length < shortestKeptRange) return totals;
    totals.invalidate(this.rowCount());
    this.totals.set(key, totals);
    for (const column of columnsOf(totals)) this.byColumn[column]!.add(totals);
    if (test) this.forgetOldConditionalTotals();
    return totals;
  }

  private forgetOldConditionalTotals(): void {
    const conditional = [...this.totals].filter(([, totals]) => totals.criteriaColumn >= 0);
    for (const [key, totals] of conditional.slice(0, Math.max(0, conditional.length - keptConditionalTotals))) {
      this.totals.delete(key);
      for (const column of columnsOf(totals)) this.byColumn[column]!.delete(totals);
    }
  }
}

/** The columns whose cells a kept total reads. */
function columnsOf(totals: ColumnTotals): number[] {
  return [totals.sumColumn, totals.criteriaColumn].filter((column) => column >= 0);
}
