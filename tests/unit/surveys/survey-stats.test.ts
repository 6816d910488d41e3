import { describe, expect, it } from 'vitest';
import { itemStatistics } from '@shared/surveys/survey-stats.ts';

describe('an item\'s statistics', () => {
  it('weighs each value by its count on a 1–4 scale, and counts 3 and 4 as agreeing', () => {
    // counts 1, 0, 2, 4: 7 answers; (1 + 0 + 3 × 2 + 4 × 4) / 7 = 23 / 7 = 3.2857…; agreeing (2 + 4) / 7.
    const statistics = itemStatistics({ counts: [1, 0, 2, 4] }, 4);
    expect(statistics.answers).toBe(7);
    expect(statistics.average).toBeCloseTo(23 / 7, 12);
    expect(statistics.distribution).toEqual([1 / 7, 0, 2 / 7, 4 / 7]);
    expect(statistics.agreeing).toBeCloseTo(6 / 7, 12);
  });

  it('counts 4 and 5 as agreeing on a 1–5 scale, not the middle 3', () => {
    // counts 2, 3, 5, 6, 4: 20 answers; (2 + 6 + 15 + 24 + 20) / 20 = 67 / 20 = 3.35; agreeing (6 + 4) / 20 = 0.5.
    const statistics = itemStatistics({ counts: [2, 3, 5, 6, 4] }, 5);
    expect(statistics).toEqual({ answers: 20, average: 3.35, distribution: [0.1, 0.15, 0.25, 0.3, 0.2], agreeing: 0.5 });
    expect(statistics.distribution.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });

  it('does not round the average', () => {
    // The report's guard item: 305 / 79 = 3.860759…, shown as 3.9 but kept whole.
    expect(itemStatistics({ counts: [1, 0, 8, 70] }, 4).average).toBe(305 / 79);
  });

  it('has no average or agreeing share without answers', () => {
    expect(itemStatistics({ counts: [0, 0, 0, 0] }, 4)).toEqual({ answers: 0, average: null, distribution: [0, 0, 0, 0], agreeing: null });
    expect(itemStatistics({ counts: [] }, 5)).toEqual({ answers: 0, average: null, distribution: [0, 0, 0, 0, 0], agreeing: null });
  });

  it('leaves out counts past the top of the scale', () => {
    // Only 1..4 count: 4 answers, (1 + 2 + 3 + 4) / 4 = 2.5.
    expect(itemStatistics({ counts: [1, 1, 1, 1, 9] }, 4)).toMatchObject({ answers: 4, average: 2.5, agreeing: 0.5 });
  });
});
