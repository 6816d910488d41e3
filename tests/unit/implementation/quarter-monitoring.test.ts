import { describe, expect, it } from 'vitest';
import { activeQuarters, indicatorMonitoring, quarterMonitoring } from '@shared/implementation/quarter-monitoring.ts';
import { removeIndicator } from '@shared/commands/outcome-commands.ts';
import { blankWorkItem, setWorkItemField } from '@shared/commands/work-plan-commands.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';

const year = 2027;
const item = (start: string | null, end: string | null) => ({ ...blankWorkItem('s'), start, end });

describe('the quarters a service runs in', () => {
  it.each([
    [null, null, [1, 2, 3, 4]],
    ['2027-04-01', '2027-09-30', [2, 3]],
    ['2026-10-01', '2027-03-31', [1]],
    ['2027-11-15', '2028-06-30', [4]],
    ['2028-01-01', null, []],
    [null, '2026-12-31', []],
  ])('from %s to %s: %j', (start, end, expected) => {
    expect(activeQuarters(item(start, end), year)).toEqual(expected);
  });
});

describe('planned against actual, by quarter', () => {
  // ₪100,000 a year for 40 participants.
  const base = buildPlan({ details: { year }, services: [buildService({ id: 's', participants: 40, frequency: { unit: 'year', perYear: 1 }, unitCost: 2_500 })] });

  it('spreads the year’s cost over the quarters it runs, to the agora', () => {
    const lines = quarterMonitoring(base, 's');
    expect(lines.map((line) => line.plannedSpend)).toEqual([2_500_000, 2_500_000, 2_500_000, 2_500_000]);
    expect(lines.every((line) => line.plannedParticipants === 40 && line.actualSpend === null && !line.flagged)).toBe(true);
    // Over three quarters the agora that does not divide goes to the first of them.
    const late = setWorkItemField(base, { serviceId: 's', field: 'start', value: '2027-04-01' });
    expect(quarterMonitoring(late, 's').map((line) => line.plannedSpend)).toEqual([0, 3_333_334, 3_333_333, 3_333_333]);
  });

  it('flags a quarter that strays more than a tenth from the plan, and money spent when nothing was planned', () => {
    const withActuals = setWorkItemField(setWorkItemField(base, { serviceId: 's', field: 'end', value: '2027-09-30' }), {
      serviceId: 's',
      field: 'actuals',
      value: [
        { quarter: 1, spent: 33_333.34 * 1.1, participants: 40 },
        { quarter: 2, spent: 33_333.33, participants: 30 },
        { quarter: 4, spent: 500, participants: 0 },
      ],
    });
    const [q1, q2, q3, q4] = quarterMonitoring(withActuals, 's');
    expect(q1!.spendDeviation).toBeCloseTo(0.1, 6);
    expect(q1!.flagged).toBe(false);
    expect(q2!.participantsDeviation).toBe(-0.25);
    expect(q2!.flagged).toBe(true);
    expect(q3!.flagged).toBe(false);
    expect(q4!.plannedSpend).toBe(0);
    expect(q4!.spendDeviation).toBeNull();
    expect(q4!.flagged).toBe(true);
  });

  it('starts a work plan for a service that has none, and edits the one it has', () => {
    const started = setWorkItemField(base, { serviceId: 's', field: 'owner', value: 'רכזת הקהילה' });
    expect(started.implementation).toEqual([{ ...blankWorkItem('s'), owner: 'רכזת הקהילה' }]);
    expect(setWorkItemField(started, { serviceId: 's', field: 'partnerIds', value: ['partner-ngo'] }).implementation).toHaveLength(1);
    expect(quarterMonitoring(base, 'missing')).toEqual([]);
  });
});

describe('indicators against their quarterly targets', () => {
  const item = {
    ...blankWorkItem('s'),
    indicatorIds: ['referrals', 'unmeasured'],
    quarterlyTargets: [
      { indicatorId: 'referrals', quarter: 1, value: 10 },
      { indicatorId: 'referrals', quarter: 2, value: 0 },
      { indicatorId: 'referrals', quarter: 3, value: 40 },
    ],
    indicatorActuals: [
      { indicatorId: 'referrals', quarter: 1, value: 6 },
      { indicatorId: 'referrals', quarter: 2, value: 3 },
      { indicatorId: 'referrals', quarter: 3, value: 43 },
      { indicatorId: 'referrals', quarter: 4, value: 50 },
    ],
  };

  it('flags a measure more than a tenth from its target, either way, and only where both are known', () => {
    const [referrals, unmeasured] = indicatorMonitoring(item);
    expect(referrals!.quarters.map((line) => [line.deviation, line.flagged])).toEqual([
      [-0.4, true],
      [null, false],
      [0.075, false],
      [null, false],
    ]);
    expect(unmeasured!.quarters.every((line) => line.target === null && line.actual === null && !line.flagged)).toBe(true);
    expect(indicatorMonitoring(undefined)).toEqual([]);
  });

  it('forgets an indicator’s measures with the indicator', () => {
    const plan = buildPlan({ outcomes: [{ id: 'o', title: 'ת', description: '', goal: 'belonging', horizon: 'short', needIds: [], leadsTo: [], indicators: [{ id: 'referrals', name: 'הפניות', libraryId: null, unit: '', baseline: null, target: null, source: '', baselineYear: null, milestones: [] }] }], implementation: [item] });
    const removed = removeIndicator(plan, { outcomeId: 'o', id: 'referrals' });
    expect(removed.implementation[0]!.indicatorActuals).toEqual([]);
    expect(removed.implementation[0]!.quarterlyTargets).toEqual([]);
  });
});
