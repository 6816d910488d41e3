import { afterEach, describe, expect, it } from 'vitest';
import { takeMergedPlan } from '@shared/commands/merge-commands.ts';
import { setDetail } from '@shared/commands/plan-commands.ts';
import { withMergeRecorded, withVersionRecorded, type Recording } from '@shared/history/record-version.ts';
import { headVersion } from '@shared/history/version-history.ts';
import { mergePlans } from '@shared/merge/merge-plans.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { newRecoveryKey, usePlanStore } from '@renderer/state/plan-store.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

let counter = 0;
const recording = (): Recording => ({ newVersionId: () => `v-${++counter}`, author: 'א', at: '2027-01-05T09:00:00.000Z', language: 'he' });
const current = () => usePlanStore.getState().document!.plan;

afterEach(() => usePlanStore.setState({ document: null, session: null, past: [], future: [] }));

/** A plan saved once, opened; and their copy, saved from the same version with another budget. */
function openedWithTheirCopy(): { saved: Plan; theirs: Plan } {
  const saved = withVersionRecorded(samplePlan(validSampleName), null, recording());
  usePlanStore.getState().load({ plan: saved, path: 'a.tamhil', name: 'a', revision: 'r1', savedPlan: saved, recoveryKey: newRecoveryKey() });
  const theirs = withVersionRecorded(setDetail(saved, { field: 'communityBudget', value: 5_300_000 }), saved, recording());
  return { saved, theirs };
}

function mergeIn(saved: Plan, theirs: Plan): void {
  const outcome = mergePlans(saved, current(), theirs);
  if (outcome.status !== 'merged') throw new Error('refused');
  const resolved = resolveMerge(outcome, new Map());
  if (resolved.status !== 'resolved') throw new Error(resolved.status);
  usePlanStore.getState().perform(takeMergedPlan, { merged: withMergeRecorded(resolved.plan, current(), theirs, recording()) });
}

describe('undoing a merge not saved yet', () => {
  it('takes its version out of the history with it, so merging the same copy again brings its changes in again', () => {
    const { saved, theirs } = openedWithTheirCopy();
    mergeIn(saved, theirs);
    expect(current().details.communityBudget).toBe(5_300_000);
    expect(headVersion(current())!.parents).toHaveLength(2);
    usePlanStore.getState().undo();
    expect(current().details.communityBudget).toBe(saved.details.communityBudget);
    expect(current().history).toBe(saved.history);
    mergeIn(saved, theirs);
    expect(current().details.communityBudget).toBe(5_300_000);
  });

  it('brings the merge’s version back with its redo', () => {
    const { saved, theirs } = openedWithTheirCopy();
    mergeIn(saved, theirs);
    const merged = current();
    usePlanStore.getState().undo();
    usePlanStore.getState().redo();
    expect(current().history).toBe(merged.history);
  });
});
