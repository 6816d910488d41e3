import { noFormula, type CellStore } from './cell-store.ts';
import type { ChangeLog } from './change-log.ts';
import type { DependencyIndex } from './dependency-index.ts';
import { FormulaError, formulaError } from './formula-error.ts';
import { SheetScope } from './formula-scope.ts';
import type { KeptTotals } from './kept-totals.ts';
import type { SheetFormulas } from './sheet-formulas.ts';
import type { CellValue } from './sheet-types.ts';
import { StronglyConnected } from './strongly-connected.ts';

/** Seeds beyond this share of all formula cells make a full recalculation cheaper than following edges. */
const fullRecalculationShare = 0.25;

const valueError = formulaError('#VALUE!');
const numberError = formulaError('#NUM!');
const circularError = formulaError('#CIRC!');

/**
 * Evaluates formula cells in topological order: after an edit only the dependents of the
 * changed cells (found by following the dependency index from them), on a load every formula
 * (found by following precedents). A strongly connected component that is a cycle is #CIRC!.
 */
export class Evaluator {
  private evaluations = 0;
  private readonly components = new StronglyConnected();
  private readonly scope: SheetScope;

  constructor(
    private readonly store: CellStore,
    private readonly formulas: SheetFormulas,
    private readonly index: DependencyIndex,
    private readonly totals: KeptTotals,
    private readonly changes: ChangeLog,
  ) {
    this.scope = new SheetScope(store, formulas, totals);
  }

  get evaluationCount(): number {
    return this.evaluations;
  }

  /** Writes a cell's value; a change is logged and kept totals over the cell go stale. */
  setValue(cell: number, value: CellValue): void {
    if (!this.store.writeValue(cell, value)) return;
    this.changes.note(cell);
    const columns = this.store.columnCount;
    this.totals.cellChanged(cell % columns, this.store.positionOfSlot[Math.floor(cell / columns)]!);
  }

  /** Recalculates what the seeds affect: by edges, or everything when the seeds are a large share of the formula cells. */
  recalculateFrom(seeds: readonly number[], formulaCellCount: number): void {
    if (seeds.length > 1_000 && seeds.length > formulaCellCount * fullRecalculationShare) this.recalculateEverything();
    else this.propagate(seeds);
  }

  /**
   * Follows dependents from the seeds. Components come out dependents-first; evaluated in
   * reverse they run in topological order. A shared range is a node of its own: it has nothing
   * to evaluate, and in a cycle its cells are #CIRC!.
   */
  private propagate(seeds: readonly number[]): void {
    const { index } = this;
    const components: number[][] = [];
    const cyclic: boolean[] = [];
    const dependents = (node: number, into: number[]) => index.dependentsOf(node, into);
    this.components.run(index.nodeCount, seeds, dependents, (members, isCycle) => {
      components.push(members);
      cyclic.push(isCycle);
    });
    const cellFormula = this.store.cellFormula;
    for (let position = components.length - 1; position >= 0; position--) {
      const members = components[position]!;
      if (cyclic[position]) {
        for (const node of members) if (index.isCell(node)) this.setValue(node, circularError);
      } else if (index.isCell(members[0]!) && cellFormula[members[0]!] !== noFormula) {
        this.evaluate(members[0]!);
      }
    }
  }

  /**
   * Evaluates every formula, following precedents so each component is evaluated as soon as it
   * is complete. Columns without ranges go first: a range over a column that is already done
   * then needs no edges at all, which keeps running totals linear.
   */
  recalculateEverything(): void {
    const { store, formulas, index } = this;
    const columns = store.columnCount;
    const cellFormula = store.cellFormula;
    const pending = new Int32Array(columns);
    const rangeColumns = new Uint8Array(columns);
    const roots: number[] = [];
    for (const slot of store.order) {
      for (let column = 0; column < columns; column++) {
        const formula = cellFormula[slot * columns + column]!;
        if (formula === noFormula) continue;
        pending[column]! += 1;
        if (formulas.get(formula)!.readsRanges) rangeColumns[column] = 1;
      }
    }
    for (const rangesLast of [0, 1]) {
      for (let column = 0; column < columns; column++) {
        if (rangeColumns[column] !== rangesLast) continue;
        for (const slot of store.order) {
          const cell = slot * columns + column;
          if (cellFormula[cell] !== noFormula) roots.push(cell);
        }
      }
    }
    let found: number[] = [];
    const wanted = (node: number) => {
      if ((!index.isCell(node) || cellFormula[node] !== noFormula) && !this.components.finished(node)) found.push(node);
    };
    const precedents = (node: number, into: number[]) => {
      found = into;
      index.precedentsOf(node, pending, wanted);
    };
    this.components.run(index.nodeCount, roots, precedents, (members, isCycle) => {
      for (const node of members) {
        if (!index.isCell(node)) continue;
        pending[node % columns]! -= 1;
        if (isCycle) this.setValue(node, circularError);
        else this.evaluate(node);
      }
    });
  }

  private evaluate(cell: number): void {
    const columns = this.store.columnCount;
    const formula = this.formulas.get(this.store.cellFormula[cell]!)!;
    this.evaluations += 1;
    let result: unknown = formula.compiled.constant;
    if (formula.compiled.expression) {
      this.scope.bind(formula, Math.floor(cell / columns));
      try {
        result = formula.compiled.expression.evaluate(this.scope);
      } catch {
        result = valueError;
      }
      this.scope.bind(undefined, 0);
    }
    this.setValue(cell, cellValueOf(result));
  }
}

/** A formula's result as a cell shows it: never empty (0, as Excel), never a range or a non-finite number. */
function cellValueOf(result: unknown): CellValue {
  if (typeof result === 'number') return Number.isFinite(result) ? result : numberError;
  if (typeof result === 'string' || typeof result === 'boolean' || result instanceof FormulaError) return result;
  if (result === null || result === undefined) return 0;
  return valueError;
}
