import { isFormulaErrorCode, type FormulaErrorCode } from './formula-error.ts';

/** `{ROW:COL}` in the stored syntax; a null rowId is `.`, the formula's own row. */
export type StoredReference = { rowId: string | null; rowAbsolute: boolean; columnId: string; columnAbsolute: boolean };

/** `$B$7` as typed in the grid: column counted from 0, row as the sheet numbers it (from 1). */
export type A1Reference = { column: number; columnAbsolute: boolean; row: number; rowAbsolute: boolean };

/** The two ends of a whole-column reference (`G:H`, stored `{*:g}:{*:h}`) or a whole-row one (`2:5`, stored `{r2:*}:{r5:*}`). */
export type Span<End> = { first: End; last: End };
export type StoredColumn = { columnId: string; absolute: boolean };
/** A row by id; null is `.`, the formula's own row. */
export type StoredRow = { rowId: string | null; absolute: boolean };
export type A1Column = { column: number; absolute: boolean };
export type A1Row = { row: number; absolute: boolean };

export type Operator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=' | '%' | ':';

/** Which reference notation the text uses: the plan file's, or what the user types. */
export type ReferenceSyntax = 'stored' | 'a1';

export type Token = { start: number; end: number } & (
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'error'; code: FormulaErrorCode }
  | { kind: 'identifier'; name: string }
  | { kind: 'stored-reference'; reference: StoredReference }
  | { kind: 'a1-reference'; reference: A1Reference }
  | { kind: 'stored-columns'; span: Span<StoredColumn> }
  | { kind: 'stored-rows'; span: Span<StoredRow> }
  | { kind: 'a1-columns'; span: Span<A1Column> }
  | { kind: 'a1-rows'; span: Span<A1Row> }
  | { kind: 'operator'; operator: Operator }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'comma' }
  | { kind: 'invalid' }
);

/** Excel's own bounds, so a reference past them is read as a name, as Excel does. */
export const excelLastColumn = 16_384;
export const excelLastRow = 1_048_576;

