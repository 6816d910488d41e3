import {
  columnLettersFromIndex,
  excelLastColumn,
  excelLastRow,
  tokenize,
  type A1Column,
  type A1Reference,
  type A1Row,
  type ReferenceSyntax,
  type Span,
  type StoredColumn,
  type StoredReference,
  type StoredRow,
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

/** How each kind of reference is written anew; null when it cannot be (it becomes #REF!). */
type Rewrites<Reference, Column, Row> = {
  reference: (reference: Reference) => string | null;
  columns: (span: Span<Column>) => string | null;
  rows: (span: Span<Row>) => string | null;
};

const referenceKinds = { stored: 'stored-reference', a1: 'a1-reference' } as const;
const columnsKinds = { stored: 'stored-columns', a1: 'a1-columns' } as const;
const rowsKinds = { stored: 'stored-rows', a1: 'a1-rows' } as const;

/**
 * Copies formula text through, replacing only references (a range as a whole: when either end
 * cannot be written, the range becomes #REF!; whole columns and rows as one). Text, numbers,
 * names and strings are untouched.
 */
function rewriteReferences<Reference, Column, Row>(text: string, syntax: ReferenceSyntax, rewrite: Rewrites<Reference, Column, Row>): string {
  if (!text.startsWith('=')) return text;
  const tokens = tokenize(text, syntax, 1);
  let result = '';
  let copiedUpTo = 0;
  const referenceOf = (token: Token | undefined): Reference | null =>
    token?.kind === referenceKinds[syntax] && 'reference' in token ? (token.reference as Reference) : null;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let replacement: string;
    let last = token;
    if (token.kind === columnsKinds[syntax] && 'span' in token) {
      replacement = rewrite.columns(token.span as Span<Column>) ?? brokenReference;
    } else if (token.kind === rowsKinds[syntax] && 'span' in token) {
      replacement = rewrite.rows(token.span as Span<Row>) ?? brokenReference;
    } else {
      const start = referenceOf(token);
      if (start === null) continue;
      const colon = tokens[index + 1];
      const end = colon?.kind === 'operator' && colon.operator === ':' ? referenceOf(tokens[index + 2]) : null;
      if (end !== null) {
        const first = rewrite.reference(start);
        const second = rewrite.reference(end);
        replacement = first === null || second === null ? brokenReference : `${first}:${second}`;
        last = tokens[index + 2]!;
        index += 2;
      } else {
        replacement = rewrite.reference(start) ?? brokenReference;
      }
    }
    result += text.slice(copiedUpTo, token.start) + replacement;
    copiedUpTo = last.end;
  }
  return result + text.slice(copiedUpTo);
}

function a1Text(column: number, columnAbsolute: boolean, row: number, rowAbsolute: boolean): string {
  return `${columnAbsolute ? '$' : ''}${columnLettersFromIndex(column)}${rowAbsolute ? '$' : ''}${row}`;
}

const dollar = (absolute: boolean) => (absolute ? '$' : '');

/**
 * Turns what the user typed (`=D5*E5`) into the stored form that follows rows
 * (`={.:participants}*{.:perYear}`): a relative reference to the formula's own row is `.`,
 * any other row is named by id; `$` is kept only to show the text again. Whole columns
 * (`SUM(G:G)`) become `{*:id}:{*:id}` and whole rows (`SUM(2:2)`) `{id:*}:{id:*}`. A reference
 * outside the grid becomes #REF!.
 */
