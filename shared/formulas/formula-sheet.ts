import { CellRange, type CellSource, type FormulaValue } from './cell-range.ts';
import { ColumnTotals } from './column-totals.ts';
import { compileFormula, formulaSymbol, type CompiledFormula } from './compile-formula.ts';
import { criterionTest, type CellTest } from './criteria.ts';
import { FormulaError, formulaError, formulaErrorCodes } from './formula-error.ts';
import type { FormulaScope } from './restricted-math.ts';

/** What a cell holds as typed: a string starting with `=` is a formula in stored syntax. */
export type CellInput = number | string | boolean | null;
export type CellValue = number | string | boolean | null | FormulaError;
export type CellAddress = { rowId: string; columnId: string };
export type SheetRow = { id: string; cells: Readonly<Record<string, CellInput>> };

export function isFormula(input: CellInput): input is string {
  return typeof input === 'string' && input.startsWith('=');
}

/* Kinds of what a cell holds, in Uint8Arrays; a formula is an input kind only. */
const empty = 0;
const numberKind = 1;
const textKind = 2;
const booleanKind = 3;
const errorKind = 4;
const formulaKind = 5;

const noFormula = -1;
/** Seeds beyond this share of all formula cells make a full recalculation cheaper than following edges. */
const fullRecalculationShare = 0.25;
/** Kept SUMIF totals (one per column pair and criterion); the least recently used go beyond this. */
const keptConditionalTotals = 64;
/** Shorter ranges are added up directly rather than kept. */
const shortestKeptRange = 512;

const referenceError = formulaError('#REF!');
const nameError = formulaError('#NAME?');
const valueError = formulaError('#VALUE!');
const numberError = formulaError('#NUM!');
const circularError = formulaError('#CIRC!');
const errorIndex = new Map(formulaErrorCodes.map((code, index) => [formulaError(code), index]));
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A compiled formula with its column ids resolved against this sheet's columns. */
type SheetFormula = {
  compiled: CompiledFormula;
  references: { rowId: string | null; column: number }[];
  ranges: { startRowId: string | null; endRowId: string | null; firstColumn: number; lastColumn: number; ownRowOnly: boolean }[];
  /** 1 for every column the formula reads in its own row (`{.:x}`, `{.:a}:{.:b}`): no edges are stored for these. */
  ownRowColumns: Uint8Array;
  /** Reads a row by id or a range beyond its own row, so it needs edges in the dependency index. */
  readsOtherRows: boolean;
  readsRanges: boolean;
};

/**
 * A range read by one formula cell, kept with its current positions so an edit finds the
 * formulas whose ranges cover it. Invalid (an end row is gone) when first > last.
 */
type RangeWatch = { cell: number; range: SheetFormula['ranges'][number]; first: number; last: number };

/**
 * The formula engine behind the budget grid: cells addressed by row id and column id, formulas
 * in stored syntax (references by row id, so they follow their rows), values recalculated on
 * each edit for the dependents of the change only, in topological order; cycles are #CIRC!.
 *
 * Storage is flat: a row gets a slot for its life, a cell is `slot × columns + column`, and
 * kinds, numbers and formula ids live in typed arrays; text sits in maps keyed by cell. Every
 * row with the same stored text shares one compiled formula.
 */
export class FormulaSheet {
  private readonly columnIds: readonly string[];
  private readonly columnCount: number;
  private readonly columnIndex: Map<string, number>;

  private capacity = 0;
  private rowIdOfSlot: (string | undefined)[] = [];
  private slotOfRow = new Map<string, number>();
  private freeSlots: number[] = [];
  private order: number[] = [];
  private positionOfSlot = new Int32Array(0);
  private cachedRowIds: readonly string[] | null = null;

  private inputKind = new Uint8Array(0);
  private inputNumber = new Float64Array(0);
  private inputText = new Map<number, string>();
  private ownFormula = new Int32Array(0);
  private cellFormula = new Int32Array(0);
  private valueKind = new Uint8Array(0);
  private valueNumber = new Float64Array(0);
  private valueText = new Map<number, string>();

  private formulas: SheetFormula[] = [];
  private formulaIndexByText = new Map<string, number>();
  private readonly columnFormula: Int32Array;
  private formulaCellCount = 0;
  private readonly names = new Map<string, number>();

  private referenceDependents = new Map<number, Set<number>>();
  private missingRowDependents = new Map<string, Set<number>>();
  private watchesByColumn: Set<RangeWatch>[];
  private watchesOfCell = new Map<number, RangeWatch[]>();
  private totals = new Map<string, ColumnTotals>();
  private totalsByColumn: Set<ColumnTotals>[];

  private visitMark = new Int32Array(0);
  private visitIndex = new Int32Array(0);
  private lowLink = new Int32Array(0);
  private onStack = new Uint8Array(0);
  private changeMark = new Int32Array(0);
  private visitGeneration = 0;
  private changeGeneration = 0;
  private changed: number[] = [];
  private trackingChanges = true;

