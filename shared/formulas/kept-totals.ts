import type { ScalarValue } from './cell-range.ts';
import { ColumnTotals, type ColumnReader } from './column-totals.ts';
import { criterionTest, type CellTest } from './criteria.ts';
import { FormulaError } from './formula-error.ts';

/** Kept SUMIF totals (one per column pair and criterion); the least recently used go beyond this. */
const keptConditionalTotals = 64;
/** Shorter ranges are added up directly rather than kept. */
const shortestKeptRange = 512;

/**
 * The column totals a sheet keeps for SUM and SUMIF over long ranges, so an edit re-adds one
 * block instead of the whole column. The sheet tells it when a cell's value changed and when
 * rows came, went or moved.
 */
export class KeptTotals {
  private totals = new Map<string, ColumnTotals>();
  private byColumn: Set<ColumnTotals>[];

  constructor(
    private readonly columnCount: number,
    private readonly read: ColumnReader,
    private readonly rowCount: () => number,
  ) {
    this.byColumn = Array.from({ length: columnCount }, () => new Set());
  }

  clear(): void {
    this.totals = new Map();
    this.byColumn = Array.from({ length: this.columnCount }, () => new Set());
  }

  /** A cell's value changed at this display position. */
  cellChanged(column: number, position: number): void {
    const totals = this.byColumn[column]!;
    if (totals.size === 0) return;
    for (const kept of totals) kept.cellChanged(position);
  }

  /** Rows moved, came or went: every kept total starts over. */
  rowsMoved(): void {
    for (const totals of this.totals.values()) totals.invalidate(this.rowCount());
  }

  sum(column: number, first: number, last: number): number | FormulaError {
    return this.columnTotals(`${column}`, column, -1, null, last - first + 1).total(first, last);
  }

  sumIf(criteriaColumn: number, criterion: ScalarValue, sumColumn: number, first: number, last: number): number | FormulaError {
    const test = criterionTest(criterion);
    if (test instanceof FormulaError) return test;
    const key = `${sumColumn}|${criteriaColumn}|${typeof criterion}:${String(criterion)}`;
    return this.columnTotals(key, sumColumn, criteriaColumn, test, last - first + 1).total(first, last);
  }

  /** The kept totals for a column (and criterion), made on first use; short ranges get a throwaway. */
  private columnTotals(key: string, sumColumn: number, criteriaColumn: number, test: CellTest | null, length: number): ColumnTotals {
    const kept = this.totals.get(key);
    if (kept) {
      if (test) {
        this.totals.delete(key);
        this.totals.set(key, kept);
      }
      return kept;
    }
    const totals = new ColumnTotals(this.read, sumColumn, criteriaColumn, test);
    if (length < shortestKeptRange) return totals;
    totals.invalidate(this.rowCount());
    this.totals.set(key, totals);
    this.byColumn[sumColumn]!.add(totals);
    if (criteriaColumn >= 0) this.byColumn[criteriaColumn]!.add(totals);
    if (test) this.forgetOldConditionalTotals();
    return totals;
  }

  private forgetOldConditionalTotals(): void {
    const conditional = [...this.totals].filter(([, totals]) => totals.criteriaColumn >= 0);
    for (const [key, totals] of conditional.slice(0, Math.max(0, conditional.length - keptConditionalTotals))) {
      this.totals.delete(key);
      this.byColumn[totals.sumColumn]!.delete(totals);
      this.byColumn[totals.criteriaColumn]!.delete(totals);
    }
  }
}
