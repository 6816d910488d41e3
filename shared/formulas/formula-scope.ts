import { CellRange, type CellSource, type FormulaValue, type ScalarValue } from './cell-range.ts';
import type { CellStore } from './cell-store.ts';
import { formulaSymbol } from './compile-formula.ts';
import { formulaError, type FormulaError } from './formula-error.ts';
import type { KeptTotals } from './kept-totals.ts';
import { rangeRows } from './range-rows.ts';
import type { FormulaScope } from './restricted-math.ts';
import type { SheetFormula, SheetFormulas } from './sheet-formulas.ts';

const referenceError = formulaError('#REF!');
const nameError = formulaError('#NAME?');
const valueError = formulaError('#VALUE!');

/**
 * What a compiled formula reads while one cell evaluates it: its references, ranges and names,
 * by the scope symbols the compiler gave them, resolved against the cell's own row.
 */
export class SheetScope implements FormulaScope, CellSource {
  private formula: SheetFormula | undefined;
  private slot = 0;

  constructor(
    private readonly store: CellStore,
    private readonly formulas: SheetFormulas,
    private readonly totals: KeptTotals,
  ) {}

  /** Sets the formula and row that symbols are read for (undefined: none, every read fails). */
  bind(formula: SheetFormula | undefined, slot: number): void {
    this.formula = formula;
    this.slot = slot;
  }

  has(symbol: string): boolean {
    return formulaSymbol(symbol) !== undefined;
  }

  get(symbol: string): FormulaValue {
    const decoded = formulaSymbol(symbol);
    const formula = this.formula;
    if (!decoded || !formula) return valueError;
    const { store } = this;
    if (decoded.kind === 'cell') {
      const reference = formula.references[decoded.index]!;
      const slot = reference.rowId === null ? this.slot : store.slotOf(reference.rowId);
      if (slot === undefined || reference.column < 0) return referenceError;
      return store.readCell(slot * store.columnCount + reference.column);
    }
    if (decoded.kind === 'range') {
      const range = formula.ranges[decoded.index]!;
      const span = range.firstColumn < 0 ? null : rangeRows(store, range, this.slot);
      return span ? new CellRange(this, span.first, span.last, range.firstColumn, range.lastColumn) : referenceError;
    }
    if (decoded.kind === 'name') return this.formulas.nameValue(formula.compiled.names[decoded.index]!) ?? nameError;
    return valueError;
  }

  set(): void {
    throw new Error('formulas cannot assign');
  }

  keys(): Iterable<string> {
    return [];
  }

  valueAt(position: number, column: number): ScalarValue {
    return this.store.valueAt(position, column);
  }

  sumColumn(column: number, first: number, last: number): number | FormulaError {
    return this.totals.sum(column, first, last);
  }

  sumColumnIf(criteriaColumn: number, criterion: ScalarValue, sumColumn: number, first: number, last: number): number | FormulaError {
    return this.totals.sumIf(criteriaColumn, criterion, sumColumn, first, last);
  }

  countColumnIf(column: number, criterion: ScalarValue, first: number, last: number): number | FormulaError {
    return this.totals.countIf(column, criterion, first, last);
  }

  rangeResult(name: string, range: CellRange, compute: () => ScalarValue): ScalarValue {
    return this.totals.rangeResult(name, range.firstColumn, range.lastColumn, range.firstPosition, range.lastPosition, compute);
  }
}
