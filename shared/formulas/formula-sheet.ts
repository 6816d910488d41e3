import { CellStore, formulaKind, noFormula } from './cell-store.ts';
import { ChangeLog } from './change-log.ts';
import { DependencyIndex } from './dependency-index.ts';
import { Evaluator } from './evaluator.ts';
import { FormulaCells } from './formula-cells.ts';
import { FormulaError, formulaError } from './formula-error.ts';
import { KeptTotals } from './kept-totals.ts';
import { formulaAfterRowRemoval, type RowRemoval } from './row-removal.ts';
import { SheetFormulas } from './sheet-formulas.ts';
import type { CellAddress, CellInput, CellValue, SheetRow } from './sheet-types.ts';

const referenceError = formulaError('#REF!');

/**
 * The formula engine behind the budget grid: cells addressed by row id and column id, formulas
 * in stored syntax (references by row id, so they follow their rows), values recalculated on
 * each edit for the dependents of the change only, in topological order; cycles are #CIRC!.
 *
 * This class is the one door to the engine; the work is done by its parts: the cells
 * (CellStore), the compiled formulas (SheetFormulas), who reads what (DependencyIndex), the
 * evaluation order and cycles (Evaluator, StronglyConnected) and kept column totals.
 */
export class FormulaSheet {
  private readonly store: CellStore;
  private readonly formulas: SheetFormulas;
  private readonly index: DependencyIndex;
  private readonly totals: KeptTotals;
  private readonly changes = new ChangeLog();
  private readonly evaluator: Evaluator;
  private readonly cells: FormulaCells;

  constructor(columnIds: readonly string[]) {
    this.store = new CellStore([...columnIds]);
    this.formulas = new SheetFormulas(this.store.columnCount, (id) => this.store.columnOf(id));
    this.index = new DependencyIndex(this.store, this.formulas);
    this.totals = new KeptTotals(this.store.columnCount, (position, column) => this.store.valueAt(position, column), () => this.store.order.length);
    this.evaluator = new Evaluator(this.store, this.formulas, this.index, this.totals, this.changes);
    this.cells = new FormulaCells(this.store, this.formulas, this.index, this.evaluator);
  }

  /** How many formula evaluations ran since the sheet was made: lets tests see that an edit touched only its dependents. */
  get evaluationCount(): number {
    return this.evaluator.evaluationCount;
  }

  /** Replaces every row (in display order), then builds the graph and calculates everything. */
  load(rows: readonly SheetRow[]): void {
    const ids = rows.map((row) => row.id);
    if (new Set(ids).size !== rows.length) throw new RangeError('row ids must be unique');
    this.formulas.reset();
    this.index.clear();
    this.totals.clear();
    this.store.reset(ids);
    this.cells.count = 0;
    rows.forEach((row, slot) => this.cells.fillRow(slot, row.cells));
    for (let slot = 0; slot < rows.length; slot++) this.cells.attachRow(slot);
    this.changes.tracking = false;
    this.evaluator.recalculateEverything();
    this.changes.tracking = true;
  }

  /** Sets what a cell holds and recalculates its dependents; returns every cell whose value changed, the edited one always. */
  setCell(rowId: string, columnId: string, input: CellInput): CellAddress[] {
    const cell = this.cellOf(rowId, columnId);
    this.changes.start();
    this.cells.unset(cell);
    this.cells.writeInput(cell, input);
    this.cells.apply(cell);
    this.changes.note(cell);
    return this.finishChange([cell]);
  }

  /** Gives every row this formula in the column, except rows whose own cell holds an input; null takes it away. */
  setColumnFormula(columnId: string, stored: string | null): CellAddress[] {
    const column = this.store.columnOf(columnId);
    if (column === undefined) throw new RangeError(`no column ${columnId}`);
    this.changes.start();
    const seeds = this.cells.columnCells(column);
    for (const cell of seeds) this.cells.unset(cell);
    this.formulas.setForColumn(column, stored);
    for (const cell of seeds) this.cells.apply(cell);
    return this.finishChange(seeds);
  }

  /** The formula a column gives its empty cells, as stored text, or null. */
  columnFormula(columnId: string): string | null {
    const column = this.store.columnOf(columnId);
    const formula = column === undefined ? noFormula : this.formulas.forColumn(column);
    return formula === noFormula ? null : this.formulas.text(formula);
  }

