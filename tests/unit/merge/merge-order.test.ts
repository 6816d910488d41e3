import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { mergePlans, mergeWithoutAncestor } from '@shared/merge/merge-plans.ts';
import type { MergeResult } from '@shared/merge/merge-result.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';

const base = buildPlan({ services: ['a', 'b', 'c'].map((id) => buildService({ id, name: `שירות ${id}` })) });
const edit = (plan: Plan, change: (draft: Plan) => void) => produce(plan, change);
const moved = (plan: Plan, ids: string[]) => edit(plan, (draft) => void (draft.services = ids.map((id) => draft.services.find((service) => service.id === id)!)));
const ids = (plan: Plan) => plan.services.map((service) => service.id);

function merged(mine: Plan, theirs: Plan): MergeResult {
  const outcome = mergePlans(base, mine, theirs);
  if (outcome.status !== 'merged') throw new Error('refused');
  return outcome;
}

describe('the order of a list in a merge', () => {
  it('takes the order theirs moved items into when mine kept the ancestor’s order', () => {
    const mine = edit(base, (draft) => void (draft.services[0]!.unitCost = 1_234));
    const result = merged(mine, moved(base, ['c', 'a', 'b']));
    expect(ids(result.plan)).toEqual(['c', 'a', 'b']);
    expect(result.plan.services[1]!.unitCost).toBe(1_234);
    expect(result.fromTheirs.map((change) => [change.path, wordMessage('he', change.label)])).toEqual([['services', 'שירותים · סדר הפריטים']]);
    expect(result.conflicts).toEqual([]);
  });

  it('gives the same order either way round', () => {
    const mine = edit(base, (draft) => void (draft.services[0]!.unitCost = 1_234));
    expect(ids(merged(moved(base, ['c', 'a', 'b']), mine).plan)).toEqual(['c', 'a', 'b']);
  });

  it('moves mine’s new items with the item above them, and places theirs’ new items after the item they follow', () => {
    const mine = edit(base, (draft) => void draft.services.splice(1, 0, buildService({ id: 'mine-new' })));
    const theirs = edit(moved(base, ['c', 'a', 'b']), (draft) => void draft.services.push(buildService({ id: 'theirs-new' })));
    expect(ids(merged(mine, theirs).plan)).toEqual(['c', 'a', 'mine-new', 'b', 'theirs-new']);
  });

  it('keeps mine’s order when both sides moved items', () => {
    expect(ids(merged(moved(base, ['b', 'a', 'c']), moved(base, ['c', 'a', 'b'])).plan)).toEqual(['b', 'a', 'c']);
  });

  it('keeps mine’s order when there is no ancestor to tell who moved what', () => {
    const outcome = mergeWithoutAncestor(base, moved(base, ['c', 'a', 'b']));
    expect(outcome.status === 'merged' && ids(outcome.plan)).toEqual(['a', 'b', 'c']);
  });
});
