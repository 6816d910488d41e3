import { insertServices, removeServices, setBudgetCells } from '@shared/budget/budget-commands.ts';
import { addNeed, removeNeed, setNeedField } from '@shared/commands/assessment-commands.ts';
import { addOutcome, removeOutcome, setOutcomeField } from '@shared/commands/outcome-commands.ts';
import { setStationNotes } from '@shared/commands/plan-commands.ts';
import { setScore } from '@shared/commands/priority-commands.ts';
import { addComment } from '@shared/commands/review-commands.ts';
import { setServiceDetail } from '@shared/commands/service-card-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { stationIds } from '@shared/model/station-id.ts';
import { buildOutcome, buildService } from '../../helpers/plan-builders.ts';

export function randomFrom(seed: number) {
  let state = (seed * 2_654_435_761) >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    integer: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}

export type Random = ReturnType<typeof randomFrom>;

/**
 * Which part of the plan one side edits. `half` splits the base's services: a side edits only
 * its half, and the two sides' other edits go to parts the other side leaves alone (needs and
 * scores for one, outcomes, station notes and comments for the other), so their edits are disjoint.
 * With `all` services a side may edit anything, removals included.
 */
export type Scope = { side: 'a' | 'b'; services: 'first-half' | 'second-half' | 'all'; parts: 'needs' | 'outcomes' | 'all' };

/** One edit with its payload chosen: applied to the side's plan, and again to the other side's when the two are replayed one after the other. */
export type Step = (plan: Plan) => Plan;

const run =
  <Payload>(command: (plan: Plan, payload: Payload) => Plan, payload: Payload): Step =>
  (plan) =>
    command(plan, payload);

type Edit = (plan: Plan, random: Random, scope: Scope, base: Plan, serial: () => number) => Step | null;

function ownServices(plan: Plan, scope: Scope, base: Plan): Plan['services'] {
  const half = Math.ceil(base.services.length / 2);
  const inBase = new Map(base.services.map((service, index) => [service.id, index]));
  return plan.services.filter((service) => {
    const index = inBase.get(service.id);
    if (index === undefined) return service.id.startsWith(`${scope.side}-`);
    return scope.services === 'all' || (scope.services === 'first-half' ? index < half : index >= half);
  });
}

/** A line of a long text rewritten, or one added at its end. */
function editedText(text: string, random: Random, side: string, serial: number): string {
  const lines = text.split('\n');
  if (random.chance(0.5)) lines.push(`${side} ${serial}`);
  else lines[random.integer(0, lines.length - 1)] = `${side} כתב ${serial}`;
  return lines.join('\n');
}

const serviceEdits: Edit[] = [
  (plan, random, scope, base) => {
    const services = ownServices(plan, scope, base);
    if (services.length === 0) return null;
    const columnId = random.pick(['unitCost', 'participants', 'staffHours', 'other']);
    return run(setBudgetCells, { edits: [{ serviceId: random.pick(services).id, columnId, input: random.integer(0, 400) * 5 }] });
  },
  (plan, random, scope, base, serial) => {
    const services = ownServices(plan, scope, base);
    return services.length === 0 ? null : run(setBudgetCells, { edits: [{ serviceId: random.pick(services).id, columnId: 'name', input: `${scope.side} שם ${serial()}` }] });
  },
  (plan, random, scope, base, serial) => {
    const services = ownServices(plan, scope, base);
    if (services.length === 0) return null;
    const service = random.pick(services);
    return run(setServiceDetail, { id: service.id, field: 'description', value: editedText(service.description, random, scope.side, serial()) });
  },
  (plan, random, scope, _base, serial) => {
    const id = `${scope.side}-svc-${serial()}`;
    return run(insertServices, { index: random.integer(0, plan.services.length), services: [buildService({ id, name: `${scope.side} חדש ${id}`, unitCost: random.integer(1, 300) * 10 })] });
  },
];

/** Removals detach links everywhere in the plan (a need from outcomes and services), so they are edits of the whole plan. */
const removals: Edit[] = [
  (plan, random, scope, base) => {
    const services = ownServices(plan, scope, base);
    return services.length === 0 ? null : run(removeServices, { ids: [random.pick(services).id] });
  },
  (plan, random) => (plan.needs.length === 0 ? null : run(removeNeed, { id: random.pick(plan.needs).id })),
  (plan, random) => (plan.outcomes.length === 0 ? null : run(removeOutcome, { id: random.pick(plan.outcomes).id })),
];

const needEdits: Edit[] = [
  (plan, random, scope, _base, serial) =>
    run(addNeed, { need: { id: `${scope.side}-need-${serial()}`, source: 'survey', group: '', date: null, finding: `${scope.side} צורך`, strength: random.integer(1, 5), breadth: 3 } }),
  (plan, random, scope, _base, serial) => {
    if (plan.needs.length === 0) return null;
    const need = random.pick(plan.needs);
    return run(setNeedField, { id: need.id, field: 'finding', value: editedText(need.finding, random, scope.side, serial()) });
  },
  (plan, random, scope, base) => {
    const services = ownServices(plan, scope, base);
    if (services.length === 0 || plan.priorities.criteria.length === 0) return null;
    return run(setScore, { serviceId: random.pick(services).id, criterionId: random.pick(plan.priorities.criteria).id, score: random.integer(0, 10) });
  },
];

const outcomeEdits: Edit[] = [
  (plan, _random, scope, _base, serial) => run(addOutcome, { outcome: buildOutcome(`${scope.side}-outcome-${serial()}`) }),
  (plan, random, scope, _base, serial) => (plan.outcomes.length === 0 ? null : run(setOutcomeField, { id: random.pick(plan.outcomes).id, field: 'title', value: `${scope.side} תוצאה ${serial()}` })),
  (plan, random, scope, _base, serial) => {
    const station = random.pick(stationIds);
    return run(setStationNotes, { station, notes: editedText(plan.stations[station].notes, random, scope.side, serial()) });
  },
  (plan, random, scope, _base, serial) => {
    const number = serial();
    return run(addComment, { id: `${scope.side}-comment-${number}`, target: `services[${random.pick(plan.services)?.id ?? 'none'}]`, by: scope.side, role: 'reviewer', at: `2027-01-01T10:00:${String(number % 60).padStart(2, '0')}Z`, text: 'הערה' });
  },
];

/** `count` random edits of one side, each through a real plan command: the plan after them, and the steps. */
export function randomEdits(base: Plan, seed: number, count: number, scope: Scope): { plan: Plan; steps: Step[] } {
  const random = randomFrom(seed);
  let counter = 0;
  const serial = () => (counter += 1);
  const menu = [
    ...serviceEdits,
    ...(scope.services === 'all' ? removals : []),
    ...(scope.parts !== 'outcomes' ? needEdits : []),
    ...(scope.parts !== 'needs' ? outcomeEdits : []),
  ];
  let plan = base;
  const steps: Step[] = [];
  while (steps.length < count) {
    const step = random.pick(menu)(plan, random, scope, base, serial);
    if (step === null) continue;
    plan = step(plan);
    steps.push(step);
  }
  return { plan, steps };
}
