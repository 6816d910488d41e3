import type { CellStore } from './cell-store.ts';
import type { SheetRange } from './sheet-formulas.ts';

/** The display positions a range covers now, first ≤ last. */
export type RowSpan = { first: number; last: number };

/**
 * Where a range lies at the moment, read by the formula in row `ownSlot`: between the current
 * positions of its two end rows, whichever comes first; for a range sized like another (SUMIF's
 * sum range) from its top row down as many rows as the other spans, within the sheet. Null when
 * a row it names is gone (#REF!).
 */
export function rangeRows(store: CellStore, range: SheetRange, ownSlot: number): RowSpan | null {
  const own = spanBetween(store, range.startRowId, range.endRowId, ownSlot);
  if (!own || !range.heightOf) return own;
  const like = spanBetween(store, range.heightOf.startRowId, range.heightOf.endRowId, ownSlot);
  if (!like) return null;
  return { first: own.first, last: Math.min(store.order.length - 1, own.first + like.last - like.first) };
}

function spanBetween(store: CellStore, startRowId: string | null, endRowId: string | null, ownSlot: number): RowSpan | null {
  const startSlot = startRowId === null ? ownSlot : store.slotOf(startRowId);
  const endSlot = endRowId === null ? ownSlot : store.slotOf(endRowId);
  if (startSlot === undefined || endSlot === undefined) return null;
  const start = store.positionOfSlot[startSlot]!;
  const end = store.positionOfSlot[endSlot]!;
  return { first: Math.min(start, end), last: Math.max(start, end) };
}
