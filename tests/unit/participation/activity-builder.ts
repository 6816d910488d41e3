import type { Plan } from '@shared/model/plan-schema.ts';

type Activity = Plan['activities'][number];

/** A schema-valid focus group with nothing recorded yet but what is given. */
export function buildActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'activity-1',
    kind: 'focus-group',
    title: 'קבוצת מיקוד',
    date: null,
    place: '',
    invitedGroups: [],
    attendance: { total: null, byAgeBand: [], byGroup: [] },
    partnerIds: [],
    facilitators: '',
    materials: [],
    findings: [],
    ...overrides,
  };
}
