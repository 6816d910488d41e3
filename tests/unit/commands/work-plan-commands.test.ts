import { describe, expect, it } from 'vitest';
import { blankWorkItem, setIndicatorQuarterValue, setQuarterActual, setRiskText, setWorkItemField, setWorkMilestone } from '@shared/commands/work-plan-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';

const plan = buildPlan({ services: [buildService({ id: 's' })] });
const item = (edited: Plan) => edited.implementation.find((entry) => entry.serviceId === 's')!;

describe('editing one entry of a service’s work plan', () => {
  it('starts the work plan when the first entry is typed', () => {
    expect(plan.implementation).toEqual([]);
    expect(item(setWorkMilestone(plan, { serviceId: 's', quarter: 2, change: { text: 'פתיחה' } }))).toEqual({
      ...blankWorkItem('s'),
      milestones: [{ quarter: 2, text: 'פתיחה', done: false }],
    });
  });

  it('keeps the milestones in quarter order, and drops one left with no text that is not done', () => {
    let edited = setWorkMilestone(plan, { serviceId: 's', quarter: 3, change: { text: 'ג' } });
    edited = setWorkMilestone(edited, { serviceId: 's', quarter: 1, change: { done: true } });
    expect(item(edited).milestones).toEqual([{ quarter: 1, text: '', done: true }, { quarter: 3, text: 'ג', done: false }]);
    edited = setWorkMilestone(edited, { serviceId: 's', quarter: 1, change: { done: false } });
    expect(item(edited).milestones.map((milestone) => milestone.quarter)).toEqual([3]);
  });

  it('types the risk or its mitigation in one risk, and ignores a risk that is not there', () => {
    const withRisks = setWorkItemField(plan, { serviceId: 's', field: 'risks', value: [{ risk: '', mitigation: '' }, { risk: 'ב', mitigation: '' }] });
    const typed = setRiskText(withRisks, { serviceId: 's', index: 1, field: 'mitigation', text: 'גיבוי' });
    expect(item(typed).risks).toEqual([{ risk: '', mitigation: '' }, { risk: 'ב', mitigation: 'גיבוי' }]);
    expect(setRiskText(withRisks, { serviceId: 's', index: 5, field: 'risk', text: 'א' })).toBe(withRisks);
  });

  it('records a quarter’s spending and reach, and drops the quarter when both are cleared', () => {
    let edited = setQuarterActual(plan, { serviceId: 's', quarter: 2, field: 'spent', value: 1_000 });
    edited = setQuarterActual(edited, { serviceId: 's', quarter: 1, field: 'participants', value: 12 });
    expect(item(edited).actuals).toEqual([{ quarter: 1, spent: 0, participants: 12 }, { quarter: 2, spent: 1_000, participants: 0 }]);
    edited = setQuarterActual(edited, { serviceId: 's', quarter: 2, field: 'spent', value: null });
    expect(item(edited).actuals.map((entry) => entry.quarter)).toEqual([1]);
  });

  it('sets and clears an indicator’s target or measure for one quarter', () => {
    let edited = setIndicatorQuarterValue(plan, { serviceId: 's', indicatorId: 'i', quarter: 1, field: 'quarterlyTargets', value: 40 });
    edited = setIndicatorQuarterValue(edited, { serviceId: 's', indicatorId: 'i', quarter: 1, field: 'quarterlyTargets', value: 45 });
    edited = setIndicatorQuarterValue(edited, { serviceId: 's', indicatorId: 'i', quarter: 1, field: 'indicatorActuals', value: 38 });
    expect(item(edited).quarterlyTargets).toEqual([{ indicatorId: 'i', quarter: 1, value: 45 }]);
    expect(item(edited).indicatorActuals).toEqual([{ indicatorId: 'i', quarter: 1, value: 38 }]);
    edited = setIndicatorQuarterValue(edited, { serviceId: 's', indicatorId: 'i', quarter: 1, field: 'quarterlyTargets', value: null });
    expect(item(edited).quarterlyTargets).toEqual([]);
  });
});
