import { produce } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import { detachReferences } from '../links/detach-references.ts';
import { defineCommand } from './define-command.ts';
import type { FieldEdit } from './editable.ts';

type Partner = Plan['partners'][number];

export const addPartner = defineCommand<{ partner: Partner }>({
  id: 'partner.add',
  apply: (plan, { partner }) =>
    produce(plan, (draft) => {
      draft.partners.push(partner);
    }),
});

/** The kind is chosen from a list, a step each; the name and the contact's role are typed. */
export const setPartnerField = defineCommand<{ id: string } & FieldEdit<Partner>>({
  id: 'partner.set-field',
  apply: (plan, { id, field, value }) =>
    produce(plan, (draft) => {
      const partner = draft.partners.find((candidate) => candidate.id === id);
      if (partner) (partner as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ id, field }) => (field === 'kind' ? null : `${id}:${field}`),
});

/** Activities and existing services that named the partner keep everything else. */
export const removePartner = defineCommand<{ id: string }>({
  id: 'partner.remove',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.partners = draft.partners.filter((partner) => partner.id !== id);
      detachReferences(draft, { partners: [id] });
    }),
});
