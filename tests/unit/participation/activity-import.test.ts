import { describe, expect, it } from 'vitest';
import { readActivities } from '@shared/participation/activity-import.ts';
import { addActivities } from '@shared/commands/participation-commands.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';

describe('a participation log read from a table', () => {
  it('reads each row under the header as an activity, by the log\'s own headers in Hebrew', () => {
    const read = readActivities({
      name: 'יומן',
      rows: [
        ['יומן השיתוף 2026'],
        ['תאריך', 'סוג', 'שם הפעילות', 'מקום או ערוץ', 'הקבוצות שהוזמנו', 'סך המשתתפים', 'גרים לבד', 'דוברי רוסית', 'ממצאים'],
        ['17.02.2026', 'קבוצת מיקוד', 'גילאי 65-74 הגרים לבד', 'הספרייה השכונתית', 'גרים לבד, דוברי רוסית', 12, 9, '4', 'בדידות בסופי שבוע\nמבקשים קבוצה קטנה קרוב לבית'],
        [null, null, null],
        ['2026-04-14', 'Round table', 'שולחן עגול עם השותפים', 'המתנ"ס', '', null, null, null, ''],
      ],
    });
    expect(read.problems).toEqual([]);
    expect(read.activities).toEqual([
      {
        kind: 'focus-group',
        title: 'גילאי 65-74 הגרים לבד',
        date: '2026-02-17',
        place: 'הספרייה השכונתית',
        invitedGroups: ['living-alone', 'russian-speakers'],
        attendance: { total: 12, byAgeBand: [], byGroup: [{ group: 'living-alone', count: 9 }, { group: 'russian-speakers', count: 4 }] },
        partnerIds: [],
        facilitators: '',
        materials: [],
        findings: ['בדידות בסופי שבוע', 'מבקשים קבוצה קטנה קרוב לבית'],
      },
      expect.objectContaining({ kind: 'round-table', date: '2026-04-14', invitedGroups: [], attendance: { total: null, byAgeBand: [], byGroup: [] }, findings: [] }),
    ]);
  });

  it('lists what it cannot read, leaves out a row with no known kind, and keeps the rest of a row', () => {
    const read = readActivities({
      name: 'Log',
      rows: [
        ['Date', 'Kind', 'Activity', 'Groups invited', 'Total attending', 'Caregivers'],
        ['31/02/2026', 'Survey', 'Phone survey', 'Caregivers; pensioners', 'many', -3],
        ['2026-03-01', 'picnic', 'Picnic'],
      ],
    });
    expect(read.activities).toHaveLength(1);
    expect(read.activities[0]).toMatchObject({ kind: 'survey', title: 'Phone survey', date: null, invitedGroups: ['caregivers'], attendance: { total: null, byGroup: [] } });
    expect(read.problems.map(({ row, column, reason, outcome }) => [row, column, reason.code, outcome])).toEqual([
      [2, 'Date', 'not-a-date', 'cell-ignored'],
      [2, 'Total attending', 'not-a-number', 'cell-ignored'],
      [2, 'Groups invited', 'unknown-option', 'cell-ignored'],
      [2, 'Caregivers', 'not-a-number', 'cell-ignored'],
      [3, 'Kind', 'unknown-option', 'row-skipped'],
    ]);
  });

  it('finds no log in a sheet with no column of kinds', () => {
    expect(readActivities({ name: 'x', rows: [['שנה', '55-64'], [2026, 6100]] })).toEqual({ kindColumnFound: false, activities: [], problems: [] });
  });

  it('takes the activities in as one step', () => {
    const { activities } = readActivities({ name: 'יומן', rows: [['סוג', 'ממצאים'], ['ראיון', 'אין מי שיעזור בקניות']] });
    const plan = addActivities(buildPlan(), {
      activities: activities.map((activity, index) => ({ ...activity, id: `a-${index}`, findings: activity.findings.map((text, line) => ({ id: `f-${index}-${line}`, text, needId: null })) })),
    });
    expect(plan.activities.map((activity) => [activity.kind, activity.findings.map((finding) => finding.text)])).toEqual([['interview', ['אין מי שיעזור בקניות']]]);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });
});
