import type { FormulaErrorCode } from './formula-error.ts';
import type { StoredReference } from './tokenizer.ts';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/** A row by id; null is the formula's own row. */
export type RowEnds = { start: string | null; end: string | null };

/**
 * The cells a range covers: the rows between two rows, or every row (a whole column, `G:G`),
 * and the columns between two columns, or every column (a whole row, `2:2`).
 */
export type RangeArea = { rows: RowEnds | 'every-row'; columns: { start: string; end: string } | 'every-column' };

/** The syntax tree of a formula in stored syntax; functions are named in upper case. */
export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; code: FormulaErrorCode }
  /** An omitted argument, as in `IF(x,,0)`. */
  | { kind: 'empty' }
  | { kind: 'reference'; reference: StoredReference }
  | {
      kind: 'range';
      area: RangeArea;
      /** Read with this other range's size and shape, from its own top-left cell (SUMIF's sum range). */
      sizedLike?: RangeArea;
    }
  | { kind: 'name'; name: string }
  | { kind: 'negate' | 'plus' | 'percent'; operand: Expression }
  | {
      kind: 'binary';
      operator: BinaryOperator;
      left: Expression;
      right: Expression;
      /** The formula's last operation, outside any parentheses: Excel makes a sum or difference there that lands next to zero 0. */
      nearZeroIsZero?: true;
    }
  | { kind: 'call'; name: string; args: Expression[] };
