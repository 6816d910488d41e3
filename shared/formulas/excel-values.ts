import type { FormulaValue, ScalarValue } from './cell-range.ts';
import { FormulaError, formulaError } from './formula-error.ts';
import { numberToText, textToNumber } from './number-text.ts';

/** Excel keeps at most this much text in a cell; longer concatenations are #VALUE!. */
export const maximumTextLength = 32_767;

const valueError = formulaError('#VALUE!');
const numberError = formulaError('#NUM!');

/** A result that is not a finite number is Excel's #NUM!. */
export function finiteOrError(value: number): number | FormulaError {
  return Number.isFinite(value) ? value : numberError;
}

/** Excel's arithmetic reading: empty is 0, TRUE is 1, text only when it reads as a number. */
export function toNumber(value: FormulaValue): number | FormulaError {
  if (typeof value === 'number') return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return textToNumber(value) ?? valueError;
  if (value instanceof FormulaError) return value;
  return valueError;
}

export function toText(value: FormulaValue): string | FormulaError {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberToText(value);
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof FormulaError) return value;
  return valueError;
}

/** A condition: numbers are true when not 0; the texts TRUE and FALSE are read; other text is #VALUE!. */
export function toBoolean(value: FormulaValue): boolean | FormulaError {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === null) return false;
  if (typeof value === 'string') {
    const upper = value.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
    return valueError;
  }
  if (value instanceof FormulaError) return value;
  return valueError;
}

/** Compares numbers on fifteen significant digits, so 0.1+0.2 equals 0.3 as in Excel. */
export function compareNumbers(left: number, right: number): -1 | 0 | 1 {
  if (left === right) return 0;
  // Numbers that round to the same fifteen digits lie within 1e-14 of the larger: only those
  // need the (slow) rounding.
  if (Math.abs(left - right) > Math.max(Math.abs(left), Math.abs(right)) * 1e-14) return left < right ? -1 : 1;
  const a = Number(left.toPrecision(15));
  const b = Number(right.toPrecision(15));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-insensitive, as Excel compares text. */
export function compareTexts(left: string, right: string): -1 | 0 | 1 {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

const typeRank = (value: number | string | boolean): number => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);

/**
 * Excel's ordering of two plain values: numbers before text before booleans; an empty cell
 * stands for 0, "" or FALSE, whichever the other side is.
 */
export function compareScalars(left: Exclude<ScalarValue, FormulaError>, right: Exclude<ScalarValue, FormulaError>): -1 | 0 | 1 {
  const a = left ?? emptyLike(right);
  const b = right ?? emptyLike(left);
  const rankDifference = typeRank(a) - typeRank(b);
  if (rankDifference !== 0) return rankDifference < 0 ? -1 : 1;
  if (typeof a === 'number') return compareNumbers(a, b as number);
  if (typeof a === 'string') return compareTexts(a, b as string);
  return a === b ? 0 : a ? 1 : -1;
}

function emptyLike(other: Exclude<ScalarValue, FormulaError>): number | string | boolean {
  if (typeof other === 'string') return '';
  if (typeof other === 'boolean') return false;
  return 0;
}
