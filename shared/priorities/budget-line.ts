import { agorot } from '../budget/money.ts';
import { selfDevelopmentAllowance } from '../budget/plan-totals.ts';
import type { Policy } from '../model/plan-schema.ts';

/** One service as the budget line sees it: its weighted score, its yearly cost in agorot, and any decision the team forced. */
export type LineCandidate = { id: string; score: number; cost: number; selfDeveloped: boolean; forced: 'in' | 'out' | null };

export type LineLimits = {
  /** The community budget in agorot: the chosen services may cost at most this. */
  budget: number;
  /** The self-development limit as a fraction (0.2), measured against `base`. */
  limit: number;
  base: Policy['selfDevelopmentBase'];
};

/** Why a service fell below the line. */
export type BelowReason = 'forced-out' | 'no-score' | 'budget' | 'self-development';

export type LineProposal = {
  /** The services above the line, in the order given. */
  chosen: string[];
  below: { id: string; reason: BelowReason }[];
  score: number;
  cost: number;
  selfDevelopment: number;
  /** False when the services forced in already break a limit: they stay in, and the team is told. */
  feasible: boolean;
  /** True when the search proved no mix scores higher; false if it stopped at its node limit. */
  proven: boolean;
};

/** Far more than the search needs for a department's plan (tens of services); a bound on pathological inputs. */
const nodeLimit = 2_000_000;

function allowance(limits: LineLimits, total: number): number {
  return selfDevelopmentAllowance(agorot(limits.base === 'community-budget' ? limits.budget : total), limits.limit);
}

function fits(limits: LineLimits, cost: number, selfDevelopment: number): boolean {
  return cost <= limits.budget && selfDevelopment <= allowance(limits, cost);
}

/**
 * The limits the search keeps to. Services forced in that already break one set its level
 * instead: the proposal adds nothing that breaks it further (no more money past the budget, no
 * more self-development past what was forced), and says the plan is over.
 */
function searchLimits(limits: LineLimits, forcedCost: number, forcedSelf: number): { budget: number; fits(cost: number, self: number): boolean } {
  const budget = Math.max(limits.budget, forcedCost);
  return { budget, fits: (cost, self) => cost <= budget && (self <= allowance(limits, cost) || (self <= forcedSelf && forcedSelf > 0)) };
}

/**
 * The mix with the highest total score within the community budget and the self-development
 * limit: an exact 0/1 choice by branch and bound, not a greedy fill. Services forced in are in,
 * services forced out are out; a service whose score is not above zero is never proposed (it would
 * only spend money). Among mixes of equal score the cheaper one wins; the search order is fixed,
 * so the proposal is the same every time.
 *
 * The bound at each node is the best of two relaxations, each an upper limit on what the rest
 * can add: filling the remaining budget fractionally by score per shekel, and (with the limit
 * measured against the community budget) taking every regular service and filling the
 * self-development allowance fractionally. Limits are checked exactly, in whole agorot.
 */
