import { FormulaError, formulaError, formulaErrorCodes } from './formula-error.ts';
import type { CellInput, CellValue } from './sheet-types.ts';

/* Kinds of what a cell holds, in Uint8Arrays; a formula is an input kind only. */
export const emptyKind = 0;
const numberKind = 1;
const textKind = 2;
const booleanKind = 3;
const errorKind = 4;
export const formulaKind = 5;

/** No formula in a cell, in the Int32Arrays of formula indexes. */
export const noFormula = -1;

const numberError = formulaError('#NUM!');
const errorIndex = new Map(formulaErrorCodes.map((code, index) => [formulaError(code), index]));

/**
 * The cells of a sheet, stored flat: a row gets a slot for its life, a cell is
 * `slot × columns + column`, and kinds, numbers and formula indexes live in typed arrays; text
 * sits in maps keyed by cell. Rows are shown in `order` (slots by display position).
 *
 * What a cell holds as typed (its input) is kept apart from what it shows (its value): a formula
 * cell's value is written by the evaluator, any other cell's value is its input.
 */
export class CellStore {
  readonly columnCount: number;
  private readonly columnIndex: Map<string, number>;

  capacity = 0;
  private rowIdOfSlot: (string | undefined)[] = [];
  private slotOfRow = new Map<string, number>();
  private freeSlots: number[] = [];
  order: number[] = [];
  positionOfSlot = new Int32Array(0);
  private cachedRowIds: readonly string[] | null = null;

  inputKind = new Uint8Array(0);
  private inputNumber = new Float64Array(0);
  private inputText = new Map<number, string>();
  /** The formula typed into the cell itself, else noFormula. */
  ownFormula = new Int32Array(0);
  /** The formula the cell evaluates: its own, or its column's when it holds nothing. */
  cellFormula = new Int32Array(0);
  private valueKind = new Uint8Array(0);
  private valueNumber = new Float64Array(0);
  private valueText = new Map<number, string>();

  constructor(readonly columnIds: readonly string[]) {
    this.columnCount = columnIds.length;
    this.columnIndex = new Map(columnIds.map((id, index) => [id, index]));
    if (this.columnIndex.size !== columnIds.length) throw new RangeError('column ids must be unique');
  }

  columnOf(columnId: string): number | undefined {
    return this.columnIndex.get(columnId);
  }

  slotOf(rowId: string): number | undefined {
    return this.slotOfRow.get(rowId);
  }

  rowIdOf(slot: number): string | undefined {
    return this.rowIdOfSlot[slot];
  }

  /** The cell index of a row and column the sheet has, else undefined. */
  cellAt(rowId: string, columnId: string): number | undefined {
    const slot = this.slotOfRow.get(rowId);
    const column = this.columnIndex.get(columnId);
    return slot === undefined || column === undefined ? undefined : slot * this.columnCount + column;
  }

  rowIds(): readonly string[] {
    this.cachedRowIds ??= Object.freeze(this.order.map((slot) => this.rowIdOfSlot[slot]!));
    return this.cachedRowIds;
  }

  /** Forgets every row and cell, then gives these rows the first slots, in this order. */
  reset(rowIds: readonly string[]): void {
    this.capacity = 0;
    this.rowIdOfSlot = [];
    this.slotOfRow = new Map();
    this.order = [];
    this.inputText = new Map();
    this.valueText = new Map();
    this.grow(Math.max(rowIds.length, 16));
    this.freeSlots = [];
    for (let slot = this.capacity - 1; slot >= rowIds.length; slot--) this.freeSlots.push(slot);
    rowIds.forEach((id, position) => {
      this.rowIdOfSlot[position] = id;
      this.slotOfRow.set(id, position);
      this.order.push(position);
      this.positionOfSlot[position] = position;
    });
    this.cachedRowIds = null;
  }

  /** Gives a new row a free slot at a display position; its cells are empty. */
  insertRow(rowId: string, position: number): number {
    if (this.freeSlots.length === 0) this.grow(Math.max(16, this.capacity * 2));
    const slot = this.freeSlots.pop()!;
    this.rowIdOfSlot[slot] = rowId;
    this.slotOfRow.set(rowId, slot);
    this.order.splice(position, 0, slot);
    this.renumberFrom(position);
    return slot;
  }

  /** Takes a row out of the order and frees its slot with every cell in it. */
  removeRow(slot: number): void {
    const position = this.positionOfSlot[slot]!;
    this.order.splice(position, 1);
    this.renumberFrom(position);
    this.slotOfRow.delete(this.rowIdOfSlot[slot]!);
    this.rowIdOfSlot[slot] = undefined;
    for (let column = 0; column < this.columnCount; column++) {
      const cell = slot * this.columnCount + column;
      this.inputKind[cell] = emptyKind;
      this.inputText.delete(cell);
      this.ownFormula[cell] = noFormula;
      this.cellFormula[cell] = noFormula;
      this.valueKind[cell] = emptyKind;
      this.valueText.delete(cell);
    }
    this.freeSlots.push(slot);
  }

  /** Puts the slots in a new display order. */
  reorder(slots: number[]): void {
    this.order = slots;
    this.renumberFrom(0);
  }

