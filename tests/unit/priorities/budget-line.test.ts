import { describe, expect, it } from 'vitest';
import { proposeMix, type LineCandidate, type LineLimits } from '@shared/priorities/budget-line.ts';
import { selfDevelopmentAllowance } from '@shared/budget/plan-totals.ts';
import { agorot } from '@shared/budget/money.ts';

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}

/** Every subset, checked with the same exact limits: the best score, and among equals the lowest cost. */
function bruteForce(candidates: readonly LineCandidate[], limits: LineLimits): { score: number; cost: number } | null {
  let best: { score: number; cost: number } | null = null;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const chosen = candidates.filter((_, index) => mask & (1 << index));
    const taken = (index: number) => Boolean(mask & (1 << index));
    if (candidates.some((candidate, index) => (candidate.forced === 'in' && !taken(index)) || (candidate.forced === 'out' && taken(index)))) continue;
    const cost = chosen.reduce((sum, candidate) => sum + candidate.cost, 0);
    const self = chosen.filter((candidate) => candidate.selfDeveloped).reduce((sum, candidate) => sum + candidate.cost, 0);
    const base = limits.base === 'community-budget' ? limits.budget : cost;
    if (cost > limits.budget || self > selfDevelopmentAllowance(agorot(base), limits.limit)) continue;
    const score = chosen.reduce((sum, candidate) => sum + candidate.score, 0);
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && cost < best.cost)) best = { score, cost };
  }
  return best;
}

function randomCase(seed: number): { candidates: LineCandidate[]; limits: LineLimits } {
  const next = random(seed);
  const count = 3 + next(10);
  const candidates = Array.from({ length: count }, (_, index): LineCandidate => ({
    id: `s${index}`,
    score: next(4) === 0 ? 0 : (1 + next(100)) / 10,
    cost: next(6) === 0 ? 0 : 100 * (1 + next(5_000)),
    selfDeveloped: next(3) === 0,
    forced: next(8) === 0 ? 'out' : next(12) === 0 ? 'in' : null,
  }));
  const total = candidates.reduce((sum, candidate) => sum + candidate.cost, 0);
  return { candidates, limits: { budget: Math.floor((total * (20 + next(60))) / 100), limit: 0.2, base: next(2) === 0 ? 'community-budget' : 'planned-total' } };
}

