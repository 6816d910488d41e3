import type { RemovedItems } from '../links/detach-references.ts';
import type { Plan } from '../model/plan-schema.ts';
import { stationIds } from '../model/station-id.ts';
import type { Step } from './merge-location.ts';

type Kind = keyof RemovedItems;
type EntryOf<K extends Kind> = NonNullable<RemovedItems[K]>[number];

/** Every item of a kind that detachReferences knows, in a plan. */
const itemsOfKind: { [K in Kind]-?: (plan: Plan) => EntryOf<K>[] } = {
  services: (plan) => plan.services.map((service) => service.id),
  outcomes: (plan) => plan.outcomes.map((outcome) => outcome.id),
  needs: (plan) => plan.needs.map((need) => need.id),
  indicators: (plan) => plan.outcomes.flatMap((outcome) => outcome.indicators.map((indicator) => indicator.id)),
  budgetColumns: (plan) => plan.budgetColumns.map((column) => column.id),
  ageBands: (plan) => plan.population.bands.map((band) => band.id),
  partners: (plan) => plan.partners.map((partner) => partner.id),
  existingServices: (plan) => plan.existingServices.map((service) => service.id),
  activities: (plan) => plan.activities.map((activity) => activity.id),
  populationYears: (plan) => plan.population.years.map((year) => year.year),
  ownItems: (plan) => stationIds.flatMap((station) => plan.stations[station].ownItems.map((item) => ({ station, id: item.id }))),
};

const keyOf = (entry: unknown) => JSON.stringify(entry);

function missing<K extends Kind>(kind: K, sources: readonly Plan[], kept: readonly Plan[], spared: RemovedItems): EntryOf<K>[] {
  const list = itemsOfKind[kind] as (plan: Plan) => EntryOf<K>[];
  const keptByAll = kept.map((plan) => new Set(list(plan).map(keyOf)));
  const sparedKeys = new Set(((spared[kind] ?? []) as readonly unknown[]).map(keyOf));
  const seen = new Set<string>();
  return sources.flatMap(list).filter((entry) => {
    const key = keyOf(entry);
    if (seen.has(key) || sparedKeys.has(key)) return false;
    seen.add(key);
    return keptByAll.some((ids) => !ids.has(key));
  });
}

/**
 * The items of `sources` that some plan of `kept` does not hold, but those `spared`, for
 * detachReferences: a link one side added to an item the other removed would otherwise point
 * at nothing.
 */
export function removedItems(sources: readonly Plan[], kept: readonly Plan[], spared: RemovedItems = {}): RemovedItems {
  return Object.fromEntries((Object.keys(itemsOfKind) as Kind[]).map((kind) => [kind, missing(kind, sources, kept, spared)])) as RemovedItems;
}

const fieldAt = (steps: readonly Step[], index: number) => {
  const step = steps[index];
  return step && 'field' in step ? step.field : null;
};
const keyAt = (steps: readonly Step[], index: number) => {
  const step = steps[index];
  return step && 'item' in step ? (step.item[0] ?? null) : null;
};

const topLevel: Readonly<Record<string, Exclude<Kind, 'indicators' | 'ageBands' | 'populationYears' | 'ownItems'>>> = {
  services: 'services',
  outcomes: 'outcomes',
  needs: 'needs',
  budgetColumns: 'budgetColumns',
  partners: 'partners',
  existingServices: 'existingServices',
  activities: 'activities',
};

/** The item an item's steps name, as detachReferences names it; null for items nothing links to. */
export function removableAt(steps: readonly Step[]): RemovedItems | null {
  const first = fieldAt(steps, 0);
  const id = keyAt(steps, 1);
  if (first === null) return null;
  if (steps.length === 2 && id !== null && first in topLevel) return { [topLevel[first]!]: [id] };
  if (steps.length === 4 && first === 'outcomes' && fieldAt(steps, 2) === 'indicators' && keyAt(steps, 3) !== null) return { indicators: [keyAt(steps, 3)!] };
  if (steps.length === 3 && first === 'population' && keyAt(steps, 2) !== null) {
    if (fieldAt(steps, 1) === 'bands') return { ageBands: [keyAt(steps, 2)!] };
    if (fieldAt(steps, 1) === 'years') return { populationYears: [Number(keyAt(steps, 2))] };
  }
  const station = fieldAt(steps, 1);
  if (steps.length === 4 && first === 'stations' && station !== null && fieldAt(steps, 2) === 'ownItems' && keyAt(steps, 3) !== null) {
    return { ownItems: [{ station: station as EntryOf<'ownItems'>['station'], id: keyAt(steps, 3)! }] };
  }
  return null;
}

/** Several items to spare or remove, as one. */
export function joinedItems(parts: readonly RemovedItems[]): RemovedItems {
  const joined: Record<string, unknown[]> = {};
  for (const part of parts) for (const [kind, entries] of Object.entries(part)) joined[kind] = [...(joined[kind] ?? []), ...(entries as unknown[])];
  return joined as RemovedItems;
}
