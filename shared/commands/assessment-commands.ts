import { produce } from 'immer';
import type { ExistingService, Need, Survey } from '../model/plan-schema.ts';
import type { PlanCommand } from './plan-commands.ts';
import type { FieldEdit } from './editable.ts';


export const addNeed: PlanCommand<{ need: Need }> = (plan, { need }) =>
  produce(plan, (draft) => {
    draft.needs.push(need);
  });

export const setNeedField: PlanCommand<{ id: string } & FieldEdit<Need>> = (plan, { id, field, value }) =>
  produce(plan, (draft) => {
    const need = draft.needs.find((candidate) => candidate.id === id);
    if (need) (need as Record<string, unknown>)[field] = value;
  });

/** Removes a need and every link to it, so no outcome or service points at nothing. */
export const removeNeed: PlanCommand<{ id: string }> = (plan, { id }) =>
  produce(plan, (draft) => {
    draft.needs = draft.needs.filter((need) => need.id !== id);
    for (const outcome of draft.outcomes) outcome.needIds = outcome.needIds.filter((needId) => needId !== id);
    for (const service of draft.services) service.needIds = service.needIds.filter((needId) => needId !== id);
  });

export const addExistingService: PlanCommand<{ service: ExistingService }> = (plan, { service }) =>
  produce(plan, (draft) => {
    draft.existingServices.push(service);
  });

export const setExistingServiceField: PlanCommand<{ id: string } & FieldEdit<ExistingService>> = (plan, { id, field, value }) =>
  produce(plan, (draft) => {
    const service = draft.existingServices.find((candidate) => candidate.id === id);
    if (service) (service as Record<string, unknown>)[field] = value;
  });

export const removeExistingService: PlanCommand<{ id: string }> = (plan, { id }) =>
  produce(plan, (draft) => {
    draft.existingServices = draft.existingServices.filter((service) => service.id !== id);
  });

export const addSurvey: PlanCommand<{ survey: Survey }> = (plan, { survey }) =>
  produce(plan, (draft) => {
    draft.surveys.push(survey);
  });

export const removeSurvey: PlanCommand<{ id: string }> = (plan, { id }) =>
  produce(plan, (draft) => {
    draft.surveys = draft.surveys.filter((survey) => survey.id !== id);
  });
