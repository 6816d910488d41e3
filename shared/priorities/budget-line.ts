import { agorot } from '../budget/money.ts';
import { selfDevelopmentAllowance } from '../budget/plan-totals.ts';
import type { Plan, Policy } from '../model/plan-schema.ts';

export type ForcedMode = Plan['priorities']['forced'][number]['mode'];

/** One service as the budget line sees it: its weighted score, its yearly cost in agorot, and any decision the team forced. */
export type LineCandidate = { id: string; score: number; cost: number; selfDeveloped: boolean; forced: ForcedMode | null };

export type LineLimits = {
  /** The community budget in agorot: the chosen services may cost at most this. */
  budget: number;
  /** The self-development limit as a fraction (0.2), measured against `base`. */
  limit: number;
  base: Policy['selfDevelopmentBase'];
};

/**
 * Why a service fell below the line. `lower-score` is given only when the search stopped before
 * proving its answer: the service would fit, but the mix found spends the money elsewhere.
 */
export type BelowReason = 'forced-out' | 'no-score' | 'budget' | 'self-development' | 'lower-score';

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

const ratio = (candidate: LineCandidate) => (candidate.cost === 0 ? Number.POSITIVE_INFINITY : candidate.score / candidate.cost);

/**
 * The mix with the highest total score within the community budget and the self-development
 * limit: an exact 0/1 choice by branch and bound, not a greedy fill. Services forced in are in,
 * services forced out are out; a service whose score is not above zero is proposed only when,
 * with the limit measured against the plan's own total, its cost makes room for a program that
 * scores. Among mixes of equal score the cheaper one wins; the search order is fixed, so the
 * proposal is the same every time.
 *
 * The search starts from the greedy fill (best score per shekel first), so a good answer is known
 * from the start. A branch is cut when even the best case of the rest cannot beat it: filling the
 * remaining budget fractionally by score per shekel, or taking every regular service and filling
 * the room the self-development limit leaves fractionally. With the limit measured against the
 * plan's own total, a self-developed program can only fit if the regular services still to come
 * could raise the total enough, which cuts the branches that break the limit for good. Limits are
 * checked exactly, in whole agorot.
 *
 * Services forced in that already break a limit set its level instead: nothing is added that
 * breaks it further (no money past the budget, no self-development past what was forced).
 */
export function proposeMix(candidates: readonly LineCandidate[], limits: LineLimits): LineProposal {
  const forcedIn = candidates.filter((candidate) => candidate.forced === 'in');
  const baseCost = forcedIn.reduce((sum, candidate) => sum + candidate.cost, 0);
  const baseSelf = forcedIn.filter((candidate) => candidate.selfDeveloped).reduce((sum, candidate) => sum + candidate.cost, 0);
  const baseScore = forcedIn.reduce((sum, candidate) => sum + candidate.score, 0);
  const ofTotal = limits.base === 'planned-total';
  const free = candidates.filter((candidate) => candidate.forced === null && (candidate.score > 0 || (ofTotal && !candidate.selfDeveloped && candidate.cost > 0)));
  const order = new Map(candidates.map((candidate, index) => [candidate.id, index]));
  const items = [...free].sort((a, b) => ratio(b) - ratio(a) || order.get(a.id)! - order.get(b.id)!);

  const budget = Math.max(limits.budget, baseCost);
  const forcedOver = !fits(limits, baseCost, baseSelf);
  const within = (cost: number, self: number) => cost <= budget && (self <= allowance(limits, cost) || (forcedOver && self <= baseSelf));
  const fixedAllowance = ofTotal ? null : Math.max(allowance(limits, 0), baseSelf);
  // The regular services' cost from each position on: how far the total can still rise.
  const regularAfter = new Array<number>(items.length + 1).fill(0);
  for (let index = items.length - 1; index >= 0; index--) regularAfter[index] = regularAfter[index + 1]! + (items[index]!.selfDeveloped ? 0 : items[index]!.cost);
  const selfCap = (cost: number, from: number) =>
    fixedAllowance ?? Math.max(baseSelf * Number(forcedOver), limits.limit * Math.min(budget, cost + regularAfter[from]!));

  const bound = (from: number, cost: number, self: number): number => {
    let room = budget - cost;
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
    // Self-developed spending a may still grow by at most what keeps a ≤ cap; with the limit on the
    // plan's own total, each shekel of it also raises the total, hence the division.
    const cap = selfCap(cost, from);
    let selfRoom = fixedAllowance !== null || limits.limit >= 1 ? cap - self : (cap - self) / (1 - limits.limit);
    let bySelf = 0;
    for (let index = from; index < items.length; index++) {
      const item = items[index]!;
      if (!item.selfDeveloped) bySelf += item.score;
      else if (item.cost <= selfRoom) {
        bySelf += item.score;
        selfRoom -= item.cost;
      } else if (selfRoom > 0) {
        bySelf += (item.score * selfRoom) / item.cost;
        selfRoom = 0;
      }
    }
    return Math.min(byBudget, bySelf);
  };

  let best = { score: baseScore, cost: baseCost, picked: [] as LineCandidate[] };
  const better = (score: number, cost: number) => score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && cost < best.cost);

  // The greedy fill, as the first answer to beat.
  {
    let cost = baseCost;
    let self = baseSelf;
    let score = baseScore;
    const picked: LineCandidate[] = [];
    for (const item of items) {
      const nextSelf = self + (item.selfDeveloped ? item.cost : 0);
      if (item.score > 0 && within(cost + item.cost, nextSelf)) {
        picked.push(item);
        cost += item.cost;
        self = nextSelf;
        score += item.score;
      }
    }
    if (within(cost, self) && better(score, cost)) best = { score, cost, picked };
  }

  let nodes = 0;
  const picked: LineCandidate[] = [];
  const search = (index: number, score: number, cost: number, self: number): void => {
    nodes += 1;
    if (nodes > nodeLimit) return;
    if (within(cost, self) && better(score, cost)) best = { score, cost, picked: [...picked] };
    if (index >= items.length) return;
    if (score + bound(index, cost, self) < best.score - 1e-9) return;
    const item = items[index]!;
    const nextCost = cost + item.cost;
    const nextSelf = self + (item.selfDeveloped ? item.cost : 0);
    if (nextCost <= budget && nextSelf <= selfCap(nextCost, index + 1) + 1e-6) {
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
    feasible: !forcedOver,
    proven: nodes <= nodeLimit,
  };
}

/** Why a service is out: forced, not scored, or — added to the proposal — over the budget or over the limit. */
function belowReason(candidate: LineCandidate, limits: LineLimits, cost: number, selfDevelopment: number): BelowReason {
  if (candidate.forced === 'out') return 'forced-out';
  if (candidate.score <= 0) return 'no-score';
  if (cost + candidate.cost > limits.budget) return 'budget';
  const self = selfDevelopment + (candidate.selfDeveloped ? candidate.cost : 0);
  if (self > allowance(limits, cost + candidate.cost)) return 'self-development';
  return 'lower-score';
}
