import { produce } from 'immer';
import type { Service } from '../model/plan-schema.ts';
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
