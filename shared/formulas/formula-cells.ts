import { emptyKind, formulaKind, noFormula, type CellStore } from './cell-store.ts';
import type { DependencyIndex } from './dependency-index.ts';
import type { Evaluator } from './evaluator.ts';
import type { SheetFormulas } from './sheet-formulas.ts';
import { isFormula, type CellInput } from './sheet-types.ts';

/**
 * Which formula each cell evaluates (its own, or its column's when it holds nothing), kept in
 * step with the dependency index and the count of formula cells; a cell without a formula shows
 * what was typed into it.
 */
export class FormulaCells {
  /** How many cells evaluate a formula: decides between following edges and recalculating everything. */
  count = 0;

  constructor(
    private readonly store: CellStore,
    private readonly formulas: SheetFormulas,
    private readonly index: DependencyIndex,
    private readonly evaluator: Evaluator,
  ) {}

  /** Stores what was typed; a formula as the index of its compiled text. */
  writeInput(cell: number, input: CellInput): void {
    this.store.writeInput(cell, input, isFormula(input) ? this.formulas.indexOf(input) : noFormula);
  }

  /** Gives an edited cell its formula (entered in the dependency index) or its typed value. */
  apply(cell: number): void {
    const formula = this.effectiveFormula(cell);
    this.store.cellFormula[cell] = formula;
    if (formula !== noFormula) {
      this.count += 1;
      this.index.attach(cell, this.formulas.get(formula)!);
    } else {
      this.evaluator.setValue(cell, this.store.typedValue(cell));
    }
  }

  /** Takes a cell's formula out of the dependency index and out of the count. */
  unset(cell: number): void {
    const formula = this.formulas.get(this.store.cellFormula[cell]!);
    if (!formula) return;
    this.count -= 1;
    this.store.cellFormula[cell] = noFormula;
    this.index.detach(cell, formula);
  }

  /** Re-reads a cell's row ids after a row with one of them came or went. */
  reattach(cell: number): void {
    const formula = this.formulas.get(this.store.cellFormula[cell]!);
    if (!formula) return;
    this.index.detach(cell, formula);
    this.index.attach(cell, formula);
  }

  /** Fills a new row's cells; its formulas are entered in the dependency index afterwards (attachRow). */
  fillRow(slot: number, cells: Readonly<Record<string, CellInput>>): void {
    const { store } = this;
    for (let column = 0; column < store.columnCount; column++) {
      const cell = slot * store.columnCount + column;
      const columnId = store.columnIds[column]!;
      this.writeInput(cell, Object.hasOwn(cells, columnId) ? (cells[columnId] ?? null) : null);
      const formula = this.effectiveFormula(cell);
      store.cellFormula[cell] = formula;
      if (formula === noFormula) {
        store.writeValue(cell, store.typedValue(cell));
      } else {
        this.count += 1;
        store.clearValue(cell);
      }
    }
  }

  attachRow(slot: number): void {
    for (let column = 0; column < this.store.columnCount; column++) {
      const cell = slot * this.store.columnCount + column;
      const formula = this.formulas.get(this.store.cellFormula[cell]!);
      if (formula) this.index.attach(cell, formula);
    }
  }

  /** The cells of a column that evaluate its formula: every row whose own cell holds nothing. */
  columnCells(column: number): number[] {
    const cells: number[] = [];
    for (const slot of this.store.order) {
      const cell = slot * this.store.columnCount + column;
      if (this.store.inputKind[cell] === emptyKind) cells.push(cell);
    }
    return cells;
  }

  /** The cell's own formula, else its column's when the cell holds nothing. */
  private effectiveFormula(cell: number): number {
    const kind = this.store.inputKind[cell];
    if (kind === formulaKind) return this.store.ownFormula[cell]!;
    return kind === emptyKind ? this.formulas.forColumn(cell % this.store.columnCount) : noFormula;
  }
}
