import { produce } from 'immer';
import type { OwnStationItem, Plan, PlanDetails, Policy } from '../model/plan-schema.ts';
import type { StationId } from '../model/station-id.ts';
import type { StationCategory } from '../stations/station-content.ts';
import { detachReferences } from '../links/detach-references.ts';
import { defineCommand } from './define-command.ts';

type EditableDetail = Exclude<keyof PlanDetails, 'illustrative'>;

/** Every plan detail is typed (text or a number), so typing in one is one undo step. */
export const setDetail = defineCommand<{ [K in EditableDetail]: { field: K; value: PlanDetails[K] } }[EditableDetail]>({
  id: 'details.set',
  apply: (plan, { field, value }) =>
    produce(plan, (draft) => {
      (draft.details as Record<EditableDetail, unknown>)[field] = value;
    }),
  mergeKey: ({ field }) => field,
});

/** The shares are typed; the base is chosen from a list, each choice its own step. */
export const setPolicy = defineCommand<{ [K in keyof Policy]: { field: K; value: Policy[K] } }[keyof Policy]>({
  id: 'policy.set',
  apply: (plan, { field, value }) =>
    produce(plan, (draft) => {
      (draft.policy as Record<keyof Policy, unknown>)[field] = value;
    }),
  mergeKey: ({ field }) => (field === 'selfDevelopmentBase' ? null : field),
});

/** The team states that a station is not needed in this plan, with the reason; null takes the statement back. */
export const setStationWaiver = defineCommand<{ station: StationId; reason: string | null }>({
  id: 'station.set-waiver',
  apply: (plan, { station, reason }) =>
    produce(plan, (draft) => {
      if (reason === null || reason.trim() === '') delete draft.stations[station].waiverReason;
      else draft.stations[station].waiverReason = reason;
    }),
  mergeKey: ({ station, reason }) => (reason === null ? null : station),
});

export const setItemMarked = defineCommand<{ station: StationId; itemId: string; marked: boolean }>({
  id: 'station.set-item-marked',
  apply: (plan, { station, itemId, marked }) =>
    produce(plan, (draft) => {
      if (draft.stations[station].marked.includes(itemId) === marked) return;
      const work = draft.stations[station];
      work.marked = marked ? [...work.marked, itemId] : work.marked.filter((id) => id !== itemId);
    }),
});

export const addOwnItem = defineCommand<{ station: StationId; category: StationCategory; id: string; text: string }>({
  id: 'station.add-own-item',
  apply: (plan, { station, category, id, text }) =>
    produce(plan, (draft) => {
      const work = draft.stations[station];
      const item: OwnStationItem = { id, category, text };
      work.ownItems.push(item);
      // The team adds an item because it fits, so it starts marked.
      work.marked.push(id);
    }),
});

export const editOwnItem = defineCommand<{ station: StationId; id: string; text: string }>({
  id: 'station.edit-own-item',
  apply: (plan, { station, id, text }) =>
    produce(plan, (draft) => {
      const item = draft.stations[station].ownItems.find((own) => own.id === id);
      if (item) item.text = text;
    }),
  mergeKey: ({ station, id }) => `${station}:${id}`,
});

export const removeOwnItem = defineCommand<{ station: StationId; id: string }>({
  id: 'station.remove-own-item',
  apply: (plan, { station, id }) =>
    produce(plan, (draft) => {
      const work = draft.stations[station];
      work.ownItems = work.ownItems.filter((own) => own.id !== id);
      detachReferences(draft, { ownItems: [{ station, id }] });
    }),
});

export const setStationNotes = defineCommand<{ station: StationId; notes: string }>({
  id: 'station.set-notes',
  apply: (plan, { station, notes }) =>
    produce(plan, (draft) => {
      draft.stations[station].notes = notes;
    }),
  mergeKey: ({ station }) => station,
});

/** Puts a whole plan in place of the open one (an imported workbook), as one step the team can undo. */
export const replacePlan = defineCommand<{ plan: Plan }>({
  id: 'plan.replace',
  apply: (_plan, { plan }) => plan,
});
