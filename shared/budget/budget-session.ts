import type { Plan } from '../model/plan-schema.ts';
import type { CellValue, FormulaSheet } from '../formulas/formula-sheet.ts';
import type { CellError } from '../rules/cell-error.ts';
import { checkPlan, freshCheckMemo, type CheckMemo, type PlanCheck } from '../rules/validate-plan.ts';
import { buildBudgetSheet } from './budget-sheet.ts';
import { evaluateWithSheet } from './evaluated-plan.ts';
import { applyBudgetChange, budgetChange } from './sheet-sync.ts';

/** What every session of one document shares: the sheet, and which session it holds now. */
type Engine = { sheet: FormulaSheet; memo: CheckMemo; current: BudgetSession | null };

/**
 * The open plan with its budget worked out: the plan, the formula sheet that holds it, the plan
 * with its formulas' values, and the findings of every rule, kept in step as the plan moves.
 * The plan store owns one per open document; nothing else keeps plan state.
 *
 * A session is a value: `move` gives the next one, and the one it was called on may no longer
 * be read (its sheet moved on). Undo is a move back to an earlier plan, so a session is never
 * taken from a cache, and a refused edit is a move back to the plan before it.
 */
export class BudgetSession {
  readonly plan: Plan;
  /** The plan with every formula cell holding its computed value: what totals, rules and the file use. */
  readonly evaluated: Plan;
  /** Formula cells whose value is an error, or a number the field cannot hold. */
  readonly cellErrors: readonly CellError[];
  /** The totals and every rule's findings, as `tamhil validate` finds them. */
  readonly check: PlanCheck;
  readonly #engine: Engine;

  static open(plan: Plan): BudgetSession {
    return new BudgetSession({ sheet: buildBudgetSheet(plan), memo: freshCheckMemo(), current: null }, plan);
  }

  private constructor(engine: Engine, plan: Plan) {
    const { plan: evaluated, cellErrors } = evaluateWithSheet(engine.sheet, plan);
    this.plan = plan;
    this.evaluated = evaluated;
    this.cellErrors = cellErrors;
    this.check = checkPlan(evaluated, cellErrors, engine.memo);
    this.#engine = engine;
    engine.current = this;
  }

  /** The session for `next`, recalculating only what differs from this session's plan. */
  move(next: Plan): BudgetSession {
    if (next === this.plan) return this;
    const engine = this.#live();
    const change = budgetChange(this.plan, next);
    if (change.rebuild) return new BudgetSession({ sheet: buildBudgetSheet(next), memo: engine.memo, current: null }, next);
    applyBudgetChange(engine.sheet, change, next);
    return new BudgetSession(engine, next);
  }

  /** What the grid shows in one cell: a number, a text, an error, or nothing. */
  value(serviceId: string, columnId: string): CellValue {
    return this.#live().sheet.value(serviceId, columnId);
  }

  #live(): Engine {
    // Reading a session the sheet has moved past would show another plan's figures.
    if (this.#engine.current !== this) throw new Error('This budget session was replaced by a later one.');
    return this.#engine;
  }
}
