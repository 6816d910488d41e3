import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { removeServices, setBudgetCells } from '@shared/budget/budget-commands.ts';
import { mergePlans } from '@shared/merge/merge-plans.ts';
import type { ConflictChoice, MergeResult } from '@shared/merge/merge-result.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

const phone = 'svc-proactive-phone';
const base = samplePlan(validSampleName);
const removed = removeServices(base, { ids: [phone] });
const changed = setBudgetCells(base, { edits: [{ serviceId: phone, columnId: 'unitCost', input: 2_400 }] });

function merged(mine: Plan, theirs: Plan): MergeResult {
  const outcome = mergePlans(base, mine, theirs);
  if (outcome.status !== 'merged') throw new Error('refused');
  return outcome;
}

function resolved(result: MergeResult, take: ConflictChoice): Plan {
  const outcome = resolveMerge(result, new Map(result.conflicts.map((conflict) => [conflict.path, take])));
  if (outcome.status !== 'resolved') throw new Error(outcome.status);
  return outcome.plan;
}

const workPlanOf = (plan: Plan) => plan.implementation.find((item) => item.serviceId === phone);
const scoresOf = (plan: Plan) => plan.priorities.scores.filter((score) => score.serviceId === phone);

describe('an item kept against the other side’s removal', () => {
  it('comes back with its work plan and scores when theirs kept it and I removed it', () => {
    expect(workPlanOf(removed)).toBeUndefined();
    const result = merged(removed, changed);
    expect(result.conflicts).toMatchObject([{ kind: 'removed-changed', removedBy: 'mine', path: `services[${phone}]` }]);
    const plan = resolved(result, { take: 'theirs' });
    expect(plan.services.find((service) => service.id === phone)?.unitCost).toBe(2_400);
    expect(workPlanOf(plan)).toEqual(workPlanOf(changed));
    expect(scoresOf(plan)).toEqual(scoresOf(changed));
    expect(scoresOf(plan)).toHaveLength(6);
  });

  it('keeps its work plan and scores when I kept it and theirs removed it', () => {
    const plan = resolved(merged(changed, removed), { take: 'mine' });
    expect(workPlanOf(plan)).toEqual(workPlanOf(changed));
    expect(scoresOf(plan)).toEqual(scoresOf(changed));
  });

  it('goes with its work plan and scores when the removal is taken', () => {
    const plan = resolved(merged(removed, changed), { take: 'mine' });
    expect(plan.services.some((service) => service.id === phone)).toBe(false);
    expect(workPlanOf(plan)).toBeUndefined();
    expect(scoresOf(plan)).toEqual([]);
  });

  it('leaves what the rest of the merge decided as it was', () => {
    const alsoChanged = setBudgetCells(removed, { edits: [{ serviceId: 'svc-social-club', columnId: 'participants', input: 131 }] });
    const plan = resolved(merged(alsoChanged, changed), { take: 'theirs' });
    expect(plan.services.find((service) => service.id === 'svc-social-club')?.participants).toBe(131);
    expect(plan.services.map((service) => service.id)).toEqual(changed.services.map((service) => service.id));
  });

  it('leaves its work plan out when the user took its removal in a conflict of its own', () => {
    const edited = produce(changed, (draft) => void (draft.implementation.find((item) => item.serviceId === phone)!.owner = 'רכזת אחרת'));
    const result = merged(removed, edited);
    expect(result.conflicts.map((conflict) => conflict.path).sort()).toEqual([`implementation[${phone}]`, `services[${phone}]`]);
    const outcome = resolveMerge(result, new Map<string, ConflictChoice>([[`services[${phone}]`, { take: 'theirs' }], [`implementation[${phone}]`, { take: 'mine' }]]));
    if (outcome.status !== 'resolved') throw new Error(outcome.status);
    expect(outcome.plan.services.some((service) => service.id === phone)).toBe(true);
    expect(workPlanOf(outcome.plan)).toBeUndefined();
    expect(scoresOf(outcome.plan)).toEqual(scoresOf(changed));
  });
});
