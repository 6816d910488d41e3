import { CellRange, type FormulaValue, type ScalarValue } from './cell-range.ts';
import { criterionTest } from './criteria.ts';
import { FormulaError, formulaError } from './formula-error.ts';
import { roundToDigits, type RoundingDirection } from './excel-rounding.ts';
import { finiteOrError, toBoolean, toNumber } from './excel-values.ts';

/**
 * The worksheet functions a formula may call: the whole whitelist. Written here rather than
 * taken from a general library, which was slower and rounded differently (../shared/STACK.md).
 */
export type ExcelFunction = {
  minimumArguments: number;
  maximumArguments: number;
  /**
   * Whether an argument is read as a reference: a single cell there becomes a one-cell range,
   * so `SUM(A1)` skips text in A1 where `SUM("a")` is #VALUE!, as in Excel.
   */
  takesReference: (index: number) => boolean;
  /**
   * An argument read with the size and shape of another, from its own top-left cell: SUMIF's
   * sum range is as large as its range, whatever cells it names. The sheet then also watches
   * the cells it reads beyond what it names.
   */
  sizedLike?: { argument: number; like: number };
  call: (...args: FormulaValue[]) => FormulaValue;
};

const valueError = formulaError('#VALUE!');
const divisionByZero = formulaError('#DIV/0!');
const excelArgumentLimit = 255;

function forEachCell(range: CellRange, visit: (value: ScalarValue) => void): void {
  for (let position = range.firstPosition; position <= range.lastPosition; position++) {
    for (let column = range.firstColumn; column <= range.lastColumn; column++) visit(range.source.valueAt(position, column));
  }
}

/**
 * The numbers SUM, AVERAGE, MIN and MAX work on: numbers in ranges (text, booleans and empty
 * cells there are skipped, errors stop everything) and every other argument read as a number.
 */
function collectNumbers(args: readonly FormulaValue[], visit: (value: number) => void): FormulaError | undefined {
  for (const argument of args) {
    if (argument instanceof CellRange) {
      let error: FormulaError | undefined;
      forEachCell(argument, (value) => {
        if (error) return;
        if (typeof value === 'number') visit(value);
        else if (value instanceof FormulaError) error = value;
      });
      if (error) return error;
    } else {
      const number = toNumber(argument);
      if (number instanceof FormulaError) return number;
      visit(number);
    }
  }
  return undefined;
}

/** SUM runs over whole columns on every edit: a one-column range uses the sheet's kept totals. */
function sum(...args: FormulaValue[]): number | FormulaError {
  let total = 0;
  for (const argument of args) {
    if (argument instanceof CellRange && argument.width === 1) {
      const columnTotal = argument.source.sumColumn(argument.firstColumn, argument.firstPosition, argument.lastPosition);
      if (columnTotal instanceof FormulaError) return columnTotal;
      total += columnTotal;
    } else if (argument instanceof CellRange) {
      const { source, firstPosition, lastPosition, firstColumn, lastColumn } = argument;
      for (let position = firstPosition; position <= lastPosition; position++) {
        for (let column = firstColumn; column <= lastColumn; column++) {
          const value = source.valueAt(position, column);
          if (typeof value === 'number') total += value;
          else if (value instanceof FormulaError) return value;
        }
      }
    } else {
      const number = toNumber(argument);
      if (number instanceof FormulaError) return number;
      total += number;
    }
  }
  return finiteOrError(total);
}

function average(...args: FormulaValue[]): number | FormulaError {
  let total = 0;
  let count = 0;
  const error = collectNumbers(args, (value) => {
    total += value;
    count += 1;
  });
  if (error) return error;
  return count === 0 ? divisionByZero : finiteOrError(total / count);
}

function extreme(pick: (a: number, b: number) => number) {
  return (...args: FormulaValue[]): number | FormulaError => {
    let result: number | null = null;
    const error = collectNumbers(args, (value) => {
      result = result === null ? value : pick(result, value);
    });
    return error ?? result ?? 0;
  };
}

/*
 * COUNT counts "numbers, dates, or a text representation of numbers" and "logical values and
 * text representations of numbers that you type directly into the list of arguments"; in a
 * reference only numbers (Microsoft, COUNT function). COUNTA counts "cells containing any type
 * of information, including error values and empty text" (COUNTA function). An omitted argument,
 * as in COUNT(1,,2), is the number 0 (ECMA-376 Part 4 §3.17.7, IF: an omitted argument whose
 * comma is present "evaluates to 0"), so both count it.
 */
function count(...args: FormulaValue[]): number {
  let counted = 0;
  for (const argument of args) {
    if (argument instanceof CellRange) {
      forEachCell(argument, (value) => {
        if (typeof value === 'number') counted += 1;
      });
    } else if (argument === null || typeof argument === 'number' || typeof argument === 'boolean') {
      counted += 1;
    } else if (typeof argument === 'string' && typeof toNumber(argument) === 'number') {
      counted += 1;
    }
  }
  return counted;
}

function countNonEmpty(...args: FormulaValue[]): number {
  let counted = 0;
  for (const argument of args) {
    if (argument instanceof CellRange) {
      forEachCell(argument, (value) => {
        if (value !== null) counted += 1;
      });
    } else {
      counted += 1;
    }
  }
  return counted;
}

function rounding(direction: RoundingDirection) {
  return (value: FormulaValue, digits: FormulaValue): number | FormulaError => {
    const number = toNumber(value);
    if (number instanceof FormulaError) return number;
    const places = toNumber(digits);
    if (places instanceof FormulaError) return places;
    return finiteOrError(roundToDigits(number, places, direction));
  };
}

function absolute(value: FormulaValue): number | FormulaError {
  const number = toNumber(value);
  return number instanceof FormulaError ? number : Math.abs(number);
}

