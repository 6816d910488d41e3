import { describe, expect, it } from 'vitest';
import { produce, type Draft } from 'immer';
import { diffPlans, type PlanDiff } from '@shared/cluster/plan-diff.ts';
import type { Change } from '@shared/cluster/plan-diff-changes.ts';
import type { Plan, Service } from '@shared/model/plan-schema.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';
import { buildService } from '../../helpers/plan-builders.ts';

/** What a test expects the diff to find: a value at a path, a list entry, or an item come or gone. */
type Expected = string;

/** The diff as the same flat records, derived figures left out: they follow from the values. */
function found(diff: PlanDiff): Expected[] {
  const flat = (change: Change): Expected[] => {
    if (change.kind === 'field') return change.derived ? [] : [`${change.path} ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`];
    if (change.kind === 'list') return [...change.added.map((entry) => `${change.path} +${entry.value}`), ...change.removed.map((entry) => `${change.path} -${entry.value}`)];
    if (change.kind === 'changed') return change.changes.flatMap(flat);
    return [`${change.path} ${change.kind}`];
  };
  return diff.sections.flatMap((section) => section.changes.flatMap(flat)).sort();
}

function randomFrom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return { integer: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)), next };
}

/**
 * A service no formula touches: it has none of its own and no other row reads it, so editing
 * it changes exactly what was edited (the formula tests are by hand, in plan-diff.test.ts).
 */
function untouchedByFormulas(plan: Plan): Service[] {
  const formulas = plan.services.flatMap((service) => service.formulas.map((entry) => entry.formula)).join('\n');
  return plan.services.filter((service) => service.formulas.length === 0 && !formulas.includes(`{${service.id}:`));
}

type Edit = (draft: Draft<Plan>, service: Service, plan: Plan, tag: number) => Expected[];

/** Edits whose every effect is known; each takes a service of its own (some ignore it). */
const edits: Edit[] = [
  (draft, _service, plan, tag) => {
    draft.details.communityBudget = plan.details.communityBudget + tag;
    return [`details.communityBudget ${plan.details.communityBudget} → ${plan.details.communityBudget + tag}`];
  },
  (draft, _service, plan) => {
    const limit = plan.policy.selfDevelopmentLimit === 0.3 ? 0.35 : 0.3;
    draft.policy.selfDevelopmentLimit = limit;
    return [`policy.selfDevelopmentLimit ${plan.policy.selfDevelopmentLimit} → ${limit}`];
  },
  (draft, service, _plan, tag) => {
    const name = `שם חדש ${tag}`;
    draft.services.find((entry) => entry.id === service.id)!.name = name;
    return [`services[${service.id}].name ${JSON.stringify(service.name)} → ${JSON.stringify(name)}`];
  },
  (draft, service, _plan, tag) => {
    const unitCost = service.unitCost + tag / 100;
    draft.services.find((entry) => entry.id === service.id)!.unitCost = unitCost;
    return [`services[${service.id}].unitCost ${service.unitCost} → ${unitCost}`];
  },
  (draft, service) => {
    const participants = service.participants + 7;
    draft.services.find((entry) => entry.id === service.id)!.participants = participants;
    return [`services[${service.id}].participants ${service.participants} → ${participants}`];
  },
  (draft, service) => {
    const kind = service.kind === 'standard' ? 'self-developed' : 'standard';
    draft.services.find((entry) => entry.id === service.id)!.kind = kind;
    return [`services[${service.id}].kind "${service.kind}" → "${kind}"`];
  },
  (draft, service) => {
    draft.services.splice(draft.services.findIndex((entry) => entry.id === service.id), 1);
    return [`services[${service.id}] removed`];
  },
  (draft, _service, _plan, tag) => {
    draft.services.splice(tag % draft.services.length, 0, buildService({ id: `svc-added-${tag}` }));
    return [`services[svc-added-${tag}] added`];
  },
  (draft, service, plan) => {
    const outcome = plan.outcomes.find((candidate) => !service.outcomeIds.includes(candidate.id));
    if (!outcome) return [];
    draft.services.find((entry) => entry.id === service.id)!.outcomeIds.push(outcome.id);
    return [`services[${service.id}].outcomeIds +${outcome.id}`];
  },
  (draft, service, _plan, tag) => {
    draft.services.find((entry) => entry.id === service.id)!.notes = `הערה ${tag}`;
    return [`services[${service.id}].notes ${JSON.stringify(service.notes)} → "הערה ${tag}"`];
  },
  (draft, _service, plan, tag) => {
    const outcome = plan.outcomes.find((candidate) => candidate.indicators.length > 0);
    if (!outcome) return [];
    const indicator = outcome.indicators[0]!;
    const target = (indicator.target ?? 0) + tag;
    draft.outcomes.find((entry) => entry.id === outcome.id)!.indicators[0]!.target = target;
    return [`outcomes[${outcome.id}].indicators[${indicator.id}].target ${JSON.stringify(indicator.target)} → ${target}`];
  },
  (draft, _service, plan, tag) => {
    const outcome = plan.outcomes[tag % plan.outcomes.length]!;
    draft.outcomes.find((entry) => entry.id === outcome.id)!.title = `תוצאה ${tag}`;
    return [`outcomes[${outcome.id}].title ${JSON.stringify(outcome.title)} → "תוצאה ${tag}"`];
  },
];