  private evaluations = 0;
  private scopeFormula: SheetFormula | undefined;
  private scopeSlot = 0;

  private readonly scope: FormulaScope = {
    has: (symbol) => formulaSymbol(symbol) !== undefined,
    get: (symbol) => this.readSymbol(symbol),
    set: () => {
      throw new Error('formulas cannot assign');
    },
    keys: () => [],
  };

  private readonly readAt = (position: number, column: number): CellValue => {
    const slot = this.order[position];
    if (slot === undefined || column < 0 || column >= this.columnCount) return null;
    return this.readCell(slot * this.columnCount + column);
  };

  private readonly source: CellSource = {
    valueAt: this.readAt,
    sumColumn: (column, first, last) => this.columnTotals(`${column}`, column, -1, null, last - first + 1).total(first, last),
    sumColumnIf: (criteriaColumn, criterion, sumColumn, first, last) => {
      const test = criterionTest(criterion);
      if (test instanceof FormulaError) return test;
      const key = `${sumColumn}|${criteriaColumn}|${typeof criterion}:${String(criterion)}`;
      return this.columnTotals(key, sumColumn, criteriaColumn, test, last - first + 1).total(first, last);
    },
  };

  constructor(columnIds: readonly string[]) {
    this.columnIds = [...columnIds];
    this.columnCount = columnIds.length;
    this.columnIndex = new Map(columnIds.map((id, index) => [id, index]));
    if (this.columnIndex.size !== columnIds.length) throw new RangeError('column ids must be unique');
    this.columnFormula = new Int32Array(this.columnCount).fill(noFormula);
    this.watchesByColumn = columnIds.map(() => new Set());
    this.totalsByColumn = columnIds.map(() => new Set());
  }

  /** How many formula evaluations ran since the sheet was made: lets tests see that an edit touched only its dependents. */
  get evaluationCount(): number {
    return this.evaluations;
  }

  /** Replaces every row (in display order), then builds the graph and calculates everything. */
  load(rows: readonly SheetRow[]): void {
    const ids = new Set(rows.map((row) => row.id));
    if (ids.size !== rows.length) throw new RangeError('row ids must be unique');
    this.capacity = 0;
    this.rowIdOfSlot = [];
    this.slotOfRow = new Map();
    this.freeSlots = [];
    this.order = [];
    this.inputText = new Map();
    this.valueText = new Map();
    const columnFormulaTexts = [...this.columnFormula].map((index) => (index === noFormula ? null : this.formulas[index]!.compiled.text));
    this.formulas = [];
    this.formulaIndexByText = new Map();
    columnFormulaTexts.forEach((text, column) => {
      this.columnFormula[column] = text === null ? noFormula : this.formulaIndex(text);
    });
    this.formulaCellCount = 0;
    this.referenceDependents = new Map();
    this.missingRowDependents = new Map();
    this.watchesByColumn = this.columnIds.map(() => new Set());
    this.watchesOfCell = new Map();
    this.totals = new Map();
    this.totalsByColumn = this.columnIds.map(() => new Set());
    this.grow(Math.max(rows.length, 16));
    this.freeSlots = [];
    for (let slot = this.capacity - 1; slot >= rows.length; slot--) this.freeSlots.push(slot);
    rows.forEach((row, position) => {
      this.rowIdOfSlot[position] = row.id;
      this.slotOfRow.set(row.id, position);
      this.order.push(position);
      this.positionOfSlot[position] = position;
    });
    this.cachedRowIds = null;
    rows.forEach((row, slot) => this.fillRow(slot, row.cells));
    for (let slot = 0; slot < rows.length; slot++) this.attachRow(slot);
    this.trackingChanges = false;
    this.recalculateEverything();
    this.trackingChanges = true;
  }

  /** Sets what a cell holds and recalculates its dependents; returns every cell whose value changed, the edited one always. */
  setCell(rowId: string, columnId: string, input: CellInput): CellAddress[] {
    const cell = this.cellOf(rowId, columnId);
    this.startChange();
    this.detach(cell);
    this.writeInput(cell, input);
    this.applyEffectiveFormula(cell);
    this.noteChanged(cell);
    return this.finishChange([cell]);
  }

  /** Gives every row this formula in the column, except rows whose own cell holds an input; null takes it away. */
  setColumnFormula(columnId: string, stored: string | null): CellAddress[] {
    const column = this.columnIndex.get(columnId);
    if (column === undefined) throw new RangeError(`no column ${columnId}`);
    this.startChange();
    this.columnFormula[column] = stored === null ? noFormula : this.formulaIndex(stored);
    const seeds: number[] = [];
    for (const slot of this.order) {
      const cell = slot * this.columnCount + column;
      if (this.inputKind[cell] !== empty) continue;
      this.detach(cell);
      this.applyEffectiveFormula(cell);
      seeds.push(cell);
    }
    return this.finishChange(seeds);
  }