  /** A named constant (case-insensitive) that formulas read by name; its readers are recalculated. */
  setName(name: string, value: number): CellAddress[] {
    // Callers set names on every read of a shared sheet; an unchanged value recalculates nothing.
    if (!this.formulas.setName(name, value)) return [];
    this.changes.start();
    const readers = this.formulas.readersOf(name);
    const seeds: number[] = [];
    if (readers.size > 0) {
      const cellFormula = this.store.cellFormula;
      for (const slot of this.store.order) {
        for (let column = 0; column < this.store.columnCount; column++) {
          const cell = slot * this.store.columnCount + column;
          if (readers.has(cellFormula[cell]!)) seeds.push(cell);
        }
      }
    }
    return this.finishChange(seeds);
  }

  /** Inserts a row at a display position; formulas that named its id while it was gone read it again. */
  insertRow(index: number, row: SheetRow): CellAddress[] {
    if (this.store.slotOf(row.id) !== undefined) throw new RangeError(`row ${row.id} already exists`);
    const position = Math.max(0, Math.min(Math.trunc(index), this.store.order.length));
    const slot = this.store.insertRow(row.id, position);
    this.totals.rowsMoved();
    this.changes.start();
    this.cells.fillRow(slot, row.cells);
    this.cells.attachRow(slot);
    const seeds: number[] = [];
    for (let column = 0; column < this.store.columnCount; column++) {
      const cell = slot * this.store.columnCount + column;
      seeds.push(cell);
      if (this.store.readCell(cell) !== null || this.store.cellFormula[cell] !== noFormula) this.changes.note(cell);
    }
    for (const cell of this.index.takeWaiting(row.id)) {
      this.cells.reattach(cell);
      seeds.push(cell);
    }
    seeds.push(...this.index.reresolve((first, last) => first <= position && position <= last));
    return this.finishChange(seeds);
  }

  /**
   * Removes a row: cells that name it become #REF!; a range that starts or ends on it shrinks to
   * the next row inward, its formula rewritten (formulaAfterRowRemoval), and a range across it
   * shrinks by the row.
   */
  removeRow(rowId: string): CellAddress[] {
    const { store } = this;
    const slot = store.slotOf(rowId);
    if (slot === undefined) throw new RangeError(`no row ${rowId}`);
    const position = store.positionOfSlot[slot]!;
    this.changes.start();
    const rewritten = this.rewriteRangesEndingOn({ rowId, rowIds: store.rowIds() }, slot);
    const readers = new Set<number>();
    for (let column = 0; column < store.columnCount; column++) {
      const cell = slot * store.columnCount + column;
      this.cells.unset(cell);
      for (const reader of this.index.takeReaders(cell)) readers.add(reader);
    }
    const oldIntervals = this.index.intervals();
    store.removeRow(slot);
    this.totals.rowsMoved();
    for (const cell of rewritten) this.cells.apply(cell);
    for (const reader of readers) this.cells.reattach(reader);
    const seeds = [...rewritten, ...readers];
    seeds.push(
      ...this.index.reresolve((_first, _last, watch) => {
        const [first, last] = oldIntervals.get(watch) ?? [1, 0];
        return first <= position && position <= last;
      }),
    );
    return this.finishChange(seeds);
  }

  /** Puts the rows in a new order (a sort or a move): references follow their rows, ranges take the rows now between their ends. */
  reorderRows(rowIds: readonly string[]): CellAddress[] {
    const { store } = this;
    if (rowIds.length !== store.order.length) throw new RangeError('reorderRows needs every row exactly once');
    const slots = rowIds.map((id) => store.slotOf(id));
    if (new Set(slots).size !== slots.length || slots.some((slot) => slot === undefined)) throw new RangeError('reorderRows needs every row exactly once');
    let firstMoved = -1;
    let lastMoved = -1;
    slots.forEach((slot, position) => {
      if (slot === store.order[position]) return;
      if (firstMoved < 0) firstMoved = position;
      lastMoved = position;
    });
    this.changes.start();
    if (firstMoved < 0) return this.finishChange([]);
    store.reorder(slots as number[]);
    this.totals.rowsMoved();
    return this.finishChange(this.index.reresolve((first, last) => first <= lastMoved && firstMoved <= last));
  }

