import { produce } from 'immer';
import type { Indicator, Outcome } from '../model/plan-schema.ts';
import { detachReferences } from '../links/detach-references.ts';
import { defineCommand } from './define-command.ts';
import type { FieldEdit } from './editable.ts';

export const addOutcome = defineCommand<{ outcome: Outcome }>({
  id: 'outcome.add',
  apply: (plan, { outcome }) =>
    produce(plan, (draft) => {
      draft.outcomes.push(outcome);
    }),
});

/** The title and description are typed; the goal, horizon and links are chosen, a step each. */
const typedOutcomeFields: readonly string[] = ['title', 'description'] satisfies (keyof Outcome)[];

export const setOutcomeField = defineCommand<{ id: string } & FieldEdit<Outcome, 'indicators'>>({
  id: 'outcome.set-field',
  apply: (plan, { id, field, value }) =>
    produce(plan, (draft) => {
      const outcome = draft.outcomes.find((candidate) => candidate.id === id);
      if (outcome) (outcome as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ id, field }) => (typedOutcomeFields.includes(field) ? `${id}:${field}` : null),
});

/** Removes an outcome with its indicators and every link to them: services stop advancing it, outcomes stop leading to it. */
export const removeOutcome = defineCommand<{ id: string }>({
  id: 'outcome.remove',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      const indicators = plan.outcomes.find((outcome) => outcome.id === id)?.indicators.map((indicator) => indicator.id) ?? [];
      draft.outcomes = draft.outcomes.filter((outcome) => outcome.id !== id);
      detachReferences(draft, { outcomes: [id], indicators });
    }),
});

export const addIndicator = defineCommand<{ outcomeId: string; indicator: Indicator }>({
  id: 'indicator.add',
  apply: (plan, { outcomeId, indicator }) =>
    produce(plan, (draft) => {
      draft.outcomes.find((outcome) => outcome.id === outcomeId)?.indicators.push(indicator);
    }),
});

/** Adding or removing a milestone is a step each; typing in one goes through setIndicatorMilestone. */
export const setIndicatorField = defineCommand<{ outcomeId: string; id: string } & FieldEdit<Indicator>>({
  id: 'indicator.set-field',
  apply: (plan, { outcomeId, id, field, value }) =>
    produce(plan, (draft) => {
      const indicator = draft.outcomes.find((outcome) => outcome.id === outcomeId)?.indicators.find((candidate) => candidate.id === id);
      if (indicator) (indicator as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ id, field }) => (field === 'milestones' ? null : `${id}:${field}`),
});

type Milestone = Indicator['milestones'][number];

/** Edits the date or the value of an indicator's milestone; typing in either is one step per milestone. */
export const setIndicatorMilestone = defineCommand<{ outcomeId: string; id: string; index: number; change: Partial<Milestone> }>({
  id: 'indicator.set-milestone',
  apply: (plan, { outcomeId, id, index, change }) => {
    const indicator = plan.outcomes.find((outcome) => outcome.id === outcomeId)?.indicators.find((candidate) => candidate.id === id);
    if (!indicator?.milestones[index]) return plan;
    const milestones = indicator.milestones.map((entry, at) => (at === index ? { ...entry, ...change } : entry));
    return setIndicatorField(plan, { outcomeId, id, field: 'milestones', value: milestones });
  },
  mergeKey: ({ id, index }) => `${id}:${index}`,
});

export const removeIndicator = defineCommand<{ outcomeId: string; id: string }>({
  id: 'indicator.remove',
  apply: (plan, { outcomeId, id }) =>
    produce(plan, (draft) => {
      const outcome = draft.outcomes.find((candidate) => candidate.id === outcomeId);
      if (outcome) outcome.indicators = outcome.indicators.filter((indicator) => indicator.id !== id);
      detachReferences(draft, { indicators: [id] });
    }),
});

export const setLeadingValues = defineCommand<{ values: string[] }>({
  id: 'plan.set-leading-values',
  apply: (plan, { values }) =>
    produce(plan, (draft) => {
      draft.leadingValues = values;
    }),
});
