import { produce } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import type { Quarter } from '../implementation/quarter-monitoring.ts';
import type { FieldEdit } from './editable.ts';
import { defineCommand } from './define-command.ts';

export type WorkItem = Plan['implementation'][number];

export function blankWorkItem(serviceId: string): WorkItem {
  return { serviceId, owner: '', ownerPartnerId: null, partnerIds: [], start: null, end: null, milestones: [], indicatorIds: [], quarterlyTargets: [], indicatorActuals: [], risks: [], actuals: [] };
}

const workItemOf = (plan: Plan, serviceId: string): WorkItem => plan.implementation.find((item) => item.serviceId === serviceId) ?? blankWorkItem(serviceId);

/** The owner and dates are typed; the lists are edited an entry at a time by the commands below, or added to and taken from a step each. */
const typedWorkItemFields: readonly string[] = ['owner', 'start', 'end'] satisfies (keyof WorkItem)[];

/** Edits one field of a service's work plan, starting the work plan if the service has none yet. */
export const setWorkItemField = defineCommand<{ serviceId: string } & FieldEdit<WorkItem, 'serviceId'>>({
  id: 'work-plan.set-field',
  apply: (plan, { serviceId, field, value }) =>
    produce(plan, (draft) => {
      let item = draft.implementation.find((candidate) => candidate.serviceId === serviceId);
      if (!item) {
        item = blankWorkItem(serviceId);
        draft.implementation.push(item);
        item = draft.implementation[draft.implementation.length - 1]!;
      }
      (item as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ serviceId, field }) => (typedWorkItemFields.includes(field) ? `${serviceId}:${field}` : null),
});

/** A quarter's milestone: typing its text is one step; ticking it done is a step of its own. A milestone with neither is dropped. */
export const setWorkMilestone = defineCommand<{ serviceId: string; quarter: Quarter; change: { text: string } | { done: boolean } }>({
  id: 'work-plan.set-milestone',
  apply: (plan, { serviceId, quarter, change }) => {
    const milestones = workItemOf(plan, serviceId).milestones;
    const next = { ...(milestones.find((milestone) => milestone.quarter === quarter) ?? { quarter, text: '', done: false }), ...change };
    const others = milestones.filter((milestone) => milestone.quarter !== quarter);
    const value = next.text === '' && !next.done ? others : [...others, next].sort((a, b) => a.quarter - b.quarter);
    return setWorkItemField(plan, { serviceId, field: 'milestones', value });
  },
  mergeKey: ({ serviceId, quarter, change }) => ('text' in change ? `${serviceId}:${quarter}` : null),
});

/** Types the risk or its mitigation in one of a service's risks. */
export const setRiskText = defineCommand<{ serviceId: string; index: number; field: 'risk' | 'mitigation'; text: string }>({
  id: 'work-plan.set-risk',
  apply: (plan, { serviceId, index, field, text }) => {
    const risks = workItemOf(plan, serviceId).risks;
    if (!risks[index]) return plan;
    return setWorkItemField(plan, { serviceId, field: 'risks', value: risks.map((entry, position) => (position === index ? { ...entry, [field]: text } : entry)) });
  },
  mergeKey: ({ serviceId, index, field }) => `${serviceId}:${index}:${field}`,
});

/** What was spent or how many were reached in a quarter; null clears it, and a quarter with neither is dropped. */
export const setQuarterActual = defineCommand<{ serviceId: string; quarter: Quarter; field: 'spent' | 'participants'; value: number | null }>({
  id: 'work-plan.set-actual',
  apply: (plan, { serviceId, quarter, field, value }) => {
    const actuals = workItemOf(plan, serviceId).actuals;
    const current = actuals.find((entry) => entry.quarter === quarter);
    const others = actuals.filter((entry) => entry.quarter !== quarter);
    const next = { quarter, spent: current?.spent ?? 0, participants: current?.participants ?? 0, [field]: value ?? 0 };
    const cleared = value === null && (field === 'spent' ? !current?.participants : !current?.spent);
    return setWorkItemField(plan, { serviceId, field: 'actuals', value: cleared ? others : [...others, next].sort((a, b) => a.quarter - b.quarter) });
  },
  mergeKey: ({ serviceId, quarter, field }) => `${serviceId}:${quarter}:${field}`,
});

/** A monitored indicator's target for a quarter, or what it measured then; null clears it. */
export const setIndicatorQuarterValue = defineCommand<{
  serviceId: string;
  indicatorId: string;
  quarter: Quarter;
  field: 'quarterlyTargets' | 'indicatorActuals';
  value: number | null;
}>({
  id: 'work-plan.set-indicator-value',
  apply: (plan, { serviceId, indicatorId, quarter, field, value }) => {
    const others = workItemOf(plan, serviceId)[field].filter((entry) => !(entry.indicatorId === indicatorId && entry.quarter === quarter));
    return setWorkItemField(plan, { serviceId, field, value: value === null ? others : [...others, { indicatorId, quarter, value }] });
  },
  mergeKey: ({ serviceId, indicatorId, quarter, field }) => `${field}:${serviceId}:${indicatorId}:${quarter}`,
});