  /** Recalculates every formula; for benchmarks and for callers that want a clean slate. */
  recalculate(): CellAddress[] {
    this.changes.start();
    this.evaluator.recalculateEverything();
    return this.changedAddresses();
  }

  /** The cell's value; #REF! for a row or column the sheet does not have. */
  value(rowId: string, columnId: string): CellValue {
    const cell = this.store.cellAt(rowId, columnId);
    return cell === undefined ? referenceError : this.store.readCell(cell);
  }

  /** What was typed into the cell (a formula as its stored text), or null; a column formula is not the cell's input. */
  input(rowId: string, columnId: string): CellInput {
    const cell = this.store.cellAt(rowId, columnId);
    return cell === undefined ? null : this.store.input(cell, (formula) => this.formulas.text(formula));
  }

  /** Every cell holding an error value, in display order. */
  errors(): { rowId: string; columnId: string; error: FormulaError }[] {
    const { store } = this;
    const found: { rowId: string; columnId: string; error: FormulaError }[] = [];
    for (const slot of store.order) {
      for (let column = 0; column < store.columnCount; column++) {
        const cell = slot * store.columnCount + column;
        if (store.isError(cell)) found.push({ rowId: store.rowIdOf(slot)!, columnId: store.columnIds[column]!, error: store.readCell(cell) as FormulaError });
      }
    }
    return found;
  }

  rowIds(): readonly string[] {
    return this.store.rowIds();
  }

  private cellOf(rowId: string, columnId: string): number {
    if (this.store.slotOf(rowId) === undefined) throw new RangeError(`no row ${rowId}`);
    const cell = this.store.cellAt(rowId, columnId);
    if (cell === undefined) throw new RangeError(`no column ${columnId}`);
    return cell;
  }

  /**
   * Gives the formulas whose ranges start or end on a row about to go their rewritten text, and
   * returns the cells to apply once it is gone (outside that row): each is taken out of the
   * dependency index now, while the row's id still leads to its cells.
   */
  private rewriteRangesEndingOn(removal: RowRemoval, removedSlot: number): number[] {
    const { store, formulas } = this;
    const pending: number[] = [];
    const columnsDone = new Set<number>();
    for (const cell of this.index.cellsWithRangeEndOn(removal.rowId)) {
      const slot = Math.floor(cell / store.columnCount);
      if (slot === removedSlot) continue;
      if (store.inputKind[cell] === formulaKind) {
        const text = formulas.text(store.ownFormula[cell]!);
        const after = formulaAfterRowRemoval(text, removal, store.rowIdOf(slot)!);
        if (after === text) continue;
        this.cells.unset(cell);
        this.cells.writeInput(cell, after);
        pending.push(cell);
        continue;
      }
      const column = cell % store.columnCount;
      if (columnsDone.has(column)) continue;
      columnsDone.add(column);
      const text = formulas.text(formulas.forColumn(column));
      const after = formulaAfterRowRemoval(text, removal, null);
      if (after === text) continue;
      const columnCells = this.cells.columnCells(column).filter((other) => Math.floor(other / store.columnCount) !== removedSlot);
      for (const other of columnCells) this.cells.unset(other);
      formulas.setForColumn(column, after);
      pending.push(...columnCells);
    }
    return pending;
  }

  /** Recalculates what the seeds affect and returns the cells whose values changed. */
  private finishChange(seeds: number[]): CellAddress[] {
    this.evaluator.recalculateFrom(seeds, this.cells.count);
    return this.changedAddresses();
  }

  private changedAddresses(): CellAddress[] {
    const { store } = this;
    const addresses: CellAddress[] = [];
    for (const cell of this.changes.cells()) {
      const rowId = store.rowIdOf(Math.floor(cell / store.columnCount));
      if (rowId !== undefined) addresses.push({ rowId, columnId: store.columnIds[cell % store.columnCount]! });
    }
    return addresses;
  }
}

export { FormulaError, type FormulaErrorCode } from './formula-error.ts';
export { isFormula, type CellAddress, type CellInput, type CellValue, type SheetRow } from './sheet-types.ts';
