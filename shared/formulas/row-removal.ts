import { tokenize, type StoredReference, type Token } from './tokenizer.ts';

/** A row about to be removed, with the rows in display order before it goes. */
export type RowRemoval = { rowId: string; rowIds: readonly string[] };

/**
 * A stored formula as it reads once a row is gone. Excel moves a range's end off a deleted
 * first or last row to the next row inward, so `SUM(A2:A10)` becomes `SUM(A2:A9)` when row 10
 * goes (and when row 2 goes, its first row is the old row 3): the range shrinks rather than
 * breaks. A range of that one row only, or a single reference to it, is left naming the
 * removed row, so it reads #REF! as in Excel.
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
  let result = '';
  let copiedUpTo = 0;
  for (let index = 0; index + 2 < tokens.length; index++) {
    const start = referenceOf(tokens[index]);
    const colon = tokens[index + 1];
    const end = referenceOf(tokens[index + 2]);
    if (!start || !end || colon?.kind !== 'operator' || colon.operator !== ':') continue;
    const startRow = start.rowId ?? ownRowId;
    const endRow = end.rowId ?? ownRowId;
    const moved = startRow === removal.rowId ? 0 : endRow === removal.rowId ? 2 : -1;
    const other = moved === 0 ? endRow : startRow;
    index += 2;
    if (moved < 0 || other === null || other === removal.rowId || !position.has(other)) continue;
    const removedAt = position.get(removal.rowId)!;
    const inward = removal.rowIds[removedAt + (position.get(other)! > removedAt ? 1 : -1)]!;
    const token = tokens[index - 2 + moved]!;
    const reference = moved === 0 ? start : end;
    result += stored.slice(copiedUpTo, token.start) + `{${reference.rowAbsolute ? '$' : ''}${inward}:${reference.columnAbsolute ? '$' : ''}${reference.columnId}}`;
    copiedUpTo = token.end;
  }
  return copiedUpTo === 0 ? stored : result + stored.slice(copiedUpTo);
}

function referenceOf(token: Token | undefined): StoredReference | null {
  return token?.kind === 'stored-reference' ? token.reference : null;
}
