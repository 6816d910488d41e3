import type { Language } from '../model/localized-text.ts';
import { maximumAmount, type ExistingService, type Plan, type Service } from '../model/plan-schema.ts';
import { insertServices } from '../budget/budget-commands.ts';
import { roundHalfAwayFromZero } from '../budget/money.ts';
import { newService } from '../budget/new-service.ts';
import { operatorOf } from '../participation/partner-roles.ts';
import { defineCommand } from './define-command.ts';
import { unusedServiceId } from './copy-service-command.ts';

/** The service card that already carries an existing service on, if any: each is carried into the plan once. */
export function carriedAs(plan: Plan, existingServiceId: string): Service | undefined {
  return plan.services.find((service) => service.existingServiceId === existingServiceId);
}

/**
 * Who runs a service card, from the partner running the existing service. A community centre,
 * a health fund or a government office is none of the card's kinds, so it is "other"; so is an
 * operator named only by text, which says nothing of its kind. With no operator at all, the
 * department's own, as a new card starts.
 */
function operatorKind(existing: ExistingService, partners: Plan['partners']): Service['operator'] {
  const partner = partners.find((candidate) => candidate.id === existing.partnerId);
  if (!partner) return existing.operator.trim() === '' ? 'department' : 'other';
  return operatorOf(partner.kind);
}

/**
 * The yearly cost as the card's figures. A card costs participants × units a year × unit cost,
 * so with one unit a year per participant the unit cost is the yearly cost ÷ participants:
 * what the service costs a participant a year. Rounded to the agora, as every amount in the
 * file, so the card's total may differ from the yearly cost by up to half an agora a
 * participant; never above the largest yearly cost a card may have. Without participants or a
 * cost there is nothing to divide, and the team costs the card in the budget.
 */
function costing(existing: ExistingService): Pick<Service, 'frequency' | 'unitCost'> {
  if (existing.yearlyCost === null || existing.participants === 0) return { frequency: { unit: 'session', perYear: 0 }, unitCost: 0 };
  const unitCost = roundHalfAwayFromZero(existing.yearlyCost / existing.participants, 2);
  const withinLimit = existing.participants * unitCost <= maximumAmount ? unitCost : Math.floor((maximumAmount / existing.participants) * 100) / 100;
  return { frequency: { unit: 'year', perYear: 1 }, unitCost: withinLimit };
}

/** A service card for the new plan that carries the existing service on: what it is, who takes part, its budget line and cost. */
export function carriedService(existing: ExistingService, plan: Plan, id: string, language: Language): Service {
  return {
    ...newService(id, language, existing.name),
    kind: existing.kind,
    operator: operatorKind(existing, plan.partners),
    partnerId: plan.partners.some((partner) => partner.id === existing.partnerId) ? existing.partnerId : null,
    budgetLine: existing.budgetLine,
    participants: existing.participants,
    ...costing(existing),
    existingServiceId: existing.id,
  };
}

/**
 * Carries an existing service (station 1) into the service mix (station 3) as a card at the end,
 * linked to it: one step to undo. An existing service already carried on, or one no longer in
 * the plan, leaves the plan as it was.
 */
export const carryExistingService = defineCommand<{ existingServiceId: string; serviceId: string; language: Language }>({
  id: 'existing-service.carry-into-plan',
  apply: (plan, { existingServiceId, serviceId, language }) => {
    const existing = plan.existingServices.find((candidate) => candidate.id === existingServiceId);
    if (!existing || carriedAs(plan, existingServiceId)) return plan;
    const id = unusedServiceId(new Set(plan.services.map((service) => service.id)), serviceId);
    return insertServices(plan, { index: plan.services.length, services: [carriedService(existing, plan, id, language)] });
  },
});
