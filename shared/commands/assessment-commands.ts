import { produce } from 'immer';
import { ExistingServiceSchema, type ExistingService, type Need, type Survey } from '../model/plan-schema.ts';
import { detachReferences } from '../links/detach-references.ts';
import { defineCommand } from './define-command.ts';
import type { FieldEdit } from './editable.ts';
import { figureProblem, isFigure } from './existing-service-figures.ts';

export const addNeed = defineCommand<{ need: Need }>({
  id: 'need.add',
  apply: (plan, { need }) =>
    produce(plan, (draft) => {
      draft.needs.push(need);
    }),
});

/** The finding, the group and the date are typed; the source, strength and breadth are chosen, a step each. */
const typedNeedFields: readonly string[] = ['finding', 'group', 'date'] satisfies (keyof Need)[];

export const setNeedField = defineCommand<{ id: string } & FieldEdit<Need>>({
  id: 'need.set-field',
  apply: (plan, { id, field, value }) =>
    produce(plan, (draft) => {
      const need = draft.needs.find((candidate) => candidate.id === id);
      if (need) (need as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ id, field }) => (typedNeedFields.includes(field) ? `${id}:${field}` : null),
});

/** Removes a need and every link to it, so no outcome or service points at nothing. */
export const removeNeed = defineCommand<{ id: string }>({
  id: 'need.remove',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.needs = draft.needs.filter((need) => need.id !== id);
      detachReferences(draft, { needs: [id] });
    }),
});

export const addExistingService = defineCommand<{ service: ExistingService }>({
  id: 'existing-service.add',
  apply: (plan, { service }) =>
    produce(plan, (draft) => {
      draft.existingServices.push(service);
    }),
});

/**
 * Only the kind and the operating partner are chosen from a list; the other fields are typed. A
 * value the file could not hold (a text too long, a figure out of bounds or not whole) or a
 * partner the plan does not have leaves the plan as it was: the field says what is wrong.
 * Choosing a partner clears the operator typed by name, so the file names one operator.
 */
export const setExistingServiceField = defineCommand<{ id: string } & FieldEdit<ExistingService>>({
  id: 'existing-service.set-field',
  apply: (plan, { id, field, value }) => {
    if (!ExistingServiceSchema.shape[field].safeParse(value).success) return plan;
    if (isFigure(field) && figureProblem(field, value as number | null) !== null) return plan;
    if (field === 'partnerId' && value !== null && !plan.partners.some((partner) => partner.id === value)) return plan;
    return produce(plan, (draft) => {
      const service = draft.existingServices.find((candidate) => candidate.id === id);
      if (!service) return;
      (service as Record<string, unknown>)[field] = value;
      if (field === 'partnerId' && value !== null) service.operator = '';
    });
  },
  mergeKey: ({ id, field }) => (field === 'kind' || field === 'partnerId' ? null : `${id}:${field}`),
});

export const removeExistingService = defineCommand<{ id: string }>({
  id: 'existing-service.remove',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.existingServices = draft.existingServices.filter((service) => service.id !== id);
      detachReferences(draft, { existingServices: [id] });
    }),
});

export const addSurvey = defineCommand<{ survey: Survey }>({
  id: 'survey.add',
  apply: (plan, { survey }) =>
    produce(plan, (draft) => {
      draft.surveys.push(survey);
    }),
});

export const removeSurvey = defineCommand<{ id: string }>({
  id: 'survey.remove',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.surveys = draft.surveys.filter((survey) => survey.id !== id);
    }),
});
