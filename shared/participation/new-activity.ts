import type { Activity } from '../model/plan-schema.ts';

/** An activity the team has just added to the log: a focus group until it says otherwise, nothing recorded yet. */
export function newActivity(id: string): Activity {
  return {
    id,
    kind: 'focus-group',
    title: '',
    date: null,
    place: '',
    invitedGroups: [],
    attendance: { total: null, byAgeBand: [], byGroup: [] },
    partnerIds: [],
    facilitators: '',
    materials: [],
    findings: [],
  };
}
