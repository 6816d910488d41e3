import { describe, expect, it } from 'vitest';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import { checkLogicModel } from '@shared/logic-model/logic-checks.ts';
import { administrationGoals, operators, outcomeHorizons, type Plan } from '@shared/model/plan-schema.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';

/** mulberry32: a tiny seeded generator, so a failing plan can be rebuilt from its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (limit: number) => Math.floor(next() * limit);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  /** Up to `most` picks (repeats allowed: a hand-edited file may repeat a link). */
  const some = <T>(items: readonly T[], most: number): T[] => (items.length === 0 ? [] : Array.from({ length: below(most + 1) }, () => pick(items)));
  return { next, below, pick, some };
}

/** Random outcomes with random leadsTo (self-links and dangling ids included) and services with random outcomeIds. */
function randomPlan(seed: number): Plan {
  const random = generator(seed);
  const outcomeIds = Array.from({ length: random.below(12) }, (_, index) => `o${index}`);
  const targets = [...outcomeIds, 'missing'];
  // Half the plans lead only forward (never a cycle), half anywhere.
  const forwardOnly = random.next() < 0.5;
  const outcomes = outcomeIds.map((id, index) =>
    buildOutcome(id, {
      goal: random.pick(administrationGoals),
      horizon: random.pick(outcomeHorizons),
      leadsTo: random.some(forwardOnly ? outcomeIds.slice(index + 1) : targets, 3),
      indicators: random.next() < 0.5 ? [] : [{ id: `i-${id}`, name: 'מדד', libraryId: null, unit: '', baseline: null, target: null, source: '', baselineYear: null, milestones: [] }],
    }),
  );
  const services = Array.from({ length: random.below(10) }, (_, index) =>
    buildService({
      id: `s${index}`,
      operator: random.pick(operators),
      staffHours: random.below(3) * 10,
      participants: random.below(30),
      funding: { other: random.next() < 0.3 ? 100 : 0 },
      outcomeIds: random.some(targets, 3),
    }),
  );
  return buildPlan({ outcomes, services });
}

/** An independent cycle test: colour depth-first search over the plan's own leadsTo. */
function hasCycle(plan: Plan): boolean {
  const next = new Map(plan.outcomes.map((outcome) => [outcome.id, outcome.leadsTo.filter((id) => plan.outcomes.some((other) => other.id === id))]));
  const colour = new Map<string, 'grey' | 'black'>();
  const visit = (id: string): boolean => {
    colour.set(id, 'grey');
    for (const target of next.get(id) ?? []) {
      if (colour.get(target) === 'grey') return true;
      if (!colour.has(target) && visit(target)) return true;
    }
    colour.set(id, 'black');
    return false;
  };
  return plan.outcomes.some((outcome) => !colour.has(outcome.id) && visit(outcome.id));
}

/** Outcomes a service advances, and all those they lead to, computed from the plan directly. */
function advancedOutcomes(plan: Plan): Set<string> {
  const known = new Set(plan.outcomes.map((outcome) => outcome.id));
  const reached = new Set(plan.services.flatMap((service) => service.outcomeIds).filter((id) => known.has(id)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const outcome of plan.outcomes) {
      if (!reached.has(outcome.id)) continue;
      for (const target of outcome.leadsTo) {
        if (known.has(target) && !reached.has(target)) {
          reached.add(target);
          grew = true;
        }
      }
    }
  }
  return reached;
}

const seeds = Array.from({ length: 300 }, (_, index) => index + 1);

describe('the logic model on seeded random plans', () => {
  it('joins only nodes that exist, with unique node and edge ids', () => {
    for (const seed of seeds) {
      const model = deriveLogicModel(randomPlan(seed));
      const ids = new Set(model.nodes.map((node) => node.id));
      expect(ids.size, `seed ${seed}`).toBe(model.nodes.length);
      expect(new Set(model.edges.map((edge) => edge.id)).size, `seed ${seed}`).toBe(model.edges.length);
      for (const edge of model.edges) {
        expect(ids.has(edge.from) && ids.has(edge.to), `seed ${seed}: ${edge.id}`).toBe(true);
      }
      for (const note of model.notes) {
        if (note.attachedTo !== null) expect(ids.has(note.attachedTo)).toBe(true);
      }
    }
  });

  it('names only nodes that exist in its findings', () => {
    for (const seed of seeds) {
      const plan = randomPlan(seed);
      const ids = new Set(deriveLogicModel(plan).nodes.map((node) => node.id));
      for (const finding of checkLogicModel(plan)) {
        expect(finding.nodeIds.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const id of finding.nodeIds) expect(ids.has(id), `seed ${seed}: ${finding.check} ${id}`).toBe(true);
      }
    }
  });

  it('reports a cycle exactly when an independent depth-first search finds one, naming each outcome at most once', () => {
    let withCycles = 0;
    for (const seed of seeds) {
      const plan = randomPlan(seed);
      const cycles = checkLogicModel(plan).filter((finding) => finding.check === 'outcome-cycle');
      const expected = hasCycle(plan);
      if (expected) withCycles += 1;
      expect(cycles.length > 0, `seed ${seed}`).toBe(expected);
      const named = cycles.flatMap((finding) => finding.nodeIds);
      expect(new Set(named).size, `seed ${seed}`).toBe(named.length);
    }
    // The generator must exercise both branches.
    expect(withCycles).toBeGreaterThan(10);
    expect(withCycles).toBeLessThan(seeds.length - 10);
  });

  it('flags an outcome with no service exactly when no service reaches it, directly or through leadsTo', () => {
    for (const seed of seeds) {
      const plan = randomPlan(seed);
      const advanced = advancedOutcomes(plan);
      const flagged = new Set(checkLogicModel(plan).filter((finding) => finding.check === 'outcome-no-service').flatMap((finding) => finding.nodeIds));
      for (const outcome of plan.outcomes) {
        expect(flagged.has(`outcome:${outcome.id}`), `seed ${seed}: ${outcome.id}`).toBe(!advanced.has(outcome.id));
      }
    }
  });

  it('flags a service exactly when none of its links reaches an outcome of the plan', () => {
    for (const seed of seeds) {
      const plan = randomPlan(seed);
      const known = new Set(plan.outcomes.map((outcome) => outcome.id));
      const flagged = new Set(checkLogicModel(plan).filter((finding) => finding.check === 'service-no-outcome').flatMap((finding) => finding.nodeIds));
      for (const service of plan.services) {
        expect(flagged.has(`service:${service.id}`), `seed ${seed}: ${service.id}`).toBe(!service.outcomeIds.some((id) => known.has(id)));
      }
    }
  });

  it('derives the same model twice from the same plan', () => {
    const plan = randomPlan(42);
    expect(deriveLogicModel(plan)).toEqual(deriveLogicModel(structuredClone(plan)));
  });
});
