import { describe, expect, it } from 'vitest';
import { addIndicator, removeIndicator, removeOutcome, setIndicatorMilestone } from '@shared/commands/outcome-commands.ts';
import { linksTo } from '@shared/links/plan-links.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';

describe('outcomes and their links', () => {
  it('deleting an outcome leaves no service advancing it, no outcome leading to it and no note on it', () => {
    const plan = samplePlan(validSampleName);
    const target = plan.outcomes.find((outcome) => plan.outcomes.some((other) => other.leadsTo.includes(outcome.id))) ?? plan.outcomes[0]!;
    expect(linksTo(plan, { kind: 'outcome', id: target.id }).length).toBeGreaterThan(0);
    const removed = removeOutcome(plan, { id: target.id });
    expect(linksTo(removed, { kind: 'outcome', id: target.id })).toEqual([]);
    expect(removed.logicModelNotes.some((note) => note.nodeId === target.id)).toBe(false);
    expect(PlanSchema.safeParse(removed).success).toBe(true);
  });

  it('adds and removes an indicator, and a work plan stops pointing at a removed one', () => {
    let plan = samplePlan(validSampleName);
    const outcomeId = plan.outcomes[0]!.id;
    plan = addIndicator(plan, { outcomeId, indicator: { id: 'ind-x', name: 'שיעור הנופלים', libraryId: 'falls-past-year', unit: 'אחוז', baseline: 18, target: 12, source: 'סקר', baselineYear: 2026, milestones: [] } });
    plan = { ...plan, implementation: plan.implementation.map((item, index) => (index === 0 ? { ...item, indicatorIds: [...item.indicatorIds, 'ind-x'] } : item)) };
    const removed = removeIndicator(plan, { outcomeId, id: 'ind-x' });
    expect(removed.outcomes[0]!.indicators.some((indicator) => indicator.id === 'ind-x')).toBe(false);
    expect(removed.implementation.flatMap((item) => item.indicatorIds)).not.toContain('ind-x');
  });

  it('edits the date or the value of one milestone of an indicator, and ignores a milestone that is not there', () => {
    let plan = samplePlan(validSampleName);
    const outcomeId = plan.outcomes[0]!.id;
    const milestones = [{ date: '2027-06-30', value: 10 }, { date: '2027-12-31', value: 20 }];
    plan = addIndicator(plan, { outcomeId, indicator: { id: 'ind-m', name: 'מדד', libraryId: null, unit: '', baseline: null, target: null, source: '', baselineYear: null, milestones } });
    const milestonesOf = (edited: typeof plan) => edited.outcomes[0]!.indicators.find((indicator) => indicator.id === 'ind-m')!.milestones;
    expect(milestonesOf(setIndicatorMilestone(plan, { outcomeId, id: 'ind-m', index: 1, change: { value: 25 } }))).toEqual([milestones[0], { date: '2027-12-31', value: 25 }]);
    expect(milestonesOf(setIndicatorMilestone(plan, { outcomeId, id: 'ind-m', index: 0, change: { date: '2027-03-31' } }))).toEqual([{ date: '2027-03-31', value: 10 }, milestones[1]]);
    expect(setIndicatorMilestone(plan, { outcomeId, id: 'ind-m', index: 2, change: { value: 1 } })).toBe(plan);
  });
});