  /** A named constant (case-insensitive) that formulas read by name; its readers are recalculated. */
  setName(name: string, value: number): CellAddress[] {
    if (!namePattern.test(name)) throw new RangeError(`not a name: ${name}`);
    const key = name.toUpperCase();
    // Callers set names on every read of a shared sheet; an unchanged value recalculates nothing.
    if (this.names.get(key) === value) return [];
    this.names.set(key, value);
    this.startChange();
    const readers = new Set<number>();
    this.formulas.forEach((formula, index) => {
      if (formula.compiled.names.includes(key)) readers.add(index);
    });
    const seeds: number[] = [];
    if (readers.size > 0) {
      for (const slot of this.order) {
        for (let column = 0; column < this.columnCount; column++) {
          const cell = slot * this.columnCount + column;
          if (readers.has(this.cellFormula[cell]!)) seeds.push(cell);
        }
      }
    }
    return this.finishChange(seeds);
  }

  /** Inserts a row at a display position; formulas that named its id while it was gone read it again. */
  insertRow(index: number, row: SheetRow): CellAddress[] {
    if (this.slotOfRow.has(row.id)) throw new RangeError(`row ${row.id} already exists`);
    const position = Math.max(0, Math.min(Math.trunc(index), this.order.length));
    if (this.freeSlots.length === 0) this.grow(Math.max(16, this.capacity * 2));
    const slot = this.freeSlots.pop()!;
    this.rowIdOfSlot[slot] = row.id;
    this.slotOfRow.set(row.id, slot);
    this.order.splice(position, 0, slot);
    this.renumberFrom(position);
    this.startChange();
    this.fillRow(slot, row.cells);
    this.attachRow(slot);
    const seeds: number[] = [];
    for (let column = 0; column < this.columnCount; column++) {
      const cell = slot * this.columnCount + column;
      seeds.push(cell);
      if (this.valueKind[cell] !== empty || this.cellFormula[cell] !== noFormula) this.noteChanged(cell);
    }
    const waiting = this.missingRowDependents.get(row.id);
    if (waiting) {
      this.missingRowDependents.delete(row.id);
      for (const cell of waiting) {
        this.reattach(cell);
        seeds.push(cell);
      }
    }
    seeds.push(...this.reresolveWatches((watch) => watch.first <= position && position <= watch.last));
    return this.finishChange(seeds);
  }

  /** Removes a row: cells that name it become #REF!, and so do ranges that end on it; ranges across it shrink. */
  removeRow(rowId: string): CellAddress[] {
    const slot = this.slotOfRow.get(rowId);
    if (slot === undefined) throw new RangeError(`no row ${rowId}`);
    const position = this.positionOfSlot[slot]!;
    this.startChange();
    const readers = new Set<number>();
    for (let column = 0; column < this.columnCount; column++) {
      const cell = slot * this.columnCount + column;
      this.detach(cell);
      for (const reader of this.referenceDependents.get(cell) ?? []) readers.add(reader);
      this.referenceDependents.delete(cell);
    }
    const oldIntervals = new Map<RangeWatch, [number, number]>();
    for (const watches of this.watchesOfCell.values()) for (const watch of watches) oldIntervals.set(watch, [watch.first, watch.last]);
    this.order.splice(position, 1);
    this.renumberFrom(position);
    this.slotOfRow.delete(rowId);
    this.rowIdOfSlot[slot] = undefined;
    this.clearSlot(slot);
    this.freeSlots.push(slot);
    const seeds: number[] = [];
    for (const reader of readers) {
      this.reattach(reader);
      seeds.push(reader);
    }
    seeds.push(
      ...this.reresolveWatches((watch) => {
        const [first, last] = oldIntervals.get(watch) ?? [1, 0];
        return first <= position && position <= last;
      }),
    );
    return this.finishChange(seeds);
  }

  /** Puts the rows in a new order (a sort or a move): references follow their rows, ranges take the rows now between their ends. */
  reorderRows(rowIds: readonly string[]): CellAddress[] {
    if (rowIds.length !== this.order.length) throw new RangeError('reorderRows needs every row exactly once');
    const slots = rowIds.map((id) => this.slotOfRow.get(id));
    if (new Set(slots).size !== slots.length || slots.some((slot) => slot === undefined)) throw new RangeError('reorderRows needs every row exactly once');
    let firstMoved = -1;
    let lastMoved = -1;
    slots.forEach((slot, position) => {
      if (slot === this.order[position]) return;
      if (firstMoved < 0) firstMoved = position;
      lastMoved = position;
    });
    this.startChange();
    if (firstMoved < 0) return this.finishChange([]);
    this.order = slots as number[];
    this.renumberFrom(0);
    const seeds = this.reresolveWatches((watch) => watch.first <= lastMoved && firstMoved <= watch.last);
    return this.finishChange(seeds);
  }

  /** Recalculates every formula; for benchmarks and for callers that want a clean slate. */
  recalculate(): CellAddress[] {
    this.startChange();
    this.recalculateEverything();
    return this.changedAddresses();
  }

