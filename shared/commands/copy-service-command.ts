import type { Service } from '../model/plan-schema.ts';
import { insertServices } from '../budget/budget-commands.ts';
import { defineCommand } from './define-command.ts';

/** The plan a card is copied from, as the copy names it. */
export type CopySource = { authority: string; year: number };

const copiedFromLength = 500;

/** "אופקים 2027": the authority and year, cut to what the field holds. */
export function copiedFromText({ authority, year }: CopySource): string {
  const suffix = ` ${year}`;
  return `${authority.trim().slice(0, copiedFromLength - suffix.length)}${suffix}`.trim();
}

/** The id asked for, made plain (formulas name services by id), with -2, -3 … added when the plan already has it. */
export function unusedServiceId(taken: ReadonlySet<string>, wanted: string): string {
  const base = wanted.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80) || 'svc';
  if (!taken.has(base)) return base;
  for (let counter = 2; ; counter++) {
    const suffix = `-${counter}`;
    const candidate = `${base.slice(0, 80 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A neighbour's service card as it enters this plan. It keeps what the service is and what it
 * costs (participants, frequency, unit cost, funding, staff hours, budget line), taken from the
 * evaluated card so formulas' results come as values. It leaves behind what belongs to the other
 * plan: formulas and the team's own columns name that plan's rows and columns; outcome and need
 * links name that plan's outcomes and needs, and an id that happens to match one here would be a
 * false link (the card shows it has no outcome, so the team links it); notes are the other
 * team's working remarks. "Continued" means continued there: here the service starts anew, and
 * a standard service counts the same in the totals and the self-development rule.
 */
export function copiedService(service: Service, source: CopySource, id: string): Service {
  return {
    ...service,
    id,
    kind: service.kind === 'continued' ? 'standard' : service.kind,
    frequency: { ...service.frequency },
    funding: { ...service.funding },
    outcomeIds: [],
    needIds: [],
    notes: '',
    formulas: [],
    custom: [],
    copiedFrom: copiedFromText(source),
  };
}

/** Copies a service card from another authority's plan to the end of this one: one step to undo. */
export const copyServiceFromPlan = defineCommand<{ service: Service; source: CopySource; id: string }>({
  id: 'service.copy-from-plan',
  apply: (plan, { service, source, id }) => {
    const taken = new Set(plan.services.map((existing) => existing.id));
    return insertServices(plan, { index: plan.services.length, services: [copiedService(service, source, unusedServiceId(taken, id))] });
  },
});