export function proposeMix(candidates: readonly LineCandidate[], limits: LineLimits): LineProposal {
  const forcedIn = candidates.filter((candidate) => candidate.forced === 'in');
  const baseCost = forcedIn.reduce((sum, candidate) => sum + candidate.cost, 0);
  const baseSelf = forcedIn.filter((candidate) => candidate.selfDeveloped).reduce((sum, candidate) => sum + candidate.cost, 0);
  const baseScore = forcedIn.reduce((sum, candidate) => sum + candidate.score, 0);
  // With the limit measured against the plan's own total, a regular service adds to the allowance,
  // so one without a score can still make room for a self-developed program that has one.
  const free = candidates.filter(
    (candidate) => candidate.forced === null && (candidate.score > 0 || (limits.base === 'planned-total' && !candidate.selfDeveloped && candidate.cost > 0)),
  );
  const within = searchLimits(limits, baseCost, baseSelf);
  const order = new Map(candidates.map((candidate, index) => [candidate.id, index]));
  const items = [...free].sort((a, b) => ratio(b) - ratio(a) || order.get(a.id)! - order.get(b.id)!);

  let best = { score: baseScore, cost: baseCost, picked: [] as LineCandidate[] };
  let nodes = 0;
  const picked: LineCandidate[] = [];
  const fixedAllowance = limits.base === 'community-budget' ? allowance(limits, 0) : null;

  const bound = (from: number, cost: number, self: number): number => {
    let room = within.budget - cost;
    let byBudget = 0;
    for (let index = from; index < items.length; index++) {
      const item = items[index]!;
      if (item.cost <= room) {
        byBudget += item.score;
        room -= item.cost;
      } else if (room > 0) {
        byBudget += (item.score * room) / item.cost;
        room = 0;
      }
    }
    if (fixedAllowance === null) return byBudget;
    let selfRoom = Math.max(fixedAllowance, baseSelf) - self;
    let bySelf = 0;
    const selfItems: LineCandidate[] = [];
    for (let index = from; index < items.length; index++) {
      const item = items[index]!;
      if (item.selfDeveloped) selfItems.push(item);
      else bySelf += item.score;
    }
    for (const item of selfItems) {
      if (item.cost <= selfRoom) {
        bySelf += item.score;
        selfRoom -= item.cost;
      } else if (selfRoom > 0) {
        bySelf += (item.score * selfRoom) / item.cost;
        selfRoom = 0;
      }
    }
    return Math.min(byBudget, bySelf);
  };

  const better = (score: number, cost: number) => score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && cost < best.cost);

  const search = (index: number, score: number, cost: number, self: number): void => {
    nodes += 1;
    if (nodes > nodeLimit) return;
    if (within.fits(cost, self) && better(score, cost)) best = { score, cost, picked: [...picked] };
    if (index >= items.length) return;
    if (score + bound(index, cost, self) < best.score - 1e-9) return;
    const item = items[index]!;
    const nextCost = cost + item.cost;
    const nextSelf = self + (item.selfDeveloped ? item.cost : 0);
    // With the limit measured against the plan's own total, a service that breaks it now may be
    // made to fit by regular services later, so only the budget prunes here.
    if (nextCost <= within.budget && (fixedAllowance === null || nextSelf <= Math.max(fixedAllowance, baseSelf))) {
      picked.push(item);
      search(index + 1, score + item.score, nextCost, nextSelf);
      picked.pop();
    }
    search(index + 1, score, cost, self);
  };
  search(0, baseScore, baseCost, baseSelf);

  const chosenIds = new Set([...forcedIn, ...best.picked].map((candidate) => candidate.id));
  const chosen = candidates.filter((candidate) => chosenIds.has(candidate.id));
  const cost = chosen.reduce((sum, candidate) => sum + candidate.cost, 0);
  const selfDevelopment = chosen.filter((candidate) => candidate.selfDeveloped).reduce((sum, candidate) => sum + candidate.cost, 0);
  const below = candidates
    .filter((candidate) => !chosenIds.has(candidate.id))
    .map((candidate) => ({ id: candidate.id, reason: belowReason(candidate, limits, cost, selfDevelopment) }));
  return {
    chosen: chosen.map((candidate) => candidate.id),
    below,
    score: chosen.reduce((sum, candidate) => sum + candidate.score, 0),
    cost,
    selfDevelopment,
    feasible: fits(limits, baseCost, baseSelf),
    proven: nodes <= nodeLimit,
  };
}

const ratio = (candidate: LineCandidate) => (candidate.cost === 0 ? Number.POSITIVE_INFINITY : candidate.score / candidate.cost);

/** Why a service is out: forced, not scored, or — added to the proposal — over the budget or over the limit. */
function belowReason(candidate: LineCandidate, limits: LineLimits, cost: number, selfDevelopment: number): BelowReason {
  if (candidate.forced === 'out') return 'forced-out';
  if (candidate.score <= 0) return 'no-score';
  if (cost + candidate.cost > limits.budget) return 'budget';
  const self = selfDevelopment + (candidate.selfDeveloped ? candidate.cost : 0);
  if (self > allowance(limits, cost + candidate.cost)) return 'self-development';
  // It would fit alone, yet the best mix leaves it out: the money does more elsewhere.
  return 'budget';
}
