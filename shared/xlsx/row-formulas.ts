import { toA1Formula, type GridContext } from '../formulas/a1-references.ts';
import { refuseFormula, type FormulaRefusal } from './portable-formula.ts';

/*
 * The A1 text of the services sheet's formulas, worked out once per formula rather than once
 * per cell. Most formulas (the total, the split, a column's own formula) refer only to their
 * own row, so every row reads the same but for its row number: the text is translated once
 * with the row numbered by a marker, and the marker is replaced by each row's number. Turning
 * tens of thousands of cells' formulas into A1 one by one was most of an export's own time;
 * an import compares a cell with its column's formula the same way.
 */

type Translated = { formula: string; refusal: FormulaRefusal | null };
type Template = { pieces: string[]; refusal: FormulaRefusal | null };

/** A row number no formula text holds (checked): in the output, it can only be the row's own. */
const marker = 987_654_321;
/** A reference to a row by id, rather than to the formula's own row (`.`). */
const otherRowReference = /\{\$?(?!\.:)/;

export class RowFormulas {
  private readonly templates = new Map<string, Template | null>();

  /**
   * The formula (stored form, with its '=') as A1 text without '=' in the sheet's `row` (the
   * row of `context.rowId`), and whether Tamhil's engine would refuse it.
   */
  translate(stored: string, context: GridContext, row: number): Translated {
    let template = this.templates.get(stored);
    if (template === undefined) {
      template = this.template(stored, context, row);
      this.templates.set(stored, template);
    }
    if (template === null) {
      const formula = toA1Formula(stored, context).slice(1);
      return { formula, refusal: refuseFormula(formula) };
    }
    return { formula: template.pieces.join(String(row)), refusal: template.refusal };
  }

  private template(stored: string, context: GridContext, row: number): Template | null {
    if (otherRowReference.test(stored) || stored.includes(String(marker))) return null;
    const pieces = toA1Formula(stored, { ...context, rowIds: [context.rowId], firstRow: marker }).slice(1).split(String(marker));
    // Whether the engine computes it does not depend on the row: every reference is to the own row, which exists.
    return { pieces, refusal: refuseFormula(pieces.join(String(row))) };
  }
}
