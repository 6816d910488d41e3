import { describe, expect, it } from 'vitest';
import { commonAncestor } from '@shared/history/common-ancestor.ts';
import { withMergeRecorded, withVersionRecorded, type Recording } from '@shared/history/record-version.ts';
import { headVersion } from '@shared/history/version-history.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

let counter = 0;
const recording: Recording = { newVersionId: () => `v-${++counter}`, author: 'א', at: '2026-12-07T10:00:00.000Z', language: 'he' };
const edited = (plan: Plan, preparedBy: string): Plan => withVersionRecorded({ ...plan, details: { ...plan.details, preparedBy } }, plan, recording);

describe('the common ancestor of two copies', () => {
  it('is the version both copies were saved from, with its kept copy', () => {
    const start = edited(samplePlan(validSampleName), 'start');
    const mine = edited(edited(start, 'mine 1'), 'mine 2');
    const theirs = edited(start, 'theirs');
    const found = commonAncestor(mine, theirs);
    expect(found.version?.id).toBe(headVersion(start)!.id);
    expect(found.base && planContentHash(found.base as Plan)).toBe(headVersion(start)!.contentHash);
  });

  it('is the version two copies parted at by mail, however many times each side saved since', () => {
    const start = edited(samplePlan(validSampleName), 'start');
    let mine = start;
    let theirs = start;
    for (let save = 0; save < 12; save++) {
      mine = edited(mine, `mine ${save}`);
      theirs = edited(theirs, `theirs ${save}`);
    }
    const found = commonAncestor(mine, theirs);
    expect(found.version?.id).toBe(headVersion(start)!.id);
    expect(found.base && planContentHash(found.base as Plan)).toBe(headVersion(start)!.contentHash);
  });

  it('is found in the other file when this one can no longer show it', () => {
    const start = edited(samplePlan(validSampleName), 'start');
    let mine = start;
    for (let save = 0; save < 5; save++) mine = edited(mine, `mine ${save}`);
    const startId = headVersion(start)!.id;
    const damaged: Plan = { ...mine, history: { ...mine.history, deltas: mine.history.deltas.filter((entry) => entry.versionId !== startId) } };
    const theirs = edited(start, 'theirs');
    expect(commonAncestor(damaged, theirs).base).not.toBeNull();
    expect(commonAncestor(damaged, { ...theirs, history: { ...theirs.history, deltas: [] } }).base).toBeNull();
  });

  it('is the merged side after a merge, however much each side saved since', () => {
    const start = edited(samplePlan(validSampleName), 'start');
    const theirs = edited(start, 'theirs');
    const merged = withMergeRecorded({ ...start, details: { ...start.details, preparedBy: 'theirs' } }, edited(start, 'mine'), theirs, recording);
    let mine = merged;
    let theirsLater = theirs;
    for (let save = 0; save < 5; save++) {
      mine = edited(mine, `mine ${save}`);
      theirsLater = edited(theirsLater, `theirs ${save}`);
    }
    const found = commonAncestor(mine, theirsLater);
    expect(found.version?.id).toBe(headVersion(theirs)!.id);
    expect(found.base).not.toBeNull();
  });

  it('is none for copies that share no version', () => {
    const plan = samplePlan(validSampleName);
    expect(commonAncestor(edited(plan, 'a'), edited(plan, 'b'))).toEqual({ version: null, base: null });
    expect(commonAncestor(plan, edited(plan, 'b'))).toEqual({ version: null, base: null });
  });
});
