import { maximumAmount, maximumCount } from '../model/plan-schema.ts';

/**
 * The numbers each plan field may hold (the file's schema): a formula whose result is outside
 * them is an error of that cell rather than a file that can no longer be saved.
 */
const bounds: ReadonlyMap<string, { min: number; max: number }> = new Map(Object.entries({
  participants: { min: 0, max: maximumCount },
  perYear: { min: 0, max: maximumCount },
  unitCost: { min: 0, max: maximumAmount },
  ministry: { min: 0, max: maximumAmount },
  authority: { min: 0, max: maximumAmount },
  other: { min: 0, max: maximumAmount },
  staffHours: { min: 0, max: maximumCount },
}));

/** Custom columns are the team's own and take any finite number. */
export function withinBounds(columnId: string, value: number): boolean {
  const range = bounds.get(columnId);
  return Number.isFinite(value) && (!range || (value >= range.min && value <= range.max));
}

export function boundsOf(columnId: string): { min: number; max: number } | null {
  return bounds.get(columnId) ?? null;
}
