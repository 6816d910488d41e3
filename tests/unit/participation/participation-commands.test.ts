import { describe, expect, it } from 'vitest';
import { removeNeed } from '@shared/commands/assessment-commands.ts';
import {
  addActivity,
  addFinding,
  findingToNeed,
  removeActivity,
  removeFinding,
  setActivityField,
  setAttendanceByBand,
  setAttendanceByGroup,
  setAttendanceTotal,
  setFindingText,
} from '@shared/commands/participation-commands.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { needEvidence } from '@shared/participation/need-evidence.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';
import { danglingReferences } from '../../helpers/dangling-references.ts';
import { buildActivity } from './activity-builder.ts';

const lonely = { id: 'finding-1', text: 'בערבים ובשבתות אין לאן ללכת, והבדידות קשה', needId: null };
const transport = { id: 'finding-2', text: 'אין הסעה למועדון מהשכונות המרוחקות', needId: null };
const focusGroup = buildActivity({
  id: 'fg-1',
  title: 'קבוצת מיקוד: גרים לבד',
  date: '2026-03-12',
  invitedGroups: ['living-alone', 'russian-speakers'],
  findings: [lonely, transport],
});

describe('the participation log', () => {
  it('adds an activity and edits its fields, merging typing but not a choice', () => {
    let plan = addActivity(buildPlan(), { activity: buildActivity() });
    plan = setActivityField(plan, { id: 'activity-1', field: 'place', value: 'מועדון הוותיקים, רחוב הדקל' });
    plan = setActivityField(plan, { id: 'activity-1', field: 'invitedGroups', value: ['caregivers'] });
    plan = setActivityField(plan, { id: 'activity-1', field: 'materials', value: ['מדריך המנחה.docx'] });
    expect(plan.activities[0]).toMatchObject({ place: 'מועדון הוותיקים, רחוב הדקל', invitedGroups: ['caregivers'], materials: ['מדריך המנחה.docx'] });
    expect(setActivityField.mergeKey({ id: 'activity-1', field: 'place', value: '' })).toBe('activity-1:place');
    expect(setActivityField.mergeKey({ id: 'activity-1', field: 'kind', value: 'survey' })).toBeNull();
    expect(setActivityField.mergeKey({ id: 'activity-1', field: 'partnerIds', value: [] })).toBeNull();
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('records attendance in all, by age band and by group, and forgets a count set back to unknown', () => {
    let plan = addActivity(buildPlan(), { activity: buildActivity() });
    plan = setAttendanceTotal(plan, { id: 'activity-1', total: 14 });
    plan = setAttendanceByBand(plan, { id: 'activity-1', bandId: 'band-75', count: 9 });
    plan = setAttendanceByGroup(plan, { id: 'activity-1', group: 'living-alone', count: 8 });
    plan = setAttendanceByGroup(plan, { id: 'activity-1', group: 'caregivers', count: 3 });
    plan = setAttendanceByGroup(plan, { id: 'activity-1', group: 'living-alone', count: 10 });
    expect(plan.activities[0]!.attendance).toEqual({
      total: 14,
      byAgeBand: [{ bandId: 'band-75', count: 9 }],
      byGroup: [
        { group: 'caregivers', count: 3 },
        { group: 'living-alone', count: 10 },
      ],
    });
    plan = setAttendanceByGroup(plan, { id: 'activity-1', group: 'caregivers', count: null });
    plan = setAttendanceTotal(plan, { id: 'activity-1', total: null });
    expect(plan.activities[0]!.attendance).toMatchObject({ total: null, byGroup: [{ group: 'living-alone', count: 10 }] });
  });

  it('adds, edits and removes findings', () => {
    let plan = addActivity(buildPlan(), { activity: buildActivity() });
    plan = addFinding(plan, { activityId: 'activity-1', finding: lonely });
    plan = setFindingText(plan, { activityId: 'activity-1', findingId: 'finding-1', text: 'בדידות בערבים' });
    expect(plan.activities[0]!.findings).toEqual([{ ...lonely, text: 'בדידות בערבים' }]);
    expect(removeFinding(plan, { activityId: 'activity-1', findingId: 'finding-1' }).activities[0]!.findings).toEqual([]);
  });
});

describe('a finding becoming a need', () => {
  const plan = buildPlan({ activities: [focusGroup] });

  it('adds the need with the finding\'s text, the activity\'s source, groups and date, and links the finding to it, in one step', () => {
    const next = findingToNeed(plan, { activityId: 'fg-1', findingId: 'finding-1', needId: 'need-a', language: 'he' });
    expect(next.needs).toEqual([{ id: 'need-a', source: 'focus-group', group: 'גרים לבד ודוברי רוסית', date: '2026-03-12', finding: lonely.text, strength: 3, breadth: 3 }]);
    expect(next.activities[0]!.findings[0]!.needId).toBe('need-a');
    expect(findingToNeed.mergeKey({ activityId: 'fg-1', findingId: 'finding-1', needId: 'need-a', language: 'he' })).toBeNull();
    expect(PlanSchema.safeParse(next).success).toBe(true);
  });

  it('maps each kind of activity to a source of the needs register', () => {
    const sources = (['focus-group', 'round-table', 'online-consultation', 'survey', 'interview', 'home-visit', 'partner-meeting'] as const).map(
      (kind) => findingToNeed(buildPlan({ activities: [{ ...focusGroup, kind }] }), { activityId: 'fg-1', findingId: 'finding-1', needId: 'n', language: 'en' }).needs[0]!.source,
    );
    expect(sources).toEqual(['focus-group', 'round-table', 'survey', 'survey', 'other', 'other', 'other']);
  });

  it('words the need\'s group in English, and leaves it empty when no group was invited', () => {
    expect(findingToNeed(plan, { activityId: 'fg-1', findingId: 'finding-2', needId: 'n', language: 'en' }).needs[0]!.group).toBe('Living alone and Russian speakers');
    const open = buildPlan({ activities: [{ ...focusGroup, invitedGroups: [] }] });
    expect(findingToNeed(open, { activityId: 'fg-1', findingId: 'finding-2', needId: 'n', language: 'he' }).needs[0]!.group).toBe('');
  });

  it('does not make a second need of a finding that already is one', () => {
    const once = findingToNeed(plan, { activityId: 'fg-1', findingId: 'finding-1', needId: 'need-a', language: 'he' });
    expect(findingToNeed(once, { activityId: 'fg-1', findingId: 'finding-1', needId: 'need-b', language: 'he' })).toBe(once);
  });

  it('is read both ways: the finding names its need, and the need finds its evidence from the findings', () => {
    let next = findingToNeed(plan, { activityId: 'fg-1', findingId: 'finding-1', needId: 'need-a', language: 'he' });
    next = findingToNeed(next, { activityId: 'fg-1', findingId: 'finding-2', needId: 'need-b', language: 'he' });
    expect(needEvidence(next, 'need-a').map(({ activity, finding }) => [activity.id, finding.id])).toEqual([['fg-1', 'finding-1']]);
    expect(needEvidence(next, 'need-b').map(({ finding }) => finding.text)).toEqual([transport.text]);
    expect(needEvidence(next, 'need-x')).toEqual([]);
  });

  it('keeps the finding when its need is removed, linked to nothing', () => {
    const next = removeNeed(findingToNeed(plan, { activityId: 'fg-1', findingId: 'finding-1', needId: 'need-a', language: 'he' }), { id: 'need-a' });
    expect(next.needs).toEqual([]);
    expect(next.activities[0]!.findings[0]).toEqual(lonely);
    expect(danglingReferences(next)).toEqual([]);
  });

  it('keeps the needs when their activity is removed, with no evidence left and no answer linked to the activity', () => {
    let next = findingToNeed(plan, { activityId: 'fg-1', findingId: 'finding-1', needId: 'need-a', language: 'he' });
    next = { ...next, stations: { ...next.stations, 'current-state': { ...next.stations['current-state'], answers: [{ questionId: 'q', text: '', answeredBy: '', answeredAt: '', links: [{ kind: 'activity', id: 'fg-1' }, { kind: 'need', id: 'need-a' }] }] } } };
    const removed = removeActivity(next, { id: 'fg-1' });
    expect(removed.activities).toEqual([]);
    expect(removed.needs.map((need) => need.id)).toEqual(['need-a']);
    expect(needEvidence(removed, 'need-a')).toEqual([]);
    expect(removed.stations['current-state'].answers[0]!.links).toEqual([{ kind: 'need', id: 'need-a' }]);
    expect(danglingReferences(removed)).toEqual([]);
  });
});
