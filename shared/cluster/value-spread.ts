/** Where a set of figures lies: its middle and its ends. */
export type ValueSpread = { count: number; median: number; min: number; max: number };

/** The median is the middle figure, or the mean of the two middle ones for an even count; null for no figures. */
export function spreadOf(values: readonly number[]): ValueSpread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { count: sorted.length, median, min: sorted[0]!, max: sorted.at(-1)! };
}
