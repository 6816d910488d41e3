import type { Plan, Service } from '@shared/model/plan-schema.ts';

/**
 * What the recovery worker needs to bring its copy of a plan up to date: the whole plan the
 * first time, then only the parts that are new objects (immer keeps every untouched part, so a
 * budget edit is one service). Posting a part copies it; posting a 5,000-service plan at every
 * edit would freeze the page for a tenth of a second or more.
 */
export type PlanPatch =
  | { kind: 'whole'; plan: Plan }
  | { kind: 'parts'; parts: Partial<Omit<Plan, 'services'>>; services: { ids: string[]; changed: Service[] } | null };

export function patchBetween(before: Plan | null, after: Plan): PlanPatch {
  if (!before) return { kind: 'whole', plan: after };
  const parts: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Plan)[]) {
    if (key !== 'services' && after[key] !== before[key]) parts[key] = after[key];
  }
  if (after.services === before.services) return { kind: 'parts', parts, services: null };
  const old = new Set(before.services);
  return {
    kind: 'parts',
    parts,
    services: { ids: after.services.map((service) => service.id), changed: after.services.filter((service) => !old.has(service)) },
  };
}

/** The plan the patch describes, from the copy it was made against. */
export function applyPatch(copy: Plan | null, patch: PlanPatch): Plan {
  if (patch.kind === 'whole') return patch.plan;
  if (!copy) throw new Error('A plan patch came before the plan it changes.');
  const next = { ...copy, ...patch.parts } as Plan;
  if (patch.services) {
    const byId = new Map(copy.services.map((service) => [service.id, service]));
    for (const service of patch.services.changed) byId.set(service.id, service);
    next.services = patch.services.ids.map((id) => byId.get(id)!);
  }
  return next;
}
