import { describe, expect, it } from 'vitest';
import { ahpWeights, pairwiseMatrix } from '@shared/priorities/ahp-weights.ts';

describe('weights from pairwise comparisons', () => {
  // Saaty's three-criterion example, worked in many AHP textbooks: A is moderately more important
  // than B (3) and strongly more than C (5); B moderately more than C (3). Published result:
  // weights 0.637, 0.258, 0.105; λmax 3.039; CI 0.019; CR 0.033 (RI 0.58).
  const ids = ['a', 'b', 'c'];
  const judgements = [
    { a: 'a', b: 'b', value: 3 },
    { a: 'a', b: 'c', value: 5 },
    { a: 'b', b: 'c', value: 3 },
  ];

  it('matches the published worked example', () => {
    const result = ahpWeights(ids, judgements);
    expect(result.weights.map((weight) => Number(weight.toFixed(3)))).toEqual([0.637, 0.258, 0.105]);
    expect(result.lambdaMax).toBeCloseTo(3.039, 3);
    expect(result.consistencyIndex).toBeCloseTo(0.019, 3);
    expect(result.consistencyRatio).toBeCloseTo(0.033, 3);
    expect(result.consistent).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it('gives the same weights whichever way round a pair is stated', () => {
    const flipped = judgements.map(({ a, b, value }) => ({ a: b, b: a, value: 1 / value }));
    expect(ahpWeights(ids, flipped).weights).toEqual(ahpWeights(ids, judgements).weights.map((weight) => expect.closeTo(weight, 12)));
  });

  it('recovers the weights of perfectly consistent judgements, with a ratio of zero', () => {
    const truth = [0.4, 0.3, 0.2, 0.1];
    const names = ['w', 'x', 'y', 'z'];
    const exact = names.flatMap((a, i) => names.slice(i + 1).map((b, j) => ({ a, b, value: truth[i]! / truth[i + 1 + j]! })));
    const result = ahpWeights(names, exact);
    result.weights.forEach((weight, index) => expect(weight).toBeCloseTo(truth[index]!, 9));
    expect(result.consistencyRatio).toBeCloseTo(0, 9);
  });

  it('says when judgements contradict one another', () => {
    const circular = [
      { a: 'a', b: 'b', value: 9 },
      { a: 'b', b: 'c', value: 9 },
      { a: 'c', b: 'a', value: 9 },
    ];
    const result = ahpWeights(ids, circular);
    expect(result.consistencyRatio).toBeGreaterThan(0.1);
    expect(result.consistent).toBe(false);
  });

  it('takes a pair not judged yet as equal, and names it', () => {
    const { matrix, missing } = pairwiseMatrix(ids, judgements.slice(0, 2));
    expect(missing).toEqual([['b', 'c']]);
    expect(matrix[1]![2]).toBe(1);
    expect(ahpWeights(['only'], []).weights).toEqual([1]);
    expect(ahpWeights([], []).weights).toEqual([]);
  });
});
