/**
 * The plans the UI benchmark opens, and the edits it types into them. A large plan is the bundled
 * sample grown to the size: its services repeated (each copy its own id and a numbered name, so
 * its figures stay those of a real plan), its community budget grown with them.
 */
import { servicesDecidedAgainst } from '@shared/model/decision-in-force.ts';
import type { Plan, Service } from '@shared/model/plan-schema.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';

/** One edit: the service's participants cell (found by the service's name) gets `text`. */
export type CellEdit = { serviceName: string; text: string };

export function sample(): Plan {
  return samplePlan(validSampleName);
}

/** The sample with `count` services (the sample's own count gives the sample itself). */
export function benchPlan(count: number): Plan {
  const base = sample();
  if (count === base.services.length) return base;
  const sources = base.services;
  const services = Array.from({ length: count }, (_, index): Service => {
    const source = sources[index % sources.length]!;
    const copy = Math.floor(index / sources.length) + 1;
    return copy === 1 ? source : { ...structuredClone(source), id: `${source.id}-${copy}`, name: `${source.name} ${copy}` };
  });
  return { ...base, services, details: { ...base.details, communityBudget: Math.round((base.details.communityBudget * count) / sources.length) } };
}

/**
 * Services near the top of the grid whose participants are a typed number that counts in the
 * totals: set to 0, the total changes and the findings gain "no participants"; typed back, both
 * return. Every edit therefore changes the totals card and the findings panel.
 */
function editableServices(plan: Plan): Service[] {
  const against = servicesDecidedAgainst(plan);
  const names = new Set<string>();
  const duplicated = new Set<string>();
  for (const service of plan.services) (names.has(service.name) ? duplicated : names).add(service.name);
  return plan.services
    .slice(0, 16)
    .filter(
      (service) =>
        service.participants > 0 &&
        service.frequency.perYear > 0 &&
        service.unitCost > 0 &&
        !against.has(service.id) &&
        !duplicated.has(service.name) &&
        !service.formulas.some((formula) => ['participants', 'perYear', 'unitCost'].includes(formula.field)),
    );
}

/** `count` edits (an even number, so the plan ends as it began): each service in turn to 0 and back. */
export function editScript(plan: Plan, count: number): CellEdit[] {
  const services = editableServices(plan);
  if (services.length === 0) throw new Error('the plan has no service whose participants can be edited for the benchmark');
  return Array.from({ length: count }, (_, index) => {
    const service = services[Math.floor(index / 2) % services.length]!;
    return { serviceName: service.name, text: index % 2 === 0 ? '0' : String(service.participants) };
  });
}

/** The participants of every row, as a spreadsheet's column copied to the clipboard: different each run, so the totals change. */
export function participantsBlock(rows: number, run: number): string {
  return Array.from({ length: rows }, (_, index) => String(5 + ((index * 37 + run * 11) % 200))).join('\n');
}
