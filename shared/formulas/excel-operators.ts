import type { FormulaValue } from './cell-range.ts';
import { FormulaError, formulaError } from './formula-error.ts';
import { compareNumbers, compareScalars, finiteOrError, maximumTextLength, toNumber, toText } from './excel-values.ts';

/*
 * The operators of Excel formulas as plain functions of values. Each starts with the case that
 * fills a budget sheet (two numbers) and only then handles empty cells, text, errors and ranges.
 */

const divisionByZero = formulaError('#DIV/0!');
const valueError = formulaError('#VALUE!');

type Arithmetic = (left: number, right: number) => number | FormulaError;

function arithmetic(left: FormulaValue, right: FormulaValue, operation: Arithmetic): number | FormulaError {
  const a = toNumber(left);
  if (a instanceof FormulaError) return a;
  const b = toNumber(right);
  if (b instanceof FormulaError) return b;
  return operation(a, b);
}

const addNumbers: Arithmetic = (a, b) => finiteOrError(a + b);
const subtractNumbers: Arithmetic = (a, b) => finiteOrError(a - b);
const multiplyNumbers: Arithmetic = (a, b) => finiteOrError(a * b);
const divideNumbers: Arithmetic = (a, b) => (b === 0 ? divisionByZero : finiteOrError(a / b));
const powerNumbers: Arithmetic = (a, b) => {
  if (a === 0 && b === 0) return formulaError('#NUM!');
  if (a === 0 && b < 0) return divisionByZero;
  return finiteOrError(a ** b);
};

export function add(left: FormulaValue, right: FormulaValue): number | FormulaError {
  return typeof left === 'number' && typeof right === 'number' ? addNumbers(left, right) : arithmetic(left, right, addNumbers);
}

export function subtract(left: FormulaValue, right: FormulaValue): number | FormulaError {
  return typeof left === 'number' && typeof right === 'number' ? subtractNumbers(left, right) : arithmetic(left, right, subtractNumbers);
}

/*
 * "Should an addition or subtraction operation result in a value at or very close to zero,
 * Excel 97 and later will compensate for any error introduced as a result of converting an
 * operand to and from binary" (Microsoft, "Floating-point arithmetic may give inaccurate results
 * in Excel", https://learn.microsoft.com/office/troubleshoot/excel/floating-point-arithmetic-inaccurate-result).
 * Excel does this for the formula's last operation only, outside parentheses: =0.5-0.4-0.1 is 0
 * while =(0.5-0.4-0.1) and =1*(0.5-0.4-0.1) are -2.78E-17. Close to zero means the two operands
 * agree on Excel's fifteen significant digits.
 */
export function addNearZero(left: FormulaValue, right: FormulaValue): number | FormulaError {
  const sum = add(left, right);
  return typeof sum === 'number' && sum !== 0 && compareNumbers(toNumber(left) as number, -(toNumber(right) as number)) === 0 ? 0 : sum;
}

export function subtractNearZero(left: FormulaValue, right: FormulaValue): number | FormulaError {
  const difference = subtract(left, right);
  return typeof difference === 'number' && difference !== 0 && compareNumbers(toNumber(left) as number, toNumber(right) as number) === 0 ? 0 : difference;
}

export function multiply(left: FormulaValue, right: FormulaValue): number | FormulaError {
  return typeof left === 'number' && typeof right === 'number' ? multiplyNumbers(left, right) : arithmetic(left, right, multiplyNumbers);
}

export function divide(left: FormulaValue, right: FormulaValue): number | FormulaError {
  return typeof left === 'number' && typeof right === 'number' ? divideNumbers(left, right) : arithmetic(left, right, divideNumbers);
}

export function power(left: FormulaValue, right: FormulaValue): number | FormulaError {
  return arithmetic(left, right, powerNumbers);
}

export function negate(operand: FormulaValue): number | FormulaError {
  if (typeof operand === 'number') return -operand;
  const value = toNumber(operand);
  return value instanceof FormulaError ? value : -value;
}

/** Excel's unary plus changes nothing, not even text. */
export function plus(operand: FormulaValue): FormulaValue {
  return operand instanceof FormulaError || typeof operand !== 'object' || operand === null ? operand : valueError;
}

export function percent(operand: FormulaValue): number | FormulaError {
  const value = toNumber(operand);
  return value instanceof FormulaError ? value : value / 100;
}

export function concatenate(left: FormulaValue, right: FormulaValue): string | FormulaError {
  const a = toText(left);
  if (a instanceof FormulaError) return a;
  const b = toText(right);
  if (b instanceof FormulaError) return b;
  return a.length + b.length > maximumTextLength ? valueError : a + b;
}

function comparison(test: (order: -1 | 0 | 1) => boolean) {
  return (left: FormulaValue, right: FormulaValue): boolean | FormulaError => {
    if (left instanceof FormulaError) return left;
    if (right instanceof FormulaError) return right;
    if ((typeof left === 'object' && left !== null) || (typeof right === 'object' && right !== null)) return valueError;
    return test(compareScalars(left, right));
  };
}

export const equal = comparison((order) => order === 0);
export const notEqual = comparison((order) => order !== 0);
export const less = comparison((order) => order < 0);
export const greater = comparison((order) => order > 0);
export const lessOrEqual = comparison((order) => order <= 0);
export const greaterOrEqual = comparison((order) => order >= 0);
