import { tokenize, type StoredReference, type Token } from './tokenizer.ts';

/** A row about to be removed, with the rows in display order before it goes. */
export type RowRemoval = { rowId: string; rowIds: readonly string[] };

/**
 * A stored formula as it reads once a row is gone. Excel moves a range's end off a deleted
 * first or last row to the next row inward, so `SUM(A2:A10)` becomes `SUM(A2:A9)` when row 10
 * goes (and when row 2 goes, its first row is the old row 3), and `SUM(2:5)` likewise: the
 * range shrinks rather than breaks; only "if you delete all rows … that make up" a range does
 * it become #REF! (J. Walkenbach, Excel 2007 Formulas, "How Excel Maintains Cell and Range
 * Names"; Microsoft does not spell it out). A range of that one row only, or a single reference
 * to it, is left naming the removed row, so it reads #REF!.
 *
 * `ownRowId` is the row the formula sits in, for ends written `.`; null for a column's formula,
 * which is one text for every row: a range from the row itself to the removed row would shrink
 * one way in rows above it and the other way below, so such a range is left to read #REF!.
 * The sheet applies this to its own formulas when a row is removed; whoever keeps the formulas
 * elsewhere (the plan) applies it too, to stay the same text.
 */
export function formulaAfterRowRemoval(stored: string, removal: RowRemoval, ownRowId: string | null): string {
  if (!stored.startsWith('=') || !stored.includes(removal.rowId)) return stored;
  const tokens = tokenize(stored, 'stored', 1);
  const position = new Map(removal.rowIds.map((id, index) => [id, index]));
  /** The row id a range end moves to, or null when it stays. */
  const inwardEnd = (end: string | null, other: string | null): string | null => {
    const row = end ?? ownRowId;
    const otherRow = other ?? ownRowId;
    if (row !== removal.rowId || otherRow === null || otherRow === removal.rowId || !position.has(otherRow)) return null;
    const removedAt = position.get(removal.rowId)!;
    return removal.rowIds[removedAt + (position.get(otherRow)! > removedAt ? 1 : -1)]!;
  };
  let result = '';
  let copiedUpTo = 0;
  const replace = (token: Token, text: string) => {
    result += stored.slice(copiedUpTo, token.start) + text;
    copiedUpTo = token.end;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'stored-rows') {
      const { first, last } = token.span;
      const firstRow = inwardEnd(first.rowId, last.rowId) ?? first.rowId;
      const lastRow = inwardEnd(last.rowId, first.rowId) ?? last.rowId;
      if (firstRow !== first.rowId || lastRow !== last.rowId) replace(token, `${rowEnd(first.absolute, firstRow)}:${rowEnd(last.absolute, lastRow)}`);
      continue;
    }
    const start = referenceOf(token);
    const colon = tokens[index + 1];
    const end = referenceOf(tokens[index + 2]);
    if (!start || !end || colon?.kind !== 'operator' || colon.operator !== ':') continue;
    index += 2;
    const startRow = inwardEnd(start.rowId, end.rowId);
    const endRow = inwardEnd(end.rowId, start.rowId);
    if (startRow !== null) replace(token, cellEnd(start, startRow));
    else if (endRow !== null) replace(tokens[index]!, cellEnd(end, endRow));
  }
  return copiedUpTo === 0 ? stored : result + stored.slice(copiedUpTo);
}

function cellEnd(reference: StoredReference, rowId: string): string {
  return `{${reference.rowAbsolute ? '$' : ''}${rowId}:${reference.columnAbsolute ? '$' : ''}${reference.columnId}}`;
}

function rowEnd(absolute: boolean, rowId: string | null): string {
  return `{${absolute ? '$' : ''}${rowId ?? '.'}:*}`;
}

function referenceOf(token: Token | undefined): StoredReference | null {
  return token?.kind === 'stored-reference' ? token.reference : null;
}
