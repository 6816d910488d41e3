import { produce } from 'immer';
import type { Service } from '../model/plan-schema.ts';
import { operatorOf } from '../participation/partner-roles.ts';
import { defineCommand } from './define-command.ts';

/** The fields of a service card that the budget grid does not compute with. */
export type ServiceDetailEdit =
  | { field: 'description' | 'targetGroup'; value: string }
  | { field: 'delivery'; value: Service['delivery'] }
  | { field: 'operator'; value: Service['operator'] }
  | { field: 'outcomeIds' | 'needIds'; value: string[] };

/** Edits what a service is for and how it runs: nothing the budget computes with. Only the texts are typed. */
export const setServiceDetail = defineCommand<{ id: string } & ServiceDetailEdit>({
  id: 'service.set-detail',
  apply: (plan, { id, field, value }) =>
    produce(plan, (draft) => {
      const service = draft.services.find((candidate) => candidate.id === id);
      if (service) (service as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ id, field }) => (field === 'description' || field === 'targetGroup' ? `${id}:${field}` : null),
});

/**
 * Names the plan's partner who runs a service, and its kind of operator with it (a health fund
 * or a community centre runs it as "other"): one step to undo. No partner leaves the kind as the
 * team set it; a partner the plan does not hold leaves the card as it was.
 */
export const setServicePartner = defineCommand<{ id: string; partnerId: string | null }>({
  id: 'service.set-partner',
  apply: (plan, { id, partnerId }) => {
    const partner = plan.partners.find((candidate) => candidate.id === partnerId);
    if (partnerId !== null && !partner) return plan;
    return produce(plan, (draft) => {
      const service = draft.services.find((candidate) => candidate.id === id);
      if (!service) return;
      service.partnerId = partnerId;
      if (partner) service.operator = operatorOf(partner.kind);
    });
  },
});
