import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { canonicalJson } from '@shared/review/canonical-json.ts';
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

describe('the content hash across the upgrade to version 4', () => {
  it('is the hash version 3 gave the same content, so a plan approved then is not read as changed', () => {
    const plan = samplePlan(validSampleName);
    const { review: _review, history: _history, ...content } = evaluatePlan(plan).plan;
    const version3Hash = bytesToHex(sha256(utf8ToBytes(canonicalJson({ ...content, schemaVersion: 3 }))));
    expect(planContentHash(plan)).toBe(version3Hash);
  });
});