function choose(condition: FormulaValue, whenTrue: FormulaValue, whenFalse: FormulaValue = false): FormulaValue {
  const test = toBoolean(condition);
  if (test instanceof FormulaError) return test;
  return test ? whenTrue : whenFalse;
}

function ifError(value: FormulaValue, fallback: FormulaValue): FormulaValue {
  return value instanceof FormulaError ? fallback : value;
}

/** AND and OR: booleans and numbers in ranges (text and empty cells skipped); no logical value at all is #VALUE!. */
function logical(combine: (values: boolean[]) => boolean) {
  return (...args: FormulaValue[]): boolean | FormulaError => {
    const values: boolean[] = [];
    for (const argument of args) {
      if (argument instanceof CellRange) {
        let error: FormulaError | undefined;
        forEachCell(argument, (value) => {
          if (error) return;
          if (typeof value === 'boolean') values.push(value);
          else if (typeof value === 'number') values.push(value !== 0);
          else if (value instanceof FormulaError) error = value;
        });
        if (error) return error;
      } else if (argument !== null) {
        const value = toBoolean(argument);
        if (value instanceof FormulaError) return value;
        values.push(value);
      }
    }
    return values.length === 0 ? valueError : combine(values);
  };
}

function not(value: FormulaValue): boolean | FormulaError {
  const test = toBoolean(value);
  return test instanceof FormulaError ? test : !test;
}

/**
 * SUMIF pairs each cell of the range with the cell at the same offset in the sum range. The sum
 * range arrives already sized like the range ("the actual cells that are added are determined
 * by using the upper leftmost cell in the sum_range argument as the beginning cell, and then
 * including cells that correspond in size and shape to the range argument", Microsoft, SUMIF
 * function): see `sizedLike`, which the sheet resolves.
 */
function sumIf(range: FormulaValue, criterion: FormulaValue, sumRange: FormulaValue = range): number | FormulaError {
  if (!(range instanceof CellRange) || !(sumRange instanceof CellRange) || criterion instanceof CellRange) return valueError;
  if (range.width === 1 && sumRange.width === 1 && sumRange.firstPosition === range.firstPosition) {
    const total = range.source.sumColumnIf(range.firstColumn, criterion, sumRange.firstColumn, range.firstPosition, range.lastPosition);
    return total instanceof FormulaError ? total : finiteOrError(total);
  }
  const test = criterionTest(criterion);
  if (test instanceof FormulaError) return test;
  let total = 0;
  for (let row = 0; row < range.height; row++) {
    for (let column = 0; column < range.width; column++) {
      if (!test(range.valueAtOffset(row, column))) continue;
      const value = sumRange.valueAtOffset(row, column);
      if (typeof value === 'number') total += value;
      else if (value instanceof FormulaError) return value;
    }
  }
  return finiteOrError(total);
}

/** COUNTIF over one column counts through the sheet's kept totals, as SUMIF adds. */
function countIf(range: FormulaValue, criterion: FormulaValue): number | FormulaError {
  if (!(range instanceof CellRange) || criterion instanceof CellRange) return valueError;
  if (range.width === 1) return range.source.countColumnIf(range.firstColumn, criterion, range.firstPosition, range.lastPosition);
  const test = criterionTest(criterion);
  if (test instanceof FormulaError) return test;
  let counted = 0;
  forEachCell(range, (value) => {
    if (test(value)) counted += 1;
  });
  return counted;
}

/**
 * A function of one long range alone (`AVERAGE(G:G)`, `MAX(G:G)`, a SUM across columns) is
 * worked out once for every formula that asks: the sheet keeps the result until a cell of the
 * range changes or rows move.
 */
function keptForOneRange(name: string, call: (...args: FormulaValue[]) => ScalarValue): ExcelFunction['call'] {
  return (...args) => {
    const [only] = args;
    if (args.length !== 1 || !(only instanceof CellRange)) return call(...args);
    return only.source.rangeResult(name, only, () => call(only));
  };
}

const everyArgument = () => true;
const noArgument = () => false;
const onlyArguments = (...indexes: number[]) => (index: number) => indexes.includes(index);

function definition(minimumArguments: number, maximumArguments: number, takesReference: (index: number) => boolean, call: ExcelFunction['call']): ExcelFunction {
  return { minimumArguments, maximumArguments, takesReference, call };
}

export const excelFunctions: ReadonlyMap<string, ExcelFunction> = new Map([
  ['SUM', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('SUM', sum))],
  ['AVERAGE', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('AVERAGE', average))],
  ['MIN', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('MIN', extreme(Math.min)))],
  ['MAX', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('MAX', extreme(Math.max)))],
  ['COUNT', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('COUNT', count))],
  ['COUNTA', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('COUNTA', countNonEmpty))],
  ['ROUND', definition(2, 2, noArgument, rounding('nearest'))],
  ['ROUNDUP', definition(2, 2, noArgument, rounding('up'))],
  ['ROUNDDOWN', definition(2, 2, noArgument, rounding('down'))],
  ['ABS', definition(1, 1, noArgument, absolute)],
  ['IF', definition(2, 3, noArgument, choose)],
  ['IFERROR', definition(2, 2, noArgument, ifError)],
  ['AND', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('AND', logical((values) => values.every(Boolean))))],
  ['OR', definition(1, excelArgumentLimit, everyArgument, keptForOneRange('OR', logical((values) => values.some(Boolean))))],
  ['NOT', definition(1, 1, noArgument, not)],
  ['SUMIF', { ...definition(2, 3, onlyArguments(0, 2), sumIf), sizedLike: { argument: 2, like: 0 } }],
  ['COUNTIF', definition(2, 2, onlyArguments(0), countIf)],
]);
