import { produce } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import type { FieldEdit } from './editable.ts';
import type { PlanCommand } from './plan-commands.ts';

export type WorkItem = Plan['implementation'][number];

export function blankWorkItem(serviceId: string): WorkItem {
  return { serviceId, owner: '', partners: [], start: null, end: null, milestones: [], indicatorIds: [], quarterlyTargets: [], indicatorActuals: [], risks: [], actuals: [] };
}

/** Edits one field of a service's work plan, starting the work plan if the service has none yet. */
export const setWorkItemField: PlanCommand<{ serviceId: string } & FieldEdit<WorkItem, 'serviceId'>> = (plan, { serviceId, field, value }) =>
  produce(plan, (draft) => {
    let item = draft.implementation.find((candidate) => candidate.serviceId === serviceId);
    if (!item) {
      item = blankWorkItem(serviceId);
      draft.implementation.push(item);
      item = draft.implementation[draft.implementation.length - 1]!;
    }
    (item as Record<string, unknown>)[field] = value;
  });
