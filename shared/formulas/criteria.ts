import type { ScalarValue } from './cell-range.ts';
import { FormulaError } from './formula-error.ts';
import { compareNumbers, compareTexts } from './excel-values.ts';
import { textToNumber } from './number-text.ts';

export type CellTest = (value: ScalarValue) => boolean;

type Comparison = '=' | '<>' | '<' | '>' | '<=' | '>=';

const comparisonPrefix = /^(<>|<=|>=|=|<|>)?([\s\S]*)$/;

function holds(comparison: Comparison, order: number): boolean {
  switch (comparison) {
    case '=': return order === 0;
    case '<>': return order !== 0;
    case '<': return order < 0;
    case '>': return order > 0;
    case '<=': return order <= 0;
    case '>=': return order >= 0;
  }
}

function numericValue(value: ScalarValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return textToNumber(value);
  return null;
}

/** One character of a wildcard pattern: a literal, or `*` / `?` when `wildcard`. */
type PatternPart = { character: string; wildcard: boolean };

/**
 * `*` any run of characters, `?` one character, `~` escapes the next; case-insensitive. A
 * greedy match with one backtrack point, so a hostile pattern cannot take exponential time.
 */
export function wildcardTest(pattern: string): (text: string) => boolean {
  const parts: PatternPart[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index]!;
    if (character === '~' && index + 1 < pattern.length) {
      index += 1;
      parts.push({ character: pattern[index]!.toLowerCase(), wildcard: false });
    } else {
      parts.push({ character: character.toLowerCase(), wildcard: character === '*' || character === '?' });
    }
  }
  return (text) => matchParts(parts, text.toLowerCase());
}

function matchParts(parts: readonly PatternPart[], subject: string): boolean {
  let partIndex = 0;
  let textIndex = 0;
  let starPart = -1;
  let starText = 0;
  while (textIndex < subject.length) {
    const part = parts[partIndex];
    if (part && (part.wildcard ? part.character === '?' : part.character === subject[textIndex])) {
      partIndex += 1;
      textIndex += 1;
    } else if (part?.wildcard && part.character === '*') {
      starPart = partIndex;
      starText = textIndex;
      partIndex += 1;
    } else if (starPart >= 0) {
      partIndex = starPart + 1;
      starText += 1;
      textIndex = starText;
    } else {
      return false;
    }
  }
  while (parts[partIndex]?.wildcard && parts[partIndex]!.character === '*') partIndex += 1;
  return partIndex === parts.length;
}

/**
 * The criteria of SUMIF and COUNTIF: a number or boolean matches equal cells; text may start
 * with a comparison (">10", "<>0", "=text"); a number in it compares with numbers, other text
 * with text (wildcards for = and <>). "<>x" matches everything that "=x" does not, blanks
 * included; "" and "=" match blank cells.
 */
export function criterionTest(criterion: ScalarValue): CellTest | FormulaError {
  if (criterion instanceof FormulaError) return criterion;
  if (criterion === null || typeof criterion === 'number') {
    const target = criterion ?? 0;
    return (value) => {
      const number = numericValue(value);
      return number !== null && compareNumbers(number, target) === 0;
    };
  }
  if (typeof criterion === 'boolean') return (value) => value === criterion;
  const [, prefix, operand = ''] = comparisonPrefix.exec(criterion)!;
  const comparison = (prefix ?? '=') as Comparison;
  const matchesEqual = equalityTest(operand, prefix === undefined);
  if (comparison === '=') return matchesEqual;
  if (comparison === '<>') return (value) => !matchesEqual(value);
  const number = textToNumber(operand);
  if (number !== null) {
    return (value) => typeof value === 'number' && holds(comparison, compareNumbers(value, number));
  }
  if (operand === '') return () => false;
  return (value) => typeof value === 'string' && holds(comparison, compareTexts(value, operand));
}

function equalityTest(operand: string, withoutPrefix: boolean): CellTest {
  if (operand === '') return withoutPrefix ? (value) => value === null || value === '' : (value) => value === null;
  const number = textToNumber(operand);
  if (number !== null) {
    return (value) => {
      const cellNumber = numericValue(value);
      return cellNumber !== null && compareNumbers(cellNumber, number) === 0;
    };
  }
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return (value) => value === (upper === 'TRUE');
  const matches = wildcardTest(operand);
  return (value) => typeof value === 'string' && matches(value);
}
