import type { ScaleMax } from './survey-answers.ts';

export type ItemStatistics = {
  /** How many answered the item on the scale (no-answers are not in the counts). */
  answers: number;
  /** The mean of the values weighted by their counts, unrounded; null without answers. */
  average: number | null;
  /** The share of the answers at each value, 1..scaleMax: fractions summing to 1 when there are answers, else zeros. */
  distribution: number[];
  /** The share answering in the top half of the scale (3–4 of 4, 4–5 of 5); null without answers. */
  agreeing: number | null;
};

/** The values above the scale's middle: 3 and 4 of 4; 4 and 5 of 5 (3 of 5 is the middle itself). */
export const isAgreeing = (value: number, scaleMax: ScaleMax) => value > (scaleMax + 1) / 2;

/**
 * One item's figures. Counts past the scale's top are not answers on it and are left out; a
 * count that is not a non-negative number counts as none.
 */
export function itemStatistics(item: { counts: readonly number[] }, scaleMax: ScaleMax): ItemStatistics {
  const counts = Array.from({ length: scaleMax }, (_, index) => {
    const count = item.counts[index] ?? 0;
    return Number.isFinite(count) && count > 0 ? count : 0;
  });
  const answers = counts.reduce((sum, count) => sum + count, 0);
  if (answers === 0) return { answers, average: null, distribution: counts.map(() => 0), agreeing: null };
  const weighted = counts.reduce((sum, count, index) => sum + count * (index + 1), 0);
  const agreeing = counts.reduce((sum, count, index) => (isAgreeing(index + 1, scaleMax) ? sum + count : sum), 0);
  return { answers, average: weighted / answers, distribution: counts.map((count) => count / answers), agreeing: agreeing / answers };
}
