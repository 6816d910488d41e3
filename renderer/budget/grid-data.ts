import type { Language } from '@shared/model/localized-text.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { gridRows, type GridCell } from './grid-rows.ts';

/** How the rows changed when they followed the plan: not at all, in some cells, or in number or order. */
export type RowsChange = 'none' | 'cells' | 'rows';

/**
 * The grid's rows, kept in step with the plan. Handsontable reads this array in place, so an
 * edit rewrites the rows of the services that changed and the grid only draws again; rows that
 * came, went or moved load the array anew (formulas show in A1, which depends on row order).
 */
export class GridData {
  rows: GridCell[][];
  #plan: Plan;
  #language: Language;

  constructor(plan: Plan, language: Language) {
    this.#plan = plan;
    this.#language = language;
    this.rows = gridRows(plan, language);
  }

  follow(plan: Plan, language: Language): RowsChange {
    const cells = this.followCells(plan, language);
    if (cells !== null) return cells;
    this.#plan = plan;
    this.#language = language;
    this.rows = gridRows(plan, language);
    return 'rows';
  }

  /**
   * Follows an edit that kept every row where it was, rewriting only the changed services' rows;
   * null, and nothing followed, when rows came, went or moved (the array is then loaded anew by
   * `follow`, which Handsontable must be given).
   */
  followCells(plan: Plan, language: Language): Exclude<RowsChange, 'rows'> | null {
    const before = this.#plan;
    if (plan.services === before.services && language === this.#language && plan.budgetColumns === before.budgetColumns) {
      this.#plan = plan;
      return 'none';
    }
    const sameRows =
      language === this.#language &&
      plan.budgetColumns === before.budgetColumns &&
      plan.services.length === before.services.length &&
      plan.services.every((service, index) => service.id === before.services[index]!.id);
    if (!sameRows) return null;
    this.#plan = plan;
    const changed = plan.services.flatMap((service, index) => (service === before.services[index] ? [] : [index]));
    if (changed.length === 0) return 'none';
    const fresh = gridRows(plan, language, changed);
    changed.forEach((index, position) => {
      this.rows[index] = fresh[position]!;
    });
    return 'cells';
  }
}
