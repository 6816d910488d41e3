import { produce, type Draft } from 'immer';
import type { OwnStationItem, Plan, PlanDetails, Policy, StationStatus } from '../model/plan-schema.ts';
import type { StationId } from '../model/station-id.ts';
import type { StationCategory } from '../stations/station-content.ts';

/**
 * The user's edits as pure transitions of the plan: `command(plan, payload) → plan`. The store
 * keeps the plans before and after for undo; structural sharing keeps that cheap.
 */
export type PlanCommand<P> = (plan: Plan, payload: P) => Plan;

type EditableDetail = Exclude<keyof PlanDetails, 'illustrative'>;

export const setDetail: PlanCommand<{ [K in EditableDetail]: { field: K; value: PlanDetails[K] } }[EditableDetail]> = (
  plan,
  { field, value },
) =>
  produce(plan, (draft) => {
    (draft.details as Record<EditableDetail, unknown>)[field] = value;
  });

export const setPolicy: PlanCommand<{ [K in keyof Policy]: { field: K; value: Policy[K] } }[keyof Policy]> = (
  plan,
  { field, value },
) =>
  produce(plan, (draft) => {
    (draft.policy as Record<keyof Policy, unknown>)[field] = value;
  });

/** Working in a station that was not started yet starts it. */
function touchStation(draft: Draft<Plan>, station: StationId) {
  const work = draft.stations[station];
  if (work.status === 'not-started') work.status = 'in-progress';
  return work;
}

export const setStationStatus: PlanCommand<{ station: StationId; status: StationStatus }> = (plan, { station, status }) =>
  produce(plan, (draft) => {
    draft.stations[station].status = status;
  });

/** The team states that a station is not needed in this plan, with the reason; null takes the statement back. */
export const setStationWaiver: PlanCommand<{ station: StationId; reason: string | null }> = (plan, { station, reason }) =>
  produce(plan, (draft) => {
    if (reason === null || reason.trim() === '') delete draft.stations[station].waiverReason;
    else draft.stations[station].waiverReason = reason;
  });

export const setItemMarked: PlanCommand<{ station: StationId; itemId: string; marked: boolean }> = (
  plan,
  { station, itemId, marked },
) =>
  produce(plan, (draft) => {
    if (draft.stations[station].marked.includes(itemId) === marked) return;
    const work = touchStation(draft, station);
    work.marked = marked ? [...work.marked, itemId] : work.marked.filter((id) => id !== itemId);
  });

export const addOwnItem: PlanCommand<{ station: StationId; category: StationCategory; id: string; text: string }> = (
  plan,
  { station, category, id, text },
) =>
  produce(plan, (draft) => {
    const work = touchStation(draft, station);
    const item: OwnStationItem = { id, category, text };
    work.ownItems.push(item);
    // The team adds an item because it fits, so it starts marked.
    work.marked.push(id);
  });

export const editOwnItem: PlanCommand<{ station: StationId; id: string; text: string }> = (plan, { station, id, text }) =>
  produce(plan, (draft) => {
    const item = draft.stations[station].ownItems.find((own) => own.id === id);
    if (item) item.text = text;
  });

export const removeOwnItem: PlanCommand<{ station: StationId; id: string }> = (plan, { station, id }) =>
  produce(plan, (draft) => {
    const work = draft.stations[station];
    work.ownItems = work.ownItems.filter((own) => own.id !== id);
    work.marked = work.marked.filter((marked) => marked !== id);
  });

export const setStationNotes: PlanCommand<{ station: StationId; notes: string }> = (plan, { station, notes }) =>
  produce(plan, (draft) => {
    touchStation(draft, station).notes = notes;
  });

/** Puts a whole plan in place of the open one (an imported workbook), as one step the team can undo. */
export const replacePlan: PlanCommand<{ plan: Plan }> = (_plan, { plan }) => plan;