  /** What a formula reads at a display position; null outside the sheet. */
  valueAt(position: number, column: number): CellValue {
    const slot = this.order[position];
    if (slot === undefined || column < 0 || column >= this.columnCount) return null;
    return this.readCell(slot * this.columnCount + column);
  }

  readCell(cell: number): CellValue {
    switch (this.valueKind[cell]) {
      case numberKind:
        return this.valueNumber[cell]!;
      case textKind:
        return this.valueText.get(cell)!;
      case booleanKind:
        return this.valueNumber[cell] !== 0;
      case errorKind:
        return formulaError(formulaErrorCodes[this.valueNumber[cell]!]!);
      default:
        return null;
    }
  }

  isError(cell: number): boolean {
    return this.valueKind[cell] === errorKind;
  }

  /** Writes a value and reports whether it differs from the one it replaces. */
  writeValue(cell: number, value: CellValue): boolean {
    const before = this.readCell(cell);
    if (typeof value === 'number') {
      this.valueKind[cell] = numberKind;
      this.valueNumber[cell] = value;
    } else if (typeof value === 'string') {
      this.valueKind[cell] = textKind;
      this.valueText.set(cell, value);
    } else if (typeof value === 'boolean') {
      this.valueKind[cell] = booleanKind;
      this.valueNumber[cell] = value ? 1 : 0;
    } else if (value instanceof FormulaError) {
      this.valueKind[cell] = errorKind;
      this.valueNumber[cell] = errorIndex.get(formulaError(value.code))!;
    } else {
      this.valueKind[cell] = emptyKind;
    }
    if (typeof before === 'string' && typeof value !== 'string') this.valueText.delete(cell);
    return before !== value;
  }

  /** Leaves a formula cell without a value until it is evaluated. */
  clearValue(cell: number): void {
    this.valueKind[cell] = emptyKind;
    this.valueText.delete(cell);
  }

  /** Stores what was typed; a formula is stored as the index of its compiled text. */
  writeInput(cell: number, input: CellInput, formula: number): void {
    this.inputText.delete(cell);
    this.ownFormula[cell] = noFormula;
    if (input === null) {
      this.inputKind[cell] = emptyKind;
    } else if (typeof input === 'number') {
      this.inputKind[cell] = numberKind;
      this.inputNumber[cell] = input;
    } else if (typeof input === 'boolean') {
      this.inputKind[cell] = booleanKind;
      this.inputNumber[cell] = input ? 1 : 0;
    } else if (formula !== noFormula) {
      this.inputKind[cell] = formulaKind;
      this.ownFormula[cell] = formula;
    } else {
      this.inputKind[cell] = textKind;
      this.inputText.set(cell, input);
    }
  }

  /** What was typed, a formula as the text `formulaText` gives for its index. */
  input(cell: number, formulaText: (formula: number) => string): CellInput {
    switch (this.inputKind[cell]) {
      case numberKind:
        return this.inputNumber[cell]!;
      case booleanKind:
        return this.inputNumber[cell] !== 0;
      case textKind:
        return this.inputText.get(cell)!;
      case formulaKind:
        return formulaText(this.ownFormula[cell]!);
      default:
        return null;
    }
  }

  /** The value of a cell without a formula: what was typed (a number that is not finite is #NUM!). */
  typedValue(cell: number): CellValue {
    switch (this.inputKind[cell]) {
      case numberKind:
        return Number.isFinite(this.inputNumber[cell]) ? this.inputNumber[cell]! : numberError;
      case booleanKind:
        return this.inputNumber[cell] !== 0;
      case textKind:
        return this.inputText.get(cell)!;
      default:
        return null;
    }
  }

  private grow(rows: number): void {
    if (rows <= this.capacity) return;
    const cells = rows * this.columnCount;
    const kept = this.capacity * this.columnCount;
    const resize = <T extends Uint8Array | Int32Array | Float64Array>(array: T, make: (length: number) => T, fill = 0): T => {
      const next = make(cells);
      if (fill !== 0) next.fill(fill);
      next.set(array.subarray(0, kept));
      return next;
    };
    this.inputKind = resize(this.inputKind, (length) => new Uint8Array(length));
    this.inputNumber = resize(this.inputNumber, (length) => new Float64Array(length));
    this.ownFormula = resize(this.ownFormula, (length) => new Int32Array(length), noFormula);
    this.cellFormula = resize(this.cellFormula, (length) => new Int32Array(length), noFormula);
    this.valueKind = resize(this.valueKind, (length) => new Uint8Array(length));
    this.valueNumber = resize(this.valueNumber, (length) => new Float64Array(length));
    const positions = new Int32Array(rows);
    positions.set(this.positionOfSlot.subarray(0, this.capacity));
    this.positionOfSlot = positions;
    for (let slot = rows - 1; slot >= this.capacity; slot--) this.freeSlots.push(slot);
    this.capacity = rows;
  }

  private renumberFrom(position: number): void {
    for (let index = position; index < this.order.length; index++) this.positionOfSlot[this.order[index]!] = index;
    this.cachedRowIds = null;
  }
}