  /** The cell's value; #REF! for a row or column the sheet does not have. */
  value(rowId: string, columnId: string): CellValue {
    const slot = this.slotOfRow.get(rowId);
    const column = this.columnIndex.get(columnId);
    if (slot === undefined || column === undefined) return referenceError;
    return this.readCell(slot * this.columnCount + column);
  }

  /** What was typed into the cell (a formula as its stored text), or null; a column formula is not the cell's input. */
  input(rowId: string, columnId: string): CellInput {
    const slot = this.slotOfRow.get(rowId);
    const column = this.columnIndex.get(columnId);
    if (slot === undefined || column === undefined) return null;
    const cell = slot * this.columnCount + column;
    switch (this.inputKind[cell]) {
      case numberKind:
        return this.inputNumber[cell]!;
      case booleanKind:
        return this.inputNumber[cell] !== 0;
      case textKind:
        return this.inputText.get(cell)!;
      case formulaKind:
        return this.formulas[this.ownFormula[cell]!]!.compiled.text;
      default:
        return null;
    }
  }

  /** Every cell holding an error value, in display order. */
  errors(): { rowId: string; columnId: string; error: FormulaError }[] {
    const found: { rowId: string; columnId: string; error: FormulaError }[] = [];
    for (const slot of this.order) {
      for (let column = 0; column < this.columnCount; column++) {
        const cell = slot * this.columnCount + column;
        if (this.valueKind[cell] !== errorKind) continue;
        found.push({ rowId: this.rowIdOfSlot[slot]!, columnId: this.columnIds[column]!, error: this.readCell(cell) as FormulaError });
      }
    }
    return found;
  }

  rowIds(): readonly string[] {
    this.cachedRowIds ??= Object.freeze(this.order.map((slot) => this.rowIdOfSlot[slot]!));
    return this.cachedRowIds;
  }

  // ——— cells ———

  private cellOf(rowId: string, columnId: string): number {
    const slot = this.slotOfRow.get(rowId);
    if (slot === undefined) throw new RangeError(`no row ${rowId}`);
    const column = this.columnIndex.get(columnId);
    if (column === undefined) throw new RangeError(`no column ${columnId}`);
    return slot * this.columnCount + column;
  }

  private readCell(cell: number): CellValue {
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

  /** Writes a value and reports whether it differs from the one it replaces. */
  private writeValue(cell: number, value: CellValue): boolean {
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
      this.valueKind[cell] = empty;
    }
    if (typeof before === 'string' && typeof value !== 'string') this.valueText.delete(cell);
    const totals = this.totalsByColumn[cell % this.columnCount]!;
    if (totals.size > 0) {
      const position = this.positionOfSlot[Math.floor(cell / this.columnCount)]!;
      for (const kept of totals) kept.cellChanged(position);
    }
    return before !== value;
  }

  private writeInput(cell: number, input: CellInput): void {
    this.inputText.delete(cell);
    this.ownFormula[cell] = noFormula;
    if (input === null) {
      this.inputKind[cell] = empty;
    } else if (typeof input === 'number') {
      this.inputKind[cell] = numberKind;
      this.inputNumber[cell] = input;
    } else if (typeof input === 'boolean') {
      this.inputKind[cell] = booleanKind;
      this.inputNumber[cell] = input ? 1 : 0;
    } else if (isFormula(input)) {
      this.inputKind[cell] = formulaKind;
      this.ownFormula[cell] = this.formulaIndex(input);
    } else {
      this.inputKind[cell] = textKind;
      this.inputText.set(cell, input);
    }
  }

  /** The cell's own formula, else its column's when the cell holds nothing. */
  private effectiveFormula(cell: number): number {
    const kind = this.inputKind[cell];
    if (kind === formulaKind) return this.ownFormula[cell]!;
    return kind === empty ? this.columnFormula[cell % this.columnCount]! : noFormula;
  }

