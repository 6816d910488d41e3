import type { CellStore } from './cell-store.ts';
import type { SheetRange, SheetRows } from './sheet-formulas.ts';

/** The display positions a range covers now, first ≤ last. */
export type RowSpan = { first: number; last: number };

/**
 * Where a range lies at the moment, read by the formula in row `ownSlot`: every row for a whole
 * column, else between the current positions of its two end rows, whichever comes first; for a
 * range sized like another (SUMIF's sum range) from its top row down as many rows as the other
 * spans, within the sheet. Null when a row it names is gone (#REF!).
 */
export function rangeRows(store: CellStore, range: SheetRange, ownSlot: number): RowSpan | null {
  const own = spanOf(store, range.rows, ownSlot);
  if (!own || !range.heightOf) return own;
  const like = spanOf(store, range.heightOf, ownSlot);
  if (!like) return null;
  return { first: own.first, last: Math.min(store.order.length - 1, own.first + like.last - like.first) };
}

/** Every row, or the rows between two: an empty sheet's every row is first 0, last -1, and holds nothing. */
function spanOf(store: CellStore, rows: SheetRows, ownSlot: number): RowSpan | null {
  if (rows === 'every-row') return { first: 0, last: store.order.length - 1 };
  const startSlot = rows.startRowId === null ? ownSlot : store.slotOf(rows.startRowId);
  const endSlot = rows.endRowId === null ? ownSlot : store.slotOf(rows.endRowId);
  if (startSlot === undefined || endSlot === undefined) return null;
  const start = store.positionOfSlot[startSlot]!;
  const end = store.positionOfSlot[endSlot]!;
  return { first: Math.min(start, end), last: Math.max(start, end) };
}
