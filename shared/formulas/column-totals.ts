import type { ScalarValue } from './cell-range.ts';
import type { CellTest } from './criteria.ts';
import { FormulaError } from './formula-error.ts';

const blockBits = 8;
const blockSize = 1 << blockBits;
const noError = -1;

export type ColumnReader = (position: number, column: number) => ScalarValue;

/** Counting the rows whose criteria cell passes the test (COUNTIF), rather than adding a column. */
export const countRows = -1;

/**
 * The sum of one column's numbers (optionally only on rows whose cell in another column passes
 * a test, for SUMIF), or the count of rows that pass (COUNTIF, sumColumn `countRows`), kept per
 * block of 256 rows, and the last total asked for. An edit marks its block stale and forgets
 * that total; a query adds the blocks it covers and recomputes only stale ones, so a sum over
 * 50,000 rows costs a few hundred additions after an edit instead of 50,000, and every formula
 * after the first that asks for the same rows (5,000 cells holding `=SUM(G:G)`) gets the kept
 * total.
 *
 * A stale block is recomputed from its cells, never adjusted by a difference, so the result
 * depends only on the values: the same as a fresh calculation to the last bit.
 */
export class ColumnTotals {
  private sums = new Float64Array(0);
  private firstErrors = new Int32Array(0);
  private fresh = new Uint8Array(0);
  /** The last total asked for, over keptFirst..keptLast; none while keptFirst > keptLast. */
  private keptFirst = 1;
  private keptLast = 0;
  private keptTotal: number | FormulaError = 0;

  constructor(
    private readonly read: ColumnReader,
    readonly sumColumn: number,
    readonly criteriaColumn: number,
    private readonly test: CellTest | null,
  ) {}

  /** Every block is stale: rows moved, came or went. */
  invalidate(rowCount: number): void {
    const blocks = Math.ceil(rowCount / blockSize);
    if (blocks !== this.fresh.length) {
      this.sums = new Float64Array(blocks);
      this.firstErrors = new Int32Array(blocks);
      this.fresh = new Uint8Array(blocks);
    } else {
      this.fresh.fill(0);
    }
    this.forgetTotal();
  }

  /** A cell of one of this total's columns changed at this position. */
  cellChanged(position: number): void {
    const block = position >> blockBits;
    if (block < this.fresh.length) this.fresh[block] = 0;
    this.forgetTotal();
  }

  /** The sum (or count) over positions first..last, or the first error (in row order) among the cells it adds. */
  total(first: number, last: number): number | FormulaError {
    if (first === this.keptFirst && last === this.keptLast) return this.keptTotal;
    const total = this.computeTotal(first, last);
    this.keptFirst = first;
    this.keptLast = last;
    this.keptTotal = total;
    return total;
  }

  private forgetTotal(): void {
    this.keptFirst = 1;
    this.keptLast = 0;
  }

  private computeTotal(first: number, last: number): number | FormulaError {
    if (last - first + 1 < 2 * blockSize) return this.addRange(first, last);
    const firstFullBlock = (first + blockSize - 1) >> blockBits;
    const endFullBlock = Math.min((last + 1) >> blockBits, this.fresh.length);
    let total = 0;
    const head = this.addRange(first, (firstFullBlock << blockBits) - 1);
    if (head instanceof FormulaError) return head;
    total += head;
    for (let block = firstFullBlock; block < endFullBlock; block++) {
      if (this.fresh[block] === 0) this.refresh(block);
      const errorPosition = this.firstErrors[block]!;
      if (errorPosition !== noError) return this.read(errorPosition, this.sumColumn) as FormulaError;
      total += this.sums[block]!;
    }
    const tail = this.addRange(endFullBlock << blockBits, last);
    return tail instanceof FormulaError ? tail : total + tail;
  }

  private refresh(block: number): void {
    const first = block << blockBits;
    let sum = 0;
    let firstError = noError;
    for (let position = first; position < first + blockSize; position++) {
      if (this.test && !this.test(this.read(position, this.criteriaColumn))) continue;
      if (this.sumColumn === countRows) {
        sum += 1;
        continue;
      }
      const value = this.read(position, this.sumColumn);
      if (typeof value === 'number') sum += value;
      else if (value instanceof FormulaError) {
        firstError = position;
        break;
      }
    }
    this.sums[block] = sum;
    this.firstErrors[block] = firstError;
    this.fresh[block] = 1;
  }

  private addRange(first: number, last: number): number | FormulaError {
    let sum = 0;
    for (let position = first; position <= last; position++) {
      if (this.test && !this.test(this.read(position, this.criteriaColumn))) continue;
      if (this.sumColumn === countRows) {
        sum += 1;
        continue;
      }
      const value = this.read(position, this.sumColumn);
      if (typeof value === 'number') sum += value;
      else if (value instanceof FormulaError) return value;
    }
    return sum;
  }
}