describe('the budget line', () => {
  it.each(Array.from({ length: 120 }, (_, seed) => seed + 1))('finds the best mix brute force finds (random plan %i)', (seed) => {
    const { candidates, limits } = randomCase(seed);
    const proposal = proposeMix(candidates, limits);
    const best = bruteForce(candidates, limits);
    expect(proposal.proven).toBe(true);
    // Services forced in may already break a limit: the proposal keeps them and says so.
    if (!best) {
      expect(proposal.feasible).toBe(false);
      return;
    }
    expect(proposal.feasible).toBe(true);
    expect(proposal.score).toBeCloseTo(best.score, 9);
    expect(proposal.cost).toBe(best.cost);
    expect(proposal.cost).toBeLessThanOrEqual(limits.budget);
    expect(proposal.chosen.length + proposal.below.length).toBe(candidates.length);
    for (const { id, reason } of proposal.below) {
      expect(proposal.chosen).not.toContain(id);
      expect(reason).not.toBe('lower-score');
    }
  });

  it.each(['community-budget', 'planned-total'] as const)('proves its answer for 120 services quickly, and beats or equals the greedy fill (%s)', (base) => {
    const next = random(99);
    const candidates = Array.from({ length: 120 }, (_, index): LineCandidate => ({
      id: `s${index}`,
      score: (1 + next(100)) / 10,
      cost: 100 * (1 + next(5_000)),
      selfDeveloped: next(3) === 0,
      forced: null,
    }));
    const total = candidates.reduce((sum, candidate) => sum + candidate.cost, 0);
    const limits: LineLimits = { budget: Math.floor(total * 0.6), limit: 0.2, base };
    const greedy = [...candidates].sort((a, b) => b.score / b.cost - a.score / a.cost).reduce(
      (mix, candidate) => {
        const cost = mix.cost + candidate.cost;
        const self = mix.self + (candidate.selfDeveloped ? candidate.cost : 0);
        const allowed = selfDevelopmentAllowance(agorot(base === 'community-budget' ? limits.budget : cost), limits.limit);
        return cost <= limits.budget && self <= allowed ? { cost, self, score: mix.score + candidate.score } : mix;
      },
      { cost: 0, self: 0, score: 0 },
    );
    const proposal = proposeMix(candidates, limits);
    expect(proposal.proven).toBe(true);
    expect(proposal.score).toBeGreaterThanOrEqual(greedy.score - 1e-9);
    expect(proposal.cost).toBeLessThanOrEqual(limits.budget);
    expect(proposal.selfDevelopment).toBeLessThanOrEqual(selfDevelopmentAllowance(agorot(base === 'community-budget' ? limits.budget : proposal.cost), 0.2));
  });

  const limits: LineLimits = { budget: 100_000_00, limit: 0.2, base: 'community-budget' };
  const regular = (id: string, cost: number, score = 5): LineCandidate => ({ id, score, cost, selfDeveloped: false, forced: null });
  const own = (id: string, cost: number, score = 9): LineCandidate => ({ id, score, cost, selfDeveloped: true, forced: null });

  it('takes a self-developed program costing exactly 20% of the budget, and leaves one an agora dearer below the line', () => {
    expect(proposeMix([own('exact', 20_000_00), regular('r', 80_000_00)], limits).chosen).toEqual(['exact', 'r']);
    const over = proposeMix([own('over', 20_000_01), regular('r', 70_000_00)], limits);
    expect(over.chosen).toEqual(['r']);
    expect(over.below).toEqual([{ id: 'over', reason: 'self-development' }]);
  });

  it('spends the budget to the agora and no further', () => {
    expect(proposeMix([regular('a', 60_000_00), regular('b', 40_000_00)], limits).chosen).toEqual(['a', 'b']);
    const over = proposeMix([regular('a', 60_000_00, 6), regular('b', 40_000_01, 5)], limits);
    expect(over.chosen).toEqual(['a']);
    expect(over.below).toEqual([{ id: 'b', reason: 'budget' }]);
  });

  it('measures the limit against the mix’s own total when the policy says so', () => {
    const ofTotal: LineLimits = { ...limits, base: 'planned-total' };
    // 20% of (20,000 + 80,000) is exactly 20,000; without the regular service the program is the whole total.
    expect(proposeMix([own('p', 20_000_00), regular('r', 80_000_00, 1)], ofTotal).chosen).toEqual(['p', 'r']);
    expect(proposeMix([own('p', 20_000_00)], ofTotal).chosen).toEqual([]);
  });

  it('beats the greedy fill by score per shekel', () => {
    // Greedy takes the best ratio (a) and then cannot fit b or c; the best is b + c.
    const proposal = proposeMix([regular('a', 51_000_00, 6), regular('b', 50_000_00, 5), regular('c', 50_000_00, 5)], limits);
    expect(proposal.chosen).toEqual(['b', 'c']);
    expect(proposal.score).toBe(10);
  });

  it('keeps what the team forced in, even over a limit, says so, and never proposes what it forced out', () => {
    const forced = proposeMix([{ ...own('p', 30_000_00), forced: 'in' }, { ...regular('r', 10_000_00), forced: 'out' }, regular('q', 10_000_00)], limits);
    expect(forced.chosen).toEqual(['p', 'q']);
    expect(forced.feasible).toBe(false);
    expect(forced.below).toEqual([{ id: 'r', reason: 'forced-out' }]);
  });

  it('proposes nothing that has no score', () => {
    expect(proposeMix([regular('zero', 0, 0), regular('unscored', 1_00, 0)], limits).below).toEqual([
      { id: 'zero', reason: 'no-score' },
      { id: 'unscored', reason: 'no-score' },
    ]);
  });
});
