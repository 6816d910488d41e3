import { message, type Message, type MessageParam } from '../i18n/message.ts';
import type { Plan } from '../model/plan-schema.ts';

export const nameLabel: Message = message('planDiff.name');

/** A long text (a need's finding, a note) named by its first line, cut at 80 characters. */
export function shortText(text: string): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

type PlanIndex = {
  services: Map<string, string>;
  outcomes: Map<string, string>;
  indicators: Map<string, string>;
  needs: Map<string, string>;
  criteria: Map<string, string>;
  bands: Map<string, string>;
  partners: Map<string, string>;
};

const indexes = new WeakMap<Plan, PlanIndex>();

function indexOf(plan: Plan): PlanIndex {
  const known = indexes.get(plan);
  if (known) return known;
  const index: PlanIndex = {
    services: new Map(plan.services.map((service) => [service.id, service.name])),
    outcomes: new Map(plan.outcomes.map((outcome) => [outcome.id, outcome.title])),
    indicators: new Map(plan.outcomes.flatMap((outcome) => outcome.indicators.map((indicator) => [indicator.id, indicator.name] as const))),
    needs: new Map(plan.needs.map((need) => [need.id, shortText(need.finding)])),
    criteria: new Map(plan.priorities.criteria.map((criterion) => [criterion.id, criterion.name])),
    bands: new Map(plan.population.bands.map((band) => [band.id, band.label])),
    partners: new Map(plan.partners.map((partner) => [partner.id, partner.name])),
  };
  indexes.set(plan, index);
  return index;
}

/** What an id refers to in a plan, by its name there; the id itself when the plan does not hold it. */
export function nameIn(plan: Plan, kind: keyof PlanIndex, id: string): string {
  return indexOf(plan)[kind].get(id) || id;
}

/** An id's name for a list entry, or null when the plan does not hold it (a link left dangling). */
export function entryName(kind: keyof PlanIndex): (id: string, plan: Plan) => string | null {
  return (id, plan) => indexOf(plan)[kind].get(id) ?? null;
}

/** "Score · Home visits · Feasibility": what a keyed value is, then what it belongs to. */
export function labelWith(label: Message, ...parts: MessageParam[]): Message {
  return parts.reduce<Message>((joined, part) => message('words.dotted', { rest: joined, item: part }), label);
}
