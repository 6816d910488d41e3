import { describe, expect, it } from 'vitest';
import { removeBudgetColumn, removeServices } from '@shared/budget/budget-commands.ts';
import { removeExistingService, removeNeed } from '@shared/commands/assessment-commands.ts';
import { removeIndicator, removeOutcome } from '@shared/commands/outcome-commands.ts';
import { removeOwnItem } from '@shared/commands/plan-commands.ts';
import { removeAgeBand, removePopulationYear } from '@shared/commands/population-commands.ts';
import { removePartner } from '@shared/commands/partner-commands.ts';
import { removeActivity } from '@shared/commands/participation-commands.ts';
import { PlanSchema, type Plan } from '@shared/model/plan-schema.ts';
import { stationIds } from '@shared/model/station-id.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { danglingReferences } from '../../helpers/dangling-references.ts';
import { linkedPlan } from '../../helpers/linked-plans.ts';

function randomFrom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return { integer: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

type Random = ReturnType<typeof randomFrom>;

/** One removal of each kind the app offers, of a random item of that kind; null when the plan has none left. */
const removals: Record<string, (plan: Plan, random: Random) => Plan | null> = {
  services: (plan, random) => {
    if (plan.services.length === 0) return null;
    const ids = Array.from({ length: random.integer(1, 3) }, () => random.pick(plan.services).id);
    return removeServices(plan, { ids });
  },
  outcome: (plan, random) => (plan.outcomes.length === 0 ? null : removeOutcome(plan, { id: random.pick(plan.outcomes).id })),
  need: (plan, random) => (plan.needs.length === 0 ? null : removeNeed(plan, { id: random.pick(plan.needs).id })),
  indicator: (plan, random) => {
    const withIndicators = plan.outcomes.filter((outcome) => outcome.indicators.length > 0);
    if (withIndicators.length === 0) return null;
    const outcome = random.pick(withIndicators);
    return removeIndicator(plan, { outcomeId: outcome.id, id: random.pick(outcome.indicators).id });
  },
  budgetColumn: (plan, random) => (plan.budgetColumns.length === 0 ? null : removeBudgetColumn(plan, { id: random.pick(plan.budgetColumns).id })),
  existingService: (plan, random) => (plan.existingServices.length === 0 ? null : removeExistingService(plan, { id: random.pick(plan.existingServices).id })),
  populationYear: (plan, random) => (plan.population.years.length === 0 ? null : removePopulationYear(plan, { year: random.pick(plan.population.years).year })),
  ageBand: (plan, random) => (plan.population.bands.length === 0 ? null : removeAgeBand(plan, { id: random.pick(plan.population.bands).id })),
  partner: (plan, random) => (plan.partners.length === 0 ? null : removePartner(plan, { id: random.pick(plan.partners).id })),
  activity: (plan, random) => (plan.activities.length === 0 ? null : removeActivity(plan, { id: random.pick(plan.activities).id })),
  ownItem: (plan, random) => {
    const station = random.pick(stationIds.filter((id) => plan.stations[id].ownItems.length > 0));
    return station ? removeOwnItem(plan, { station, id: random.pick(plan.stations[station].ownItems).id }) : null;
  },
};

describe('removing an item detaches every reference to it', () => {
  it('leaves no id pointing at nothing after random removals of every kind from generated plans', () => {
    const removed = new Map(Object.keys(removals).map((kind) => [kind, 0]));
    for (let seed = 1; seed <= 20; seed += 1) {
      const random = randomFrom(seed);
      let plan = linkedPlan(seed);
      expect(danglingReferences(plan)).toEqual([]);
      for (let step = 0; step < 30; step += 1) {
        const kind = random.pick(Object.keys(removals));
        const next = removals[kind]!(plan, random);
        if (!next) continue;
        removed.set(kind, removed.get(kind)! + 1);
        plan = next;
        expect(danglingReferences(plan), `seed ${seed}, step ${step}, removing ${kind}`).toEqual([]);
        expect(PlanSchema.safeParse(plan).success, `seed ${seed}, step ${step}, removing ${kind}`).toBe(true);
      }
    }
    for (const [kind, count] of removed) expect(count, kind).toBeGreaterThan(10);
  });

  it('starts from plans that point at every kind of item, so the removals have links to detach', () => {
    const plan = linkedPlan(3);
    expect(plan.services.some((service) => service.outcomeIds.length > 0 && service.needIds.length > 0 && service.custom.length > 0)).toBe(true);
    expect(plan.outcomes.some((outcome) => outcome.leadsTo.length > 0 && outcome.indicators.length > 0)).toBe(true);
    expect(plan.implementation.some((item) => item.indicatorIds.length > 0 && item.quarterlyTargets.length > 0 && item.indicatorActuals.length > 0)).toBe(true);
    const { scores, pairwise, forced, decisions, scenarios } = plan.priorities;
    for (const list of [scores, pairwise, forced, decisions, scenarios[0]!.serviceIds, plan.logicModelNotes, plan.population.growthRates, plan.stations['current-state'].marked]) {
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('leaves every item that did not point at the removed one as it was, so the budget recalculates only what changed', () => {
    const plan = linkedPlan(5);
    const need = plan.needs.find((candidate) => plan.services.some((service) => service.needIds.includes(candidate.id)))!;
    const next = removeNeed(plan, { id: need.id });
    plan.services.forEach((service, index) => {
      if (service.needIds.includes(need.id)) expect(next.services[index]).not.toBe(service);
      else expect(next.services[index]).toBe(service);
    });
    expect(next.priorities).toBe(plan.priorities);
    expect(next.implementation).toBe(plan.implementation);
    expect(next.logicModelNotes).toBe(plan.logicModelNotes);
  });

  it('keeps a note on a bare id while a service or an outcome of that spelling remains, and drops a note on a removed outcome’s node id', () => {
    const plan = buildPlan({
      services: [buildService({ id: 'shared-id' })],
      outcomes: [
        { id: 'shared-id', title: 'א', description: '', goal: 'belonging', horizon: 'short', needIds: [], leadsTo: [], indicators: [] },
        { id: 'other', title: 'ב', description: '', goal: 'belonging', horizon: 'long', needIds: [], leadsTo: [], indicators: [] },
      ],
      logicModelNotes: [
        { id: 'bare', nodeId: 'shared-id', kind: 'assumption', text: 'הנחה' },
        { id: 'node', nodeId: 'outcome:other', kind: 'assumption', text: 'הנחה' },
      ],
    });
    const withoutService = removeServices(plan, { ids: ['shared-id'] });
    expect(withoutService.logicModelNotes.map((note) => note.id)).toEqual(['bare', 'node']);
    const withoutEither = removeOutcome(withoutService, { id: 'shared-id' });
    expect(withoutEither.logicModelNotes.map((note) => note.id)).toEqual(['node']);
    expect(removeOutcome(withoutEither, { id: 'other' }).logicModelNotes).toEqual([]);
  });
});