export function toStoredFormula(a1Formula: string, context: GridContext): string {
  const columnId = (column: number) => {
    const id = context.columnIds[column];
    return id !== undefined && writableId.test(id) ? id : null;
  };
  const rowId = (row: number, absolute: boolean) => {
    const id = context.rowIds[row - context.firstRow];
    if (id === undefined || !writableId.test(id)) return null;
    return !absolute && id === context.rowId ? '.' : id;
  };
  return rewriteReferences<A1Reference, A1Column, A1Row>(a1Formula, 'a1', {
    reference: (reference) => {
      const column = columnId(reference.column);
      const row = rowId(reference.row, reference.rowAbsolute);
      if (column === null || row === null) return null;
      return `{${dollar(reference.rowAbsolute)}${row}:${dollar(reference.columnAbsolute)}${column}}`;
    },
    columns: ({ first, last }) => {
      const [start, end] = [columnId(first.column), columnId(last.column)];
      return start === null || end === null ? null : `{*:${dollar(first.absolute)}${start}}:{*:${dollar(last.absolute)}${end}}`;
    },
    rows: ({ first, last }) => {
      const [start, end] = [rowId(first.row, first.absolute), rowId(last.row, last.absolute)];
      return start === null || end === null ? null : `{${dollar(first.absolute)}${start}:*}:{${dollar(last.absolute)}${end}:*}`;
    },
  });
}

/** Shows a stored formula as A1 text for editing; a row or column that is gone shows #REF!. */
export function toA1Formula(storedFormula: string, context: GridContext): string {
  const column = (id: string) => indexIn(context.columnIds, id);
  const row = (id: string | null) => {
    const index = indexIn(context.rowIds, id ?? context.rowId);
    return index === undefined ? undefined : index + context.firstRow;
  };
  return rewriteReferences<StoredReference, StoredColumn, StoredRow>(storedFormula, 'stored', {
    reference: (reference) => {
      const [columnIndex, rowNumber] = [column(reference.columnId), row(reference.rowId)];
      if (columnIndex === undefined || rowNumber === undefined) return null;
      return a1Text(columnIndex, reference.columnAbsolute, rowNumber, reference.rowAbsolute);
    },
    columns: ({ first, last }) => {
      const [start, end] = [column(first.columnId), column(last.columnId)];
      if (start === undefined || end === undefined) return null;
      return `${dollar(first.absolute)}${columnLettersFromIndex(start)}:${dollar(last.absolute)}${columnLettersFromIndex(end)}`;
    },
    rows: ({ first, last }) => {
      const [start, end] = [row(first.rowId), row(last.rowId)];
      return start === undefined || end === undefined ? null : `${dollar(first.absolute)}${start}:${dollar(last.absolute)}${end}`;
    },
  });
}

/**
 * Excel's adjustment when a formula is copied or filled: relative parts move by the offsets,
 * `$` parts stay, and a reference moved off the sheet becomes #REF!.
 */
export function shiftA1Formula(a1Formula: string, rowOffset: number, columnOffset: number): string {
  const column = (index: number, absolute: boolean) => {
    const shifted = absolute ? index : index + columnOffset;
    return shifted < 0 || shifted >= excelLastColumn ? null : shifted;
  };
  const row = (number: number, absolute: boolean) => {
    const shifted = absolute ? number : number + rowOffset;
    return shifted < 1 || shifted > excelLastRow ? null : shifted;
  };
  return rewriteReferences<A1Reference, A1Column, A1Row>(a1Formula, 'a1', {
    reference: (reference) => {
      const [columnIndex, rowNumber] = [column(reference.column, reference.columnAbsolute), row(reference.row, reference.rowAbsolute)];
      return columnIndex === null || rowNumber === null ? null : a1Text(columnIndex, reference.columnAbsolute, rowNumber, reference.rowAbsolute);
    },
    columns: ({ first, last }) => {
      const [start, end] = [column(first.column, first.absolute), column(last.column, last.absolute)];
      if (start === null || end === null) return null;
      return `${dollar(first.absolute)}${columnLettersFromIndex(start)}:${dollar(last.absolute)}${columnLettersFromIndex(end)}`;
    },
    rows: ({ first, last }) => {
      const [start, end] = [row(first.row, first.absolute), row(last.row, last.absolute)];
      return start === null || end === null ? null : `${dollar(first.absolute)}${start}:${dollar(last.absolute)}${end}`;
    },
  });
}
