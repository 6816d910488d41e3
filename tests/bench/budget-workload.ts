/**
 * The benchmark's budget: one row per service with participants, sessions per year and unit
 * cost; total, the ministry's 75% and the authority's rest as formulas; a self-developed flag;
 * and three summary formulas (the sum of totals, the self-developed sum, the 20% check).
 */
export const budgetColumnIds = ['participants', 'perYear', 'unitCost', 'total', 'ministry', 'authority', 'selfDeveloped', 'summary'] as const;

export type BudgetLine = { participants: number; perYear: number; unitCost: number; selfDeveloped: number };

/** mulberry32: small, seeded, and the same sequence in every engine's process. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function budgetLines(count: number, seed = 2027): BudgetLine[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    participants: 1 + Math.floor(random() * 200),
    perYear: 1 + Math.floor(random() * 52),
    unitCost: Math.round((10 + random() * 490) * 100) / 100,
    selfDeveloped: random() < 0.15 ? 1 : 0,
  }));
}

/** The edits every engine replays: which line's unit cost becomes what. */
export function unitCostEdits(lines: number, count: number, seed = 7): { line: number; unitCost: number }[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    line: Math.floor(random() * lines),
    unitCost: Math.round((10 + random() * 490) * 100) / 100,
  }));
}
