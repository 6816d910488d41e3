import { afterEach, describe, expect, it } from 'vitest';
import { withVersionRecorded } from '@shared/history/record-version.ts';
import { restoreVersion } from '@shared/history/restore-version-command.ts';
import { headVersion } from '@shared/history/version-history.ts';
import { setDetail } from '@shared/commands/plan-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { isDirty, newRecoveryKey, usePlanStore } from '@renderer/state/plan-store.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

let counter = 0;
const save = (plan: Plan, parent: Plan) => withVersionRecorded(plan, parent, { newVersionId: () => `v-${++counter}`, author: 'א', at: '2026-12-07T10:00:00.000Z', language: 'he' });
const open = (plan: Plan) => usePlanStore.getState().load({ plan, path: 'a.tamhil', name: 'a', revision: 'r1', savedPlan: plan, recoveryKey: newRecoveryKey() });
const current = () => usePlanStore.getState().document!.plan;

/** A save as the renderer makes it: recorded, written, then marked saved. */
function saveOpenPlan(): Plan {
  const { document, markSaved } = usePlanStore.getState();
  const plan = save(document!.plan, document!.savedPlan!);
  markSaved({ path: 'a.tamhil', name: 'a', revision: `r-${counter}`, plan, from: document!.plan });
  return plan;
}

afterEach(() => usePlanStore.setState({ document: null, session: null, past: [], future: [] }));

describe('restoring a version and the history in the open plan', () => {
  it('restores a kept version as one undoable step, keeping the review and the history', () => {
    const opened = samplePlan(validSampleName);
    open(opened);
    usePlanStore.getState().perform(setDetail, { field: 'preparedBy', value: 'first' });
    const first = saveOpenPlan();
    usePlanStore.getState().perform(setDetail, { field: 'preparedBy', value: 'second' });
    saveOpenPlan();
    usePlanStore.getState().perform(restoreVersion, { versionId: headVersion(first)!.id });
    expect(current().details.preparedBy).toBe('first');
    expect(current().history.versions).toHaveLength(2);
    expect(planContentHash(current())).toBe(headVersion(first)!.contentHash);
    usePlanStore.getState().undo();
    expect(current().details.preparedBy).toBe('second');
    expect(isDirty(usePlanStore.getState().document)).toBe(false);
  });

  it('records the restore as a new version on the next save, its parent the version last saved', () => {
    open(samplePlan(validSampleName));
    usePlanStore.getState().perform(setDetail, { field: 'preparedBy', value: 'first' });
    const first = saveOpenPlan();
    usePlanStore.getState().perform(setDetail, { field: 'preparedBy', value: 'second' });
    const second = saveOpenPlan();
    usePlanStore.getState().perform(restoreVersion, { versionId: headVersion(first)!.id });
    const third = saveOpenPlan();
    expect(third.history.versions).toHaveLength(3);
    expect(headVersion(third)!.parents).toEqual([headVersion(second)!.id]);
  });

  it('keeps the saves already recorded when an edit is undone after saving', () => {
    open(samplePlan(validSampleName));
    usePlanStore.getState().perform(setDetail, { field: 'preparedBy', value: 'first' });
    const first = saveOpenPlan();
    usePlanStore.getState().undo();
    expect(current().history).toBe(first.history);
    usePlanStore.getState().redo();
    expect(current().history).toBe(first.history);
  });

  it('keeps an edit made while a save was under way, with the saved history', () => {
    open(samplePlan(validSampleName));
    usePlanStore.getState().perform(setDetail, { field: 'preparedBy', value: 'first' });
    const { document, markSaved } = usePlanStore.getState();
    const written = save(document!.plan, document!.savedPlan!);
    usePlanStore.getState().perform(setDetail, { field: 'cluster', value: 'while saving' });
    markSaved({ path: 'a.tamhil', name: 'a', revision: 'r2', plan: written, from: document!.plan });
    expect(current().details.cluster).toBe('while saving');
    expect(current().history).toBe(written.history);
    expect(isDirty(usePlanStore.getState().document)).toBe(true);
  });

  it('leaves the plan as it is for a version whose copy is no longer kept', () => {
    const plan = samplePlan(validSampleName);
    expect(restoreVersion(plan, { versionId: 'gone' })).toBe(plan);
  });
});