const numberPattern = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const identifierPattern = /[A-Za-z_][A-Za-z0-9_]*/y;
const storedReferencePattern = /\{(\$?)(\.|[A-Za-z0-9_-]+):(\$?)([A-Za-z0-9_-]+)\}/y;
const a1ReferencePattern = /(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_(])/y;
const storedColumnsPattern = /\{\*:(\$?)([A-Za-z0-9_-]+)\}:\{\*:(\$?)([A-Za-z0-9_-]+)\}/y;
const storedRowsPattern = /\{(\$?)(\.|[A-Za-z0-9_-]+):\*\}:\{(\$?)(\.|[A-Za-z0-9_-]+):\*\}/y;
const a1ColumnsPattern = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/y;
const a1RowsPattern = /(\$?)([1-9][0-9]{0,6}):(\$?)([1-9][0-9]{0,6})(?![A-Za-z0-9_.(])/y;
const errorPattern = /#(?:DIV\/0!|REF!|NAME\?|VALUE!|NUM!|CIRC!|ERROR!)/iy;
const whitespace = new Set([' ', '\t', '\r', '\n', '\u00a0']);
const singleCharacterOperators = new Set<string>(['+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ':']);

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
export function columnIndexFromLetters(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** A 0-based index to column letters: 0 → A, 26 → AA. */
export function columnLettersFromIndex(index: number): string {
  let letters = '';
  for (let remaining = index + 1; remaining > 0; remaining = Math.floor((remaining - 1) / 26)) {
    letters = String.fromCharCode(65 + ((remaining - 1) % 26)) + letters;
  }
  return letters;
}

function readA1Reference(match: RegExpExecArray): A1Reference | null {
  const [, columnDollar, letters, rowDollar, digits] = match;
  const column = columnIndexFromLetters(letters!);
  const row = Number(digits);
  if (column >= excelLastColumn || row > excelLastRow) return null;
  return { column, columnAbsolute: columnDollar === '$', row, rowAbsolute: rowDollar === '$' };
}

/** A whole-column or whole-row reference at `index`, or null. Excel's bounds apply as for cells. */
function readSpan(text: string, index: number, syntax: ReferenceSyntax): Token | null {
  const start = index;
  if (syntax === 'stored') {
    const columns = matchAt(storedColumnsPattern, text, index);
    if (columns) {
      const [whole, firstDollar, first, lastDollar, last] = columns;
      const span = { first: { columnId: first!, absolute: firstDollar === '$' }, last: { columnId: last!, absolute: lastDollar === '$' } };
      return { kind: 'stored-columns', span, start, end: start + whole.length };
    }
    const rows = matchAt(storedRowsPattern, text, index);
    if (!rows) return null;
    const [whole, firstDollar, first, lastDollar, last] = rows;
    const row = (id: string, dollar: string | undefined) => ({ rowId: id === '.' ? null : id, absolute: dollar === '$' });
    return { kind: 'stored-rows', span: { first: row(first!, firstDollar), last: row(last!, lastDollar) }, start, end: start + whole.length };
  }
  const columns = matchAt(a1ColumnsPattern, text, index);
  if (columns) {
    const [whole, firstDollar, first, lastDollar, last] = columns;
    const span = { first: { column: columnIndexFromLetters(first!), absolute: firstDollar === '$' }, last: { column: columnIndexFromLetters(last!), absolute: lastDollar === '$' } };
    if (span.first.column >= excelLastColumn || span.last.column >= excelLastColumn) return null;
    return { kind: 'a1-columns', span, start, end: start + whole.length };
  }
  const rows = matchAt(a1RowsPattern, text, index);
  if (!rows) return null;
  const [whole, firstDollar, first, lastDollar, last] = rows;
  const span = { first: { row: Number(first), absolute: firstDollar === '$' }, last: { row: Number(last), absolute: lastDollar === '$' } };
  if (span.first.row > excelLastRow || span.last.row > excelLastRow) return null;
  return { kind: 'a1-rows', span, start, end: start + whole.length };
}

/**
 * Splits formula text (without its leading `=`) into tokens with their positions in `text`.
 * It never fails: what it does not recognise becomes an `invalid` token (an unterminated
 * string swallows the rest), so translation can copy it through and the parser can refuse it.
 */
export function tokenize(text: string, syntax: ReferenceSyntax, from = 0): Token[] {
  const tokens: Token[] = [];
  let index = from;
  while (index < text.length) {
    const character = text[index]!;
    const start = index;
    if (whitespace.has(character)) {
      index += 1;
      continue;
    }
    if (character === '"') {
      let value = '';
      let cursor = index + 1;
      let closed = false;
      while (cursor < text.length) {
        const quote = text.indexOf('"', cursor);
        if (quote < 0) break;
        value += text.slice(cursor, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          cursor = quote + 2;
        } else {
          cursor = quote + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        tokens.push({ kind: 'invalid', start, end: text.length });
        break;
      }
      tokens.push({ kind: 'text', value, start, end: cursor });
      index = cursor;
      continue;
    }
    const span = character === '{' || character === '$' || /[A-Za-z0-9]/.test(character) ? readSpan(text, index, syntax) : null;
    if (span) {
      tokens.push(span);
      index = span.end;
      continue;
    }
    if ((character >= '0' && character <= '9') || (character === '.' && /\d/.test(text[index + 1] ?? ''))) {
      const match = matchAt(numberPattern, text, index)!;
      index += match[0].length;
      tokens.push({ kind: 'number', value: Number(match[0]), start, end: index });
      continue;
    }
    if (character === '{' && syntax === 'stored') {
      const match = matchAt(storedReferencePattern, text, index);
      if (match) {
        const [whole, rowDollar, row, columnDollar, columnId] = match;
        index += whole.length;
        const reference = { rowId: row === '.' ? null : row!, rowAbsolute: rowDollar === '$', columnId: columnId!, columnAbsolute: columnDollar === '$' };
        tokens.push({ kind: 'stored-reference', reference, start, end: index });
        continue;
      }
    }
    if (syntax === 'a1' && (character === '$' || /[A-Za-z]/.test(character))) {
      const match = matchAt(a1ReferencePattern, text, index);
      const reference = match ? readA1Reference(match) : null;
      if (match && reference) {
        index += match[0].length;
        tokens.push({ kind: 'a1-reference', reference, start, end: index });
        continue;
      }
    }
    if (/[A-Za-z_]/.test(character)) {
      const match = matchAt(identifierPattern, text, index)!;
      index += match[0].length;
      tokens.push({ kind: 'identifier', name: match[0], start, end: index });
      continue;
    }
    if (character === '#') {
      const match = matchAt(errorPattern, text, index);
      const code = match?.[0].toUpperCase();
      if (match && code && isFormulaErrorCode(code)) {
        index += match[0].length;
        tokens.push({ kind: 'error', code, start, end: index });
        continue;
      }
    }
    const pair = text.slice(index, index + 2);
    if (pair === '<>' || pair === '<=' || pair === '>=') {
      index += 2;
      tokens.push({ kind: 'operator', operator: pair, start, end: index });
      continue;
    }
    index += 1;
    if (singleCharacterOperators.has(character)) tokens.push({ kind: 'operator', operator: character as Operator, start, end: index });
    else if (character === '(') tokens.push({ kind: 'open', start, end: index });
    else if (character === ')') tokens.push({ kind: 'close', start, end: index });
    else if (character === ',') tokens.push({ kind: 'comma', start, end: index });
    else tokens.push({ kind: 'invalid', start, end: index });
  }
  return tokens;
}
