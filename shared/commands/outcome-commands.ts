import { produce } from 'immer';
import type { Indicator, Outcome } from '../model/plan-schema.ts';
import type { PlanCommand } from './plan-commands.ts';
import type { FieldEdit } from './editable.ts';


export const addOutcome: PlanCommand<{ outcome: Outcome }> = (plan, { outcome }) =>
  produce(plan, (draft) => {
    draft.outcomes.push(outcome);
  });

export const setOutcomeField: PlanCommand<{ id: string } & FieldEdit<Outcome, 'indicators'>> = (plan, { id, field, value }) =>
  produce(plan, (draft) => {
    const outcome = draft.outcomes.find((candidate) => candidate.id === id);
    if (outcome) (outcome as Record<string, unknown>)[field] = value;
  });

/** Removes an outcome and every link to it: services stop advancing it, outcomes stop leading to it. */
export const removeOutcome: PlanCommand<{ id: string }> = (plan, { id }) =>
  produce(plan, (draft) => {
    const indicatorIds = new Set(plan.outcomes.find((outcome) => outcome.id === id)?.indicators.map((indicator) => indicator.id) ?? []);
    draft.outcomes = draft.outcomes.filter((outcome) => outcome.id !== id);
    for (const outcome of draft.outcomes) outcome.leadsTo = outcome.leadsTo.filter((target) => target !== id);
    for (const service of draft.services) service.outcomeIds = service.outcomeIds.filter((target) => target !== id);
    draft.logicModelNotes = draft.logicModelNotes.filter((note) => note.nodeId !== id);
    for (const item of draft.implementation) {
      item.indicatorIds = item.indicatorIds.filter((indicatorId) => !indicatorIds.has(indicatorId));
      item.quarterlyTargets = item.quarterlyTargets.filter((target) => !indicatorIds.has(target.indicatorId));
      item.indicatorActuals = item.indicatorActuals.filter((actual) => !indicatorIds.has(actual.indicatorId));
    }
  });

export const addIndicator: PlanCommand<{ outcomeId: string; indicator: Indicator }> = (plan, { outcomeId, indicator }) =>
  produce(plan, (draft) => {
    draft.outcomes.find((outcome) => outcome.id === outcomeId)?.indicators.push(indicator);
  });

export const setIndicatorField: PlanCommand<{ outcomeId: string; id: string } & FieldEdit<Indicator>> = (plan, { outcomeId, id, field, value }) =>
  produce(plan, (draft) => {
    const indicator = draft.outcomes.find((outcome) => outcome.id === outcomeId)?.indicators.find((candidate) => candidate.id === id);
    if (indicator) (indicator as Record<string, unknown>)[field] = value;
  });

export const removeIndicator: PlanCommand<{ outcomeId: string; id: string }> = (plan, { outcomeId, id }) =>
  produce(plan, (draft) => {
    const outcome = draft.outcomes.find((candidate) => candidate.id === outcomeId);
    if (outcome) outcome.indicators = outcome.indicators.filter((indicator) => indicator.id !== id);
    for (const item of draft.implementation) {
      item.indicatorIds = item.indicatorIds.filter((indicatorId) => indicatorId !== id);
      item.quarterlyTargets = item.quarterlyTargets.filter((target) => target.indicatorId !== id);
      item.indicatorActuals = item.indicatorActuals.filter((actual) => actual.indicatorId !== id);
    }
  });

export const setLeadingValues: PlanCommand<{ values: string[] }> = (plan, { values }) =>
  produce(plan, (draft) => {
    draft.leadingValues = values;
  });
