import { produce, type Draft } from 'immer';
import type { heardGroups, Plan } from '../model/plan-schema.ts';
import type { Language } from '../model/localized-text.ts';
import { detachReferences } from '../links/detach-references.ts';
import { needFromFinding } from '../participation/need-from-finding.ts';
import { defineCommand } from './define-command.ts';
import type { FieldEdit } from './editable.ts';

type Activity = Plan['activities'][number];
type Finding = Activity['findings'][number];
type HeardGroup = (typeof heardGroups)[number];

const activityIn = (draft: Draft<Plan>, id: string) => draft.activities.find((activity) => activity.id === id);
const findingIn = (draft: Draft<Plan>, activityId: string, findingId: string) => activityIn(draft, activityId)?.findings.find((finding) => finding.id === findingId);

export const addActivity = defineCommand<{ activity: Activity }>({
  id: 'activity.add',
  apply: (plan, { activity }) =>
    produce(plan, (draft) => {
      draft.activities.push(activity);
    }),
});

/** Activities read from a table, taken in as one step, so one undo takes the whole import back. */
export const addActivities = defineCommand<{ activities: Activity[] }>({
  id: 'activity.add-many',
  apply: (plan, { activities }) =>
    produce(plan, (draft) => {
      draft.activities.push(...activities);
    }),
});

/** Typed fields merge while typing; a choice (the kind, a group ticked, a partner ticked) is a step of its own. */
const typedActivityFields: readonly string[] = ['title', 'date', 'place', 'facilitators', 'materials'] satisfies (keyof Activity)[];

/** Attendance and findings have commands of their own. */
export const setActivityField = defineCommand<{ id: string } & FieldEdit<Activity, 'attendance' | 'findings'>>({
  id: 'activity.set-field',
  apply: (plan, { id, field, value }) =>
    produce(plan, (draft) => {
      const activity = activityIn(draft, id);
      if (activity) (activity as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ id, field }) => (typedActivityFields.includes(field) ? `${id}:${field}` : null),
});

/** Removing an activity keeps the needs its findings became; answers that rested on it lose the link. */
export const removeActivity = defineCommand<{ id: string }>({
  id: 'activity.remove',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.activities = draft.activities.filter((activity) => activity.id !== id);
      detachReferences(draft, { activities: [id] });
    }),
});

export const setAttendanceTotal = defineCommand<{ id: string; total: number | null }>({
  id: 'activity.set-attendance-total',
  apply: (plan, { id, total }) =>
    produce(plan, (draft) => {
      const activity = activityIn(draft, id);
      if (activity) activity.attendance.total = total;
    }),
  mergeKey: ({ id }) => `${id}:total`,
});

/** The number who came of one age band; null when it is not known, which drops the entry. */
export const setAttendanceByBand = defineCommand<{ id: string; bandId: string; count: number | null }>({
  id: 'activity.set-attendance-by-band',
  apply: (plan, { id, bandId, count }) =>
    produce(plan, (draft) => {
      const activity = activityIn(draft, id);
      if (!activity) return;
      const others = activity.attendance.byAgeBand.filter((entry) => entry.bandId !== bandId);
      activity.attendance.byAgeBand = count === null ? others : [...others, { bandId, count }];
    }),
  mergeKey: ({ id, bandId }) => `${id}:band:${bandId}`,
});

/** The number who came of one heard group; null when it is not known, which drops the entry. */
export const setAttendanceByGroup = defineCommand<{ id: string; group: HeardGroup; count: number | null }>({
  id: 'activity.set-attendance-by-group',
  apply: (plan, { id, group, count }) =>
    produce(plan, (draft) => {
      const activity = activityIn(draft, id);
      if (!activity) return;
      const others = activity.attendance.byGroup.filter((entry) => entry.group !== group);
      activity.attendance.byGroup = count === null ? others : [...others, { group, count }];
    }),
  mergeKey: ({ id, group }) => `${id}:group:${group}`,
});

export const addFinding = defineCommand<{ activityId: string; finding: Finding }>({
  id: 'activity.add-finding',
  apply: (plan, { activityId, finding }) =>
    produce(plan, (draft) => {
      activityIn(draft, activityId)?.findings.push(finding);
    }),
});

export const setFindingText = defineCommand<{ activityId: string; findingId: string; text: string }>({
  id: 'activity.set-finding-text',
  apply: (plan, { activityId, findingId, text }) =>
    produce(plan, (draft) => {
      const finding = findingIn(draft, activityId, findingId);
      if (finding) finding.text = text;
    }),
  mergeKey: ({ findingId }) => `finding:${findingId}`,
});

/** The need a finding became stays in the register: it was heard, whatever happens to the note of it. */
export const removeFinding = defineCommand<{ activityId: string; findingId: string }>({
  id: 'activity.remove-finding',
  apply: (plan, { activityId, findingId }) =>
    produce(plan, (draft) => {
      const activity = activityIn(draft, activityId);
      if (activity) activity.findings = activity.findings.filter((finding) => finding.id !== findingId);
    }),
});

/**
 * A finding becomes a need of the needs register, and the finding points at it: one step, one
 * undo. The need's group is worded from the invited groups in the team's language. A finding
 * that already became a need stays as it is.
 */
export const findingToNeed = defineCommand<{ activityId: string; findingId: string; needId: string; language: Language }>({
  id: 'activity.finding-to-need',
  apply: (plan, { activityId, findingId, needId, language }) =>
    produce(plan, (draft) => {
      const activity = activityIn(draft, activityId);
      const finding = activity?.findings.find((candidate) => candidate.id === findingId);
      if (!activity || !finding || finding.needId !== null) return;
      draft.needs.push({ id: needId, ...needFromFinding(activity, finding.text, language) });
      finding.needId = needId;
    }),
});