  /** The value of a cell without a formula: what was typed (a number that is not finite is #NUM!). */
  private typedValue(cell: number): CellValue {
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

  /** Gives an edited cell its formula (entered in the dependency index) or its typed value. */
  private applyEffectiveFormula(cell: number): void {
    const formula = this.effectiveFormula(cell);
    this.cellFormula[cell] = formula;
    if (formula !== noFormula) {
      this.formulaCellCount += 1;
      this.attach(cell);
    } else if (this.writeValue(cell, this.typedValue(cell))) {
      this.noteChanged(cell);
    }
  }

  /** Fills a new row's cells; its formulas are entered in the dependency index afterwards (attachRow). */
  private fillRow(slot: number, cells: Readonly<Record<string, CellInput>>): void {
    for (let column = 0; column < this.columnCount; column++) {
      const cell = slot * this.columnCount + column;
      const columnId = this.columnIds[column]!;
      this.writeInput(cell, Object.hasOwn(cells, columnId) ? (cells[columnId] ?? null) : null);
      const formula = this.effectiveFormula(cell);
      this.cellFormula[cell] = formula;
      if (formula === noFormula) {
        this.writeValue(cell, this.typedValue(cell));
      } else {
        this.formulaCellCount += 1;
        this.valueKind[cell] = empty;
      }
    }
  }

  private clearSlot(slot: number): void {
    for (let column = 0; column < this.columnCount; column++) {
      const cell = slot * this.columnCount + column;
      this.inputKind[cell] = empty;
      this.inputText.delete(cell);
      this.ownFormula[cell] = noFormula;
      this.cellFormula[cell] = noFormula;
      this.valueKind[cell] = empty;
      this.valueText.delete(cell);
    }
  }

  private grow(rows: number): void {
    if (rows <= this.capacity) return;
    const cells = rows * this.columnCount;
    const previous = this.capacity;
    const resize = <T extends Uint8Array | Int32Array | Float64Array>(array: T, make: (length: number) => T, fill = 0): T => {
      const next = make(cells);
      if (fill !== 0) next.fill(fill);
      next.set(array.subarray(0, previous * this.columnCount));
      return next;
    };
    this.inputKind = resize(this.inputKind, (length) => new Uint8Array(length));
    this.inputNumber = resize(this.inputNumber, (length) => new Float64Array(length));
    this.ownFormula = resize(this.ownFormula, (length) => new Int32Array(length), noFormula);
    this.cellFormula = resize(this.cellFormula, (length) => new Int32Array(length), noFormula);
    this.valueKind = resize(this.valueKind, (length) => new Uint8Array(length));
    this.valueNumber = resize(this.valueNumber, (length) => new Float64Array(length));
    this.visitMark = resize(this.visitMark, (length) => new Int32Array(length));
    this.visitIndex = resize(this.visitIndex, (length) => new Int32Array(length));
    this.lowLink = resize(this.lowLink, (length) => new Int32Array(length));
    this.onStack = resize(this.onStack, (length) => new Uint8Array(length));
    this.changeMark = resize(this.changeMark, (length) => new Int32Array(length));
    const positions = new Int32Array(rows);
    positions.set(this.positionOfSlot.subarray(0, previous));
    this.positionOfSlot = positions;
    for (let slot = rows - 1; slot >= previous; slot--) this.freeSlots.push(slot);
    this.capacity = rows;
  }

  /** Rows moved, came or went: positions from here on change, and kept totals start over. */
  private renumberFrom(position: number): void {
    for (let index = position; index < this.order.length; index++) this.positionOfSlot[this.order[index]!] = index;
    this.cachedRowIds = null;
    for (const totals of this.totals.values()) totals.invalidate(this.order.length);
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
    const totals = new ColumnTotals(this.readAt, sumColumn, criteriaColumn, test);
    if (length < shortestKeptRange) return totals;
    totals.invalidate(this.order.length);
    this.totals.set(key, totals);
    this.totalsByColumn[sumColumn]!.add(totals);
    if (criteriaColumn >= 0) this.totalsByColumn[criteriaColumn]!.add(totals);
    if (test) this.forgetOldConditionalTotals();
    return totals;
  }

  private forgetOldConditionalTotals(): void {
    const conditional = [...this.totals].filter(([, totals]) => totals.criteriaColumn >= 0);
    for (const [key, totals] of conditional.slice(0, Math.max(0, conditional.length - keptConditionalTotals))) {
      this.totals.delete(key);
      this.totalsByColumn[totals.sumColumn]!.delete(totals);
      this.totalsByColumn[totals.criteriaColumn]!.delete(totals);
    }
  }

  // ——— formulas ———

  private formulaIndex(text: string): number {
    const known = this.formulaIndexByText.get(text);
    if (known !== undefined) return known;
    const compiled = compileFormula(text);
    const column = (id: string) => this.columnIndex.get(id) ?? -1;
    const ownRowColumns = new Uint8Array(this.columnCount);
    const references = compiled.references.map((reference) => {
      const index = column(reference.columnId);
      if (reference.rowId === null && index >= 0) ownRowColumns[index] = 1;
      return { rowId: reference.rowId, column: index };
    });
    const ranges = compiled.ranges.map(({ start, end }) => {
      const startColumn = column(start.columnId);
      const endColumn = column(end.columnId);
      const known = startColumn >= 0 && endColumn >= 0;
      const firstColumn = known ? Math.min(startColumn, endColumn) : -1;
      const lastColumn = known ? Math.max(startColumn, endColumn) : -1;
      const ownRowOnly = start.rowId === null && end.rowId === null;
      if (ownRowOnly && known) ownRowColumns.fill(1, firstColumn, lastColumn + 1);
      return { startRowId: start.rowId, endRowId: end.rowId, firstColumn, lastColumn, ownRowOnly };
    });
    const readsRanges = ranges.some((range) => !range.ownRowOnly && range.firstColumn >= 0);
    const readsOtherRows = readsRanges || references.some((reference) => reference.rowId !== null && reference.column >= 0);
    const index = this.formulas.push({ compiled, references, ranges, ownRowColumns, readsOtherRows, readsRanges }) - 1;
    this.formulaIndexByText.set(text, index);
    return index;
  }

  private attachRow(slot: number): void {
    for (let column = 0; column < this.columnCount; column++) {
      const cell = slot * this.columnCount + column;
      if (this.cellFormula[cell] !== noFormula) this.attach(cell);
    }
  }

  /** Enters a formula cell's reads of other rows into the dependency index. */
  private attach(cell: number): void {
    const formula = this.formulas[this.cellFormula[cell]!];
    if (!formula?.readsOtherRows) return;
    for (const reference of formula.references) {
      if (reference.rowId === null || reference.column < 0) continue;
      const slot = this.slotOfRow.get(reference.rowId);
      if (slot === undefined) addTo(this.missingRowDependents, reference.rowId, cell);
      else addTo(this.referenceDependents, slot * this.columnCount + reference.column, cell);
    }
    if (!formula.readsRanges) return;
    const watches: RangeWatch[] = [];
    for (const range of formula.ranges) {
      if (range.ownRowOnly || range.firstColumn < 0) continue;
      const watch: RangeWatch = { cell, range, first: 1, last: 0 };
      this.resolveWatch(watch);
      watches.push(watch);
      for (let column = range.firstColumn; column <= range.lastColumn; column++) this.watchesByColumn[column]!.add(watch);
    }
    this.watchesOfCell.set(cell, watches);
  }

  /** Removes a formula cell from the dependency index and counts it out of the formula cells. */
  private detach(cell: number): void {
    const formula = this.formulas[this.cellFormula[cell]!];
    if (!formula) return;
    this.formulaCellCount -= 1;
    this.cellFormula[cell] = noFormula;
    if (!formula.readsOtherRows) return;
    for (const reference of formula.references) {
      if (reference.rowId === null || reference.column < 0) continue;
      const slot = this.slotOfRow.get(reference.rowId);
      if (slot === undefined) removeFrom(this.missingRowDependents, reference.rowId, cell);
      else removeFrom(this.referenceDependents, slot * this.columnCount + reference.column, cell);
    }
    for (const watch of this.watchesOfCell.get(cell) ?? []) {
      for (let column = watch.range.firstColumn; column <= watch.range.lastColumn; column++) this.watchesByColumn[column]!.delete(watch);
    }
    this.watchesOfCell.delete(cell);
  }

  /** Re-reads a cell's row ids after a row with one of them came or went. */
  private reattach(cell: number): void {
    const formula = this.cellFormula[cell]!;
    if (formula === noFormula) return;
    this.detach(cell);
    this.cellFormula[cell] = formula;
    this.formulaCellCount += 1;
    this.attach(cell);
  }

  private resolveWatch(watch: RangeWatch): void {
    const ownSlot = Math.floor(watch.cell / this.columnCount);
    const startSlot = watch.range.startRowId === null ? ownSlot : this.slotOfRow.get(watch.range.startRowId);
    const endSlot = watch.range.endRowId === null ? ownSlot : this.slotOfRow.get(watch.range.endRowId);
    if (startSlot === undefined || endSlot === undefined) {
      watch.first = 1;
      watch.last = 0;
      return;
    }
    const start = this.positionOfSlot[startSlot]!;
    const end = this.positionOfSlot[endSlot]!;
    watch.first = Math.min(start, end);
    watch.last = Math.max(start, end);
  }

  /**
   * Moves every range to its rows' new positions and returns the formula cells whose ranges now
   * hold other cells, or the same cells in another order (a sum's rounding follows the order).
   */
  private reresolveWatches(contentChanged: (watch: RangeWatch) => boolean): number[] {
    const seeds: number[] = [];
    for (const watches of this.watchesOfCell.values()) {
      for (const watch of watches) {
        const wasValid = watch.first <= watch.last;
        const coveredChange = contentChanged(watch);
        this.resolveWatch(watch);
        if (coveredChange || wasValid !== watch.first <= watch.last || contentChanged(watch)) seeds.push(watch.cell);
      }
    }
    return seeds;
  }

  // ——— evaluation ———

  private readSymbol(symbol: string): FormulaValue {
    const decoded = formulaSymbol(symbol);
    const formula = this.scopeFormula;
    if (!decoded || !formula) return valueError;
    if (decoded.kind === 'cell') {
      const reference = formula.references[decoded.index]!;
      const slot = reference.rowId === null ? this.scopeSlot : this.slotOfRow.get(reference.rowId);
      if (slot === undefined || reference.column < 0) return referenceError;
      return this.readCell(slot * this.columnCount + reference.column);
    }
    if (decoded.kind === 'range') {
      const range = formula.ranges[decoded.index]!;
      const startSlot = range.startRowId === null ? this.scopeSlot : this.slotOfRow.get(range.startRowId);
      const endSlot = range.endRowId === null ? this.scopeSlot : this.slotOfRow.get(range.endRowId);
      if (startSlot === undefined || endSlot === undefined || range.firstColumn < 0) return referenceError;
      const start = this.positionOfSlot[startSlot]!;
      const end = this.positionOfSlot[endSlot]!;
      return new CellRange(this.source, Math.min(start, end), Math.max(start, end), range.firstColumn, range.lastColumn);
    }
    return this.names.get(formula.compiled.names[decoded.index]!) ?? nameError;
  }

  private evaluate(cell: number): void {
    const formula = this.formulas[this.cellFormula[cell]!]!;
    this.evaluations += 1;
    let result: unknown = formula.compiled.constant;
    if (formula.compiled.expression) {
      this.scopeFormula = formula;
      this.scopeSlot = Math.floor(cell / this.columnCount);
      try {
        result = formula.compiled.expression.evaluate(this.scope);
      } catch {
        result = valueError;
      }
      this.scopeFormula = undefined;
    }
    if (this.writeValue(cell, cellValueOf(result))) this.noteChanged(cell);
  }

  private startChange(): void {
    this.changeGeneration += 1;
    this.changed = [];
  }

  private noteChanged(cell: number): void {
    if (!this.trackingChanges || this.changeMark[cell] === this.changeGeneration) return;
    this.changeMark[cell] = this.changeGeneration;
    this.changed.push(cell);
  }

  private changedAddresses(): CellAddress[] {
    const addresses: CellAddress[] = [];
    for (const cell of this.changed) {
      const rowId = this.rowIdOfSlot[Math.floor(cell / this.columnCount)];
      if (rowId !== undefined) addresses.push({ rowId, columnId: this.columnIds[cell % this.columnCount]! });
    }
    return addresses;
  }

  /** Recalculates what the seeds affect and returns the cells whose values changed. */
  private finishChange(seeds: number[]): CellAddress[] {
    if (seeds.length > 1_000 && seeds.length > this.formulaCellCount * fullRecalculationShare) this.recalculateEverything();
    else this.propagate(seeds);
    return this.changedAddresses();
  }

  /**
   * Follows dependents from the seeds (Tarjan's algorithm, iteratively, so a chain of any
   * length cannot overflow the stack). Components come out dependents-first; evaluated in
   * reverse they run in topological order, and a component that is a cycle becomes #CIRC!.
   */
  private propagate(seeds: readonly number[]): void {
    const components: number[][] = [];
    const cyclic: boolean[] = [];
    this.stronglyConnected(seeds, (cell, into) => this.dependentsOf(cell, into), (members, isCycle) => {
      components.push(members);
      cyclic.push(isCycle);
    });
    for (let index = components.length - 1; index >= 0; index--) {
      const members = components[index]!;
      if (cyclic[index]) {
        for (const cell of members) if (this.writeValue(cell, circularError)) this.noteChanged(cell);
      } else if (this.cellFormula[members[0]!] !== noFormula) {
        this.evaluate(members[0]!);
      }
    }
  }

  /**
   * Evaluates every formula, following precedents so each component is evaluated as soon as it
   * is complete. Columns without ranges go first: a range over a column that is already done
   * then needs no edges at all, which keeps running totals linear.
   */
  private recalculateEverything(): void {
    const pending = new Int32Array(this.columnCount);
    const rangeColumns = new Uint8Array(this.columnCount);
    const roots: number[] = [];
    for (const slot of this.order) {
      for (let column = 0; column < this.columnCount; column++) {
        const cell = slot * this.columnCount + column;
        const formula = this.cellFormula[cell]!;
        if (formula === noFormula) continue;
        pending[column]! += 1;
        if (this.formulas[formula]!.readsRanges) rangeColumns[column] = 1;
      }
    }
    for (const rangesLast of [0, 1]) {
      for (let column = 0; column < this.columnCount; column++) {
        if (rangeColumns[column] !== rangesLast) continue;
        for (const slot of this.order) {
          const cell = slot * this.columnCount + column;
          if (this.cellFormula[cell] !== noFormula) roots.push(cell);
        }
      }
    }
    this.stronglyConnected(roots, (cell, into) => this.precedentsOf(cell, pending, into), (members, isCycle) => {
      for (const cell of members) pending[cell % this.columnCount]! -= 1;
      if (isCycle) {
        for (const cell of members) if (this.writeValue(cell, circularError)) this.noteChanged(cell);
      } else {
        this.evaluate(members[0]!);
      }
    });
  }

  /** The formula cells a formula cell reads that are not yet evaluated in this pass. */
  private precedentsOf(cell: number, pending: Int32Array, found: number[]): void {
    const formula = this.formulas[this.cellFormula[cell]!]!;
    const columns = this.columnCount;
    const slot = Math.floor(cell / columns);
    const own = formula.ownRowColumns;
    for (let column = 0; column < columns; column++) {
      if (own[column] === 1) this.addIfPending(found, slot * columns + column);
    }
    if (!formula.readsOtherRows) return;
    for (const reference of formula.references) {
      if (reference.rowId === null || reference.column < 0) continue;
      const other = this.slotOfRow.get(reference.rowId);
      if (other !== undefined) this.addIfPending(found, other * columns + reference.column);
    }
    for (const watch of this.watchesOfCell.get(cell) ?? []) {
      for (let column = watch.range.firstColumn; column <= watch.range.lastColumn; column++) {
        if (pending[column] === 0) continue;
        for (let position = watch.first; position <= watch.last; position++) this.addIfPending(found, this.order[position]! * columns + column);
      }
    }
  }

  private addIfPending(found: number[], cell: number): void {
    if (this.cellFormula[cell] !== noFormula && !(this.visitMark[cell] === this.visitGeneration && this.onStack[cell] === 0)) found.push(cell);
  }

  /** The formula cells that read a cell: same-row readers, readers by row id, ranges covering it. */
  private dependentsOf(cell: number, found: number[]): void {
    const columns = this.columnCount;
    const slot = Math.floor(cell / columns);
    const column = cell % columns;
    for (let other = 0; other < columns; other++) {
      const reader = slot * columns + other;
      const formula = this.cellFormula[reader]!;
      if (formula !== noFormula && this.formulas[formula]!.ownRowColumns[column] === 1) found.push(reader);
    }
    for (const reader of this.referenceDependents.get(cell) ?? []) found.push(reader);
    const watches = this.watchesByColumn[column]!;
    if (watches.size > 0) {
      const position = this.positionOfSlot[slot]!;
      for (const watch of watches) if (watch.first <= position && position <= watch.last) found.push(watch.cell);
    }
  }

  /**
   * Iterative Tarjan over the edges `collect` appends; reports each strongly connected
   * component once, and whether it is a cycle. The edges of all open frames share one array,
   * appended on entry and cut back on exit, so a pass allocates nothing per cell.
   */
  private stronglyConnected(
    roots: readonly number[],
    collect: (cell: number, into: number[]) => void,
    report: (members: number[], isCycle: boolean) => void,
  ): void {
    this.visitGeneration += 1;
    const generation = this.visitGeneration;
    const stack: number[] = [];
    const edges: number[] = [];
    const frameCell: number[] = [];
    const frameCursor: number[] = [];
    const frameEnd: number[] = [];
    const selfLoops = new Set<number>();
    let counter = 0;
    const open = (cell: number) => {
      this.visitMark[cell] = generation;
      this.visitIndex[cell] = counter;
      this.lowLink[cell] = counter;
      counter += 1;
      stack.push(cell);
      this.onStack[cell] = 1;
      frameCell.push(cell);
      frameCursor.push(edges.length);
      collect(cell, edges);
      frameEnd.push(edges.length);
    };
    for (const root of roots) {
      if (this.visitMark[root] === generation) continue;
      open(root);
      while (frameCell.length > 0) {
        const top = frameCell.length - 1;
        const cell = frameCell[top]!;
        const cursor = frameCursor[top]!;
        if (cursor < frameEnd[top]!) {
          frameCursor[top] = cursor + 1;
          const other = edges[cursor]!;
          if (other === cell) selfLoops.add(cell);
          else if (this.visitMark[other] !== generation) open(other);
          else if (this.onStack[other] === 1) this.lowLink[cell] = Math.min(this.lowLink[cell]!, this.visitIndex[other]!);
          continue;
        }
        frameCell.pop();
        frameCursor.pop();
        frameEnd.pop();
        edges.length = top > 0 ? frameEnd[top - 1]! : 0;
        if (top > 0) {
          const parent = frameCell[top - 1]!;
          this.lowLink[parent] = Math.min(this.lowLink[parent]!, this.lowLink[cell]!);
        }
        if (this.lowLink[cell] !== this.visitIndex[cell]) continue;
        const members: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          this.onStack[member] = 0;
          members.push(member);
        } while (member !== cell);
        report(members, members.length > 1 || selfLoops.has(cell));
      }
    }
  }
}

function addTo<K>(map: Map<K, Set<number>>, key: K, cell: number): void {
  let cells = map.get(key);
  if (!cells) map.set(key, (cells = new Set()));
  cells.add(cell);
}

function removeFrom<K>(map: Map<K, Set<number>>, key: K, cell: number): void {
  const cells = map.get(key);
  if (!cells) return;
  cells.delete(cell);
  if (cells.size === 0) map.delete(key);
}

/** A formula's result as a cell shows it: never empty (0, as Excel), never a range or a non-finite number. */
function cellValueOf(result: unknown): CellValue {
  if (typeof result === 'number') return Number.isFinite(result) ? result : numberError;
  if (typeof result === 'string' || typeof result === 'boolean' || result instanceof FormulaError) return result;
  if (result === null || result === undefined) return 0;
  return valueError;
}

export { FormulaError, type FormulaErrorCode } from './formula-error.ts';
