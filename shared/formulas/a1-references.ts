import {
  columnLettersFromIndex,
  excelLastColumn,
  excelLastRow,
  tokenize,
  type A1Reference,
  type ReferenceSyntax,
  type StoredReference,
  type Token,
} from './tokenizer.ts';

/**
 * Where a formula sits in the grid: its own row id, the rows and columns in display order
 * (column letters by index: A, B, … AA), and the sheet row number of rowIds[0] (2 below a
 * header row).
 */
export type GridContext = { rowId: string; rowIds: readonly string[]; columnIds: readonly string[]; firstRow: number };

const brokenReference = '#REF!';
const writableId = /^[A-Za-z0-9_-]+$/;

/** Index maps per id list, so translating every formula of a 50,000-row grid stays linear. */
const indexCache = new WeakMap<readonly string[], Map<string, number>>();

function indexIn(ids: readonly string[], id: string): number | undefined {
  let index = indexCache.get(ids);
  if (!index || index.size !== ids.length) {
    index = new Map(ids.map((candidate, position) => [candidate, position]));
    indexCache.set(ids, index);
  }
  const position = index.get(id);
  // A list changed in place since it was indexed: index it again rather than answer wrongly.
  if (position !== undefined && ids[position] !== id) {
    indexCache.delete(ids);
    return indexIn(ids, id);
  }
  return position;
}

type Rewrite<T> = (reference: T) => string | null;

/**
 * Copies formula text through, replacing only references (a range as a whole: when either end
 * cannot be written, the range becomes #REF!). Text, numbers, names and strings are untouched.
 */
function rewriteReferences<T>(text: string, syntax: ReferenceSyntax, kind: Token['kind'], rewrite: Rewrite<T>): string {
  if (!text.startsWith('=')) return text;
  const tokens = tokenize(text, syntax, 1);
  let result = '';
  let copiedUpTo = 0;
  const referenceOf = (token: Token | undefined): T | null => (token?.kind === kind && 'reference' in token ? (token.reference as T) : null);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const start = referenceOf(token);
    if (start === null) continue;
    const colon = tokens[index + 1];
    const end = colon?.kind === 'operator' && colon.operator === ':' ? referenceOf(tokens[index + 2]) : null;
    let replacement: string;
    let last = token;
    if (end !== null) {
      const first = rewrite(start);
      const second = rewrite(end);
      replacement = first === null || second === null ? brokenReference : `${first}:${second}`;
      last = tokens[index + 2]!;
      index += 2;
    } else {
      replacement = rewrite(start) ?? brokenReference;
    }
    result += text.slice(copiedUpTo, token.start) + replacement;
    copiedUpTo = last.end;
  }
  return result + text.slice(copiedUpTo);
}

function a1Text(column: number, columnAbsolute: boolean, row: number, rowAbsolute: boolean): string {
  return `${columnAbsolute ? '$' : ''}${columnLettersFromIndex(column)}${rowAbsolute ? '$' : ''}${row}`;
}

/**
 * Turns what the user typed (`=D5*E5`) into the stored form that follows rows
 * (`={.:participants}*{.:perYear}`): a relative reference to the formula's own row is `.`,
 * any other row is named by id; `$` is kept only to show the text again. A reference outside
 * the grid becomes #REF!.
 */
export function toStoredFormula(a1Formula: string, context: GridContext): string {
  return rewriteReferences<A1Reference>(a1Formula, 'a1', 'a1-reference', (reference) => {
    const columnId = context.columnIds[reference.column];
    const rowId = context.rowIds[reference.row - context.firstRow];
    if (columnId === undefined || rowId === undefined || !writableId.test(columnId) || !writableId.test(rowId)) return null;
    const row = !reference.rowAbsolute && rowId === context.rowId ? '.' : rowId;
    return `{${reference.rowAbsolute ? '$' : ''}${row}:${reference.columnAbsolute ? '$' : ''}${columnId}}`;
  });
}

/** Shows a stored formula as A1 text for editing; a row or column that is gone shows #REF!. */
export function toA1Formula(storedFormula: string, context: GridContext): string {
  return rewriteReferences<StoredReference>(storedFormula, 'stored', 'stored-reference', (reference) => {
    const column = indexIn(context.columnIds, reference.columnId);
    const rowIndex = indexIn(context.rowIds, reference.rowId ?? context.rowId);
    if (column === undefined || rowIndex === undefined) return null;
    return a1Text(column, reference.columnAbsolute, rowIndex + context.firstRow, reference.rowAbsolute);
  });
}

/**
 * Excel's adjustment when a formula is copied or filled: relative parts move by the offsets,
 * `$` parts stay, and a reference moved off the sheet becomes #REF!.
 */
export function shiftA1Formula(a1Formula: string, rowOffset: number, columnOffset: number): string {
  return rewriteReferences<A1Reference>(a1Formula, 'a1', 'a1-reference', (reference) => {
    const column = reference.columnAbsolute ? reference.column : reference.column + columnOffset;
    const row = reference.rowAbsolute ? reference.row : reference.row + rowOffset;
    if (column < 0 || column >= excelLastColumn || row < 1 || row > excelLastRow) return null;
    return a1Text(column, reference.columnAbsolute, row, reference.rowAbsolute);
  });
}
