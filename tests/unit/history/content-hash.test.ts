import { describe, expect, it } from 'vitest';
import { withVersionRecorded } from '@shared/history/record-version.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

describe('the content hash and the version history', () => {
  it('leaves the history out, so recording a save does not change the hash it records', () => {
    const plan = samplePlan(validSampleName);
    const recorded = withVersionRecorded(plan, plan, { newVersionId: () => 'v-1', author: 'נועה', at: '2026-12-07T10:00:00.000Z', language: 'he' });
    expect(recorded.history.versions).toHaveLength(1);
    expect(planContentHash(recorded)).toBe(planContentHash(plan));
    expect(recorded.history.versions[0]!.contentHash).toBe(planContentHash(plan));
  });

  it('still changes when what the plan says changes', () => {
    const plan = samplePlan(validSampleName);
    expect(planContentHash({ ...plan, details: { ...plan.details, preparedBy: 'אחר' } })).not.toBe(planContentHash(plan));
  });
});