/** Applies two to five different edits, each on its own service, and returns what they changed. */
function editedPlan(plan: Plan, seed: number): { after: Plan; expected: Expected[] } {
  const random = randomFrom(seed);
  const free = untouchedByFormulas(plan);
  const chosen = new Set<number>();
  const count = random.integer(2, 5);
  while (chosen.size < count) chosen.add(random.integer(0, edits.length - 1));
  const expected: Expected[] = [];
  const after = produce(plan, (draft) => {
    [...chosen].forEach((editIndex, order) => {
      expected.push(...edits[editIndex]!(draft, free[order]!, plan, random.integer(1, 900)));
    });
  });
  return { after, expected: expected.sort() };
}

const seeds = Array.from({ length: 40 }, (_, index) => index + 1);

describe('diffPlans on generated plans', () => {
  it('finds nothing between a generated plan and itself or a copy', () => {
    for (const seed of seeds.slice(0, 10)) {
      const plan = generatedPlan(seed);
      expect(diffPlans(plan, plan).changeCount).toBe(0);
      expect(diffPlans(plan, structuredClone(plan)).sections).toEqual([]);
    }
  });

  it('finds nothing when the services only come in another order', () => {
    for (const seed of seeds.slice(0, 10)) {
      const plan = generatedPlan(seed);
      const diff = diffPlans(plan, { ...plan, services: [...plan.services].reverse() });
      expect(diff.changeCount).toBe(0);
      expect(diff.reordered).toEqual(['services']);
    }
  });

  it('finds exactly the edits made, whatever they are', () => {
    for (const seed of seeds) {
      const plan = generatedPlan(seed);
      const { after, expected } = editedPlan(plan, seed * 7_919);
      const diff = diffPlans(plan, after);
      expect(found(diff), `seed ${seed}`).toEqual(expected);
      expect(diff.changeCount, `seed ${seed}`).toBe(expected.length);
    }
  });

  it('moves the plan total by the sum of the services’ own total changes', () => {
    for (const seed of seeds) {
      const plan = generatedPlan(seed);
      const diff = diffPlans(plan, editedPlan(plan, seed * 104_729).after);
      const services = diff.sections.find((section) => section.part === 'services')?.changes ?? [];
      const serviceTotals = services.flatMap((change) => (change.kind === 'field' || change.kind === 'list' ? [] : change.changes)).filter((change) => change.kind === 'field' && change.derived);
      const agorot = (value: unknown) => Math.round(((value as number | null) ?? 0) * 100);
      const sum = serviceTotals.reduce((total, change) => total + (change.kind === 'field' ? agorot(change.after) - agorot(change.before) : 0), 0);
      const total = diff.totals.lines.find((line) => line.key === 'total')!;
      expect(agorot(total.after) - agorot(total.before), `seed ${seed}`).toBe(sum);
    }
  });

  it('tells two unrelated generated plans apart everywhere and counts each service once', () => {
    const before = generatedPlan(1, 30);
    const after = generatedPlan(2, 30);
    const diff = diffPlans(before, after);
    // Service ids carry the seed, so every service of one is removed and every one of the other added.
    const services = diff.sections.find((section) => section.part === 'services')!.changes;
    expect(services.filter((change) => change.kind === 'added')).toHaveLength(30);
    expect(services.filter((change) => change.kind === 'removed')).toHaveLength(30);
    expect(services.every((change) => change.kind !== 'changed')).toBe(true);
  });
});
