import { describe, expect, it } from 'vitest';
import { addNeed, removeNeed, setNeedField } from '@shared/commands/assessment-commands.ts';
import { linksTo } from '@shared/links/plan-links.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';

describe('the needs register', () => {
  it('tells what links to a need, and deleting it leaves no outcome or service pointing at nothing', () => {
    const plan = samplePlan(validSampleName);
    const need = plan.needs[0]!;
    const links = linksTo(plan, { kind: 'need', id: need.id });
    const expected = [
      ...plan.outcomes.filter((outcome) => outcome.needIds.includes(need.id)).map((outcome) => ({ kind: 'outcome', id: outcome.id, name: outcome.title })),
      ...plan.services.filter((service) => service.needIds.includes(need.id)).map((service) => ({ kind: 'service', id: service.id, name: service.name })),
    ];
    expect(links).toEqual(expected);
    expect(links.length).toBeGreaterThan(0);
    const removed = removeNeed(plan, { id: need.id });
    expect(removed.needs.map((entry) => entry.id)).not.toContain(need.id);
    expect(linksTo(removed, { kind: 'need', id: need.id })).toEqual([]);
    expect(PlanSchema.safeParse(removed).success).toBe(true);
  });

  it('adds a finding and edits its fields', () => {
    let plan = samplePlan(validSampleName);
    plan = addNeed(plan, { need: { id: 'need-new', source: 'round-table', group: 'מטפלים עיקריים', date: null, finding: '', strength: 3, breadth: 3 } });
    plan = setNeedField(plan, { id: 'need-new', field: 'finding', value: 'מטפלים עיקריים שחוקים ואינם מכירים את זכויותיהם' });
    plan = setNeedField(plan, { id: 'need-new', field: 'strength', value: 5 });
    expect(plan.needs.at(-1)).toMatchObject({ finding: 'מטפלים עיקריים שחוקים ואינם מכירים את זכויותיהם', strength: 5 });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });
});
