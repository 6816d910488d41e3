import type { Plan, Service } from '../model/plan-schema.ts';

type Partner = Plan['partners'][number];
type WorkItem = Plan['implementation'][number];

/** A partner's name, or null when the plan no longer holds it. */
export function partnerName(plan: Pick<Plan, 'partners'>, id: string | null): string | null {
  if (id === null) return null;
  return plan.partners.find((partner) => partner.id === id)?.name ?? null;
}

/** The names of the partners the ids point at, in the order given, leaving out any the plan no longer holds. */
export function partnerNames(plan: Pick<Plan, 'partners'>, ids: readonly string[]): string[] {
  return ids.map((id) => partnerName(plan, id)).filter((name): name is string => name !== null);
}

/**
 * The kind of operator a partner is, for the budget's and the logic model's grouping: the
 * authority's own departments run a service as the department does, a business as a contractor.
 */
export function operatorOf(kind: Partner['kind']): Service['operator'] {
  switch (kind) {
    case 'authority-department':
      return 'department';
    case 'ngo':
      return 'ngo';
    case 'volunteers':
      return 'volunteers';
    case 'business':
      return 'contractor';
    default:
      return 'other';
  }
}

/** Every service a partner takes part in: those it runs (station 3) and those whose work plan names it as owner or partner (station 6). */
export function servicesOfPartner(plan: Pick<Plan, 'services' | 'implementation'>, partnerId: string): string[] {
  const works = (item: WorkItem) => item.ownerPartnerId === partnerId || item.partnerIds.includes(partnerId);
  const ids = new Set([
    ...plan.services.filter((service) => service.partnerId === partnerId).map((service) => service.id),
    ...plan.implementation.filter(works).map((item) => item.serviceId),
  ]);
  return plan.services.filter((service) => ids.has(service.id)).map((service) => service.id);
}

/** Who answers for a work plan as one line: the person or role, and the partner they work for when it is not the department. */
export function ownerWithBody(plan: Pick<Plan, 'partners'>, item: Pick<WorkItem, 'owner' | 'ownerPartnerId'>): string {
  const body = partnerName(plan, item.ownerPartnerId);
  const owner = item.owner.trim();
  if (body === null) return owner;
  return owner === '' ? body : `${owner} (${body})`;
}

/** How many items of the plan name a partner: activities, existing services, services it runs and work plans it answers for or takes part in. */
export function partnerMentions(plan: Pick<Plan, 'activities' | 'existingServices' | 'services' | 'implementation'>, partnerId: string): number {
  return (
    plan.activities.filter((activity) => activity.partnerIds.includes(partnerId)).length +
    plan.existingServices.filter((service) => service.partnerId === partnerId).length +
    plan.services.filter((service) => service.partnerId === partnerId).length +
    plan.implementation.filter((item) => item.ownerPartnerId === partnerId || item.partnerIds.includes(partnerId)).length
  );
}
