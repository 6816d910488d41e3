import type { ScalarValue } from './cell-range.ts';

/** Kept results; the least recently used go beyond this. */
const keptResults = 256;

/**
 * Results of functions over one long range (`AVERAGE(G:G)`, `MAX(G:G)`, a SUM across columns),
 * by function and cells covered, kept until a cell in one of the range's columns changes or rows
 * move: 5,000 formulas asking the same question read the range once. The result is the one the
 * function computed, so keeping it changes nothing but the time.
 */
export class RangeResults {
  private results = new Map<string, { value: ScalarValue; firstColumn: number; lastColumn: number }>();
  private keysByColumn: Set<string>[];

  constructor(private readonly columnCount: number) {
    this.keysByColumn = Array.from({ length: columnCount }, () => new Set());
  }

  /** Every result is forgotten: rows moved, came or went, or the sheet was loaded again. */
  clear(): void {
    if (this.results.size === 0) return;
    this.results = new Map();
    this.keysByColumn = Array.from({ length: this.columnCount }, () => new Set());
  }

  /** A cell of this column changed: results over the column are forgotten. */
  cellChanged(column: number): void {
    const keys = this.keysByColumn[column]!;
    if (keys.size === 0) return;
    for (const key of [...keys]) this.forget(key);
  }

  /** The kept result under this key, else `compute`'s, kept. */
  result(key: string, firstColumn: number, lastColumn: number, compute: () => ScalarValue): ScalarValue {
    const kept = this.results.get(key);
    if (kept) {
      this.results.delete(key);
      this.results.set(key, kept);
      return kept.value;
    }
    const value = compute();
    this.results.set(key, { value, firstColumn, lastColumn });
    for (let column = firstColumn; column <= lastColumn; column++) this.keysByColumn[column]!.add(key);
    if (this.results.size > keptResults) this.forget(this.results.keys().next().value!);
    return value;
  }

  private forget(key: string): void {
    const kept = this.results.get(key);
    if (!kept) return;
    this.results.delete(key);
    for (let column = kept.firstColumn; column <= kept.lastColumn; column++) this.keysByColumn[column]!.delete(key);
  }
}
