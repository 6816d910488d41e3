/**
 * Weights from pairwise comparisons (the analytic hierarchy process): the team says, for each
 * pair of criteria, how much more one matters than the other on Saaty's 1-9 scale, and the
 * weights are the principal eigenvector of that matrix. The consistency ratio says whether the
 * judgements hang together (below 0.1 by Saaty's rule of thumb); a team that says A ≫ B, B ≫ C
 * and C ≫ A is told so instead of given weights that mean nothing.
 */
export type PairwiseJudgement = { a: string; b: string; value: number };

export type AhpResult = {
  /** Each criterion's weight, summing to 1, in the order given. */
  weights: number[];
  lambdaMax: number;
  consistencyIndex: number;
  /** CI / RI; 0 for two criteria or fewer, which cannot be inconsistent. */
  consistencyRatio: number;
  consistent: boolean;
  /** The pairs no judgement was given for, taken as equal. */
  missing: [string, string][];
};

/** Saaty's random indices: the average consistency index of random matrices of each size. */
const randomIndex = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

export const consistencyThreshold = 0.1;

/** The reciprocal matrix the judgements describe; a pair judged twice keeps the last judgement. */
export function pairwiseMatrix(ids: readonly string[], judgements: readonly PairwiseJudgement[]): { matrix: number[][]; missing: [string, string][] } {
  const index = new Map(ids.map((id, position) => [id, position]));
  const matrix = ids.map((_, row) => ids.map((__, column) => (row === column ? 1 : Number.NaN)));
  for (const { a, b, value } of judgements) {
    const row = index.get(a);
    const column = index.get(b);
    if (row === undefined || column === undefined || row === column || !(value > 0)) continue;
    matrix[row]![column] = value;
    matrix[column]![row] = 1 / value;
  }
  const missing: [string, string][] = [];
  for (let row = 0; row < ids.length; row++) {
    for (let column = row + 1; column < ids.length; column++) {
      if (Number.isNaN(matrix[row]![column]!)) {
        missing.push([ids[row]!, ids[column]!]);
        matrix[row]![column] = 1;
        matrix[column]![row] = 1;
      }
    }
  }
  return { matrix, missing };
}

/** The principal eigenvector by power iteration: a positive reciprocal matrix has one, and it converges fast. */
export function ahpWeights(ids: readonly string[], judgements: readonly PairwiseJudgement[]): AhpResult {
  const { matrix, missing } = pairwiseMatrix(ids, judgements);
  const size = ids.length;
  if (size === 0) return { weights: [], lambdaMax: 0, consistencyIndex: 0, consistencyRatio: 0, consistent: true, missing };
  let weights = Array.from({ length: size }, () => 1 / size);
  for (let iteration = 0; iteration < 1_000; iteration++) {
    const product = matrix.map((row) => row.reduce((sum, cell, column) => sum + cell * weights[column]!, 0));
    const total = product.reduce((sum, value) => sum + value, 0);
    const next = product.map((value) => value / total);
    const change = Math.max(...next.map((value, position) => Math.abs(value - weights[position]!)));
    weights = next;
    if (change < 1e-12) break;
  }
  const product = matrix.map((row) => row.reduce((sum, cell, column) => sum + cell * weights[column]!, 0));
  const lambdaMax = product.reduce((sum, value, position) => sum + value / weights[position]!, 0) / size;
  const consistencyIndex = size > 1 ? Math.max(0, (lambdaMax - size) / (size - 1)) : 0;
  const random = randomIndex[Math.min(size, randomIndex.length - 1)]!;
  const consistencyRatio = random > 0 ? consistencyIndex / random : 0;
  return { weights, lambdaMax, consistencyIndex, consistencyRatio, consistent: consistencyRatio < consistencyThreshold, missing };
}
