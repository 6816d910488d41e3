import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { mergeWithoutAncestor } from '@shared/merge/merge-plans.ts';
import type { MergeResult, Side } from '@shared/merge/merge-result.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';

function compared(mine: Plan, theirs: Plan): MergeResult {
  const outcome = mergeWithoutAncestor(mine, theirs);
  if (outcome.status !== 'merged') throw new Error('refused');
  return outcome;
}

function settled(result: MergeResult, side: Side): Plan {
  const resolved = resolveMerge(result, new Map(result.conflicts.map((conflict) => [conflict.path, { take: side }])));
  if (resolved.status !== 'resolved') throw new Error(resolved.status);
  return resolved.plan;
}

const mine = buildPlan({ services: [buildService({ id: 'club', name: 'מועדון', unitCost: 1_000 }), buildService({ id: 'visits', name: 'ביקורי בית' })] });
const theirs = produce(mine, (draft) => {
  draft.services[0]!.unitCost = 1_200;
  draft.services.splice(1, 1);
  draft.services.push(buildService({ id: 'meals', name: 'ארוחות חמות' }));
  draft.details.communityBudget = 777_000;
});

describe('two copies with no version in common', () => {
  it('takes nothing of theirs unasked: every difference is a conflict with no ancestor value', () => {
    const result = compared(mine, theirs);
    expect(result.fromTheirs).toEqual([]);
    expect(result.conflicts.map((conflict) => conflict.path).sort()).toEqual(['details.communityBudget', 'services[club].unitCost', 'services[meals]', 'services[visits]']);
    expect(result.conflicts.every((conflict) => conflict.base === undefined)).toBe(true);
    expect(planContentHash(result.plan)).toBe(planContentHash(settled(result, 'mine')));
  });

  it('gives mine when every conflict is settled as mine, and theirs when every one is settled as theirs', () => {
    const result = compared(mine, theirs);
    const own = settled(result, 'mine');
    expect(own.services.map((service) => [service.id, service.unitCost])).toEqual(mine.services.map((service) => [service.id, service.unitCost]));
    expect(own.details.communityBudget).toBe(mine.details.communityBudget);
    const all = settled(result, 'theirs');
    expect(all.services.map((service) => service.id)).toEqual(['club', 'meals']);
    expect(all.services[0]!.unitCost).toBe(1_200);
    expect(all.details.communityBudget).toBe(777_000);
  });

  it('keeps both sides’ review acts: with no ancestor, an act one side lacks was never taken out', () => {
    const act = { act: 'submit' as const, role: 'team' as const, by: 'רכזת', at: '2027-01-03T10:00:00.000Z', contentHash: 'a'.repeat(64), note: '', signature: null, publicKey: null };
    const withAct = produce(mine, (draft) => void draft.review.log.push(act));
    const result = compared(withAct, theirs);
    expect(result.plan.review.log).toEqual([act]);
  });

  it('says nothing when the two copies say the same', () => {
    const result = compared(mine, produce(mine, () => undefined));
    expect(result.conflicts).toEqual([]);
    expect(result.fromTheirs).toEqual([]);
  });
});

describe('another plan merged in, once the user agreed', () => {
  it('keeps the open plan’s id, and does not ask about it', () => {
    const another = produce(mine, (draft) => {
      draft.id = 'another-plan';
      draft.details.communityBudget = 900_000;
    });
    expect(mergeWithoutAncestor(mine, another)).toEqual({ status: 'refused', mismatches: ['plan-id'] });
    const outcome = mergeWithoutAncestor(mine, another, { differentPlans: true });
    if (outcome.status !== 'merged') throw new Error('refused');
    expect(outcome.conflicts.map((conflict) => conflict.path)).toEqual(['details.communityBudget']);
    expect(settled(outcome, 'theirs')).toMatchObject({ id: mine.id, details: { communityBudget: 900_000 } });
  });
});
