import { describe, expect, it } from 'vitest';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { submittedSnapshot, submittedPlanOf } from '@shared/review/submitted-plan.ts';
import { withVersionRecorded } from '@shared/history/record-version.ts';
import { planAtVersion } from '@shared/history/version-history.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { overLimitSampleName, sampleJson, samplePlan, sampleText, validSampleName } from '../../helpers/samples.ts';

/** The sample as version 3 wrote it: no history, and a submitted copy of its own version. */
function version3Text(): string {
  const json = sampleJson(validSampleName);
  delete json.history;
  const copy = structuredClone(json);
  json.schemaVersion = 3;
  copy.schemaVersion = 3;
  (json.review as Record<string, unknown>).submittedPlan = { ...copy, review: { ...(copy.review as object), submittedPlan: null, previousSubmittedPlan: null } };
  return JSON.stringify(json, null, 2);
}

describe('the version history in the plan file (schema version 5)', () => {
  it('opens a version 3 file with an empty history, its submitted copy upgraded the same way', () => {
    const result = readPlan(version3Text());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(3);
    expect(result.plan.history).toEqual({ versions: [], bases: [], deltas: [] });
    expect(result.plan.review.submittedPlan?.history).toEqual({ versions: [], bases: [], deltas: [] });
  });

  it.each([validSampleName, overLimitSampleName])('%s is written in version 5 and saves to the same bytes', (name) => {
    const text = sampleText(name);
    expect(sampleJson(name)).toMatchObject({ schemaVersion: 5, history: { versions: [], bases: [], deltas: [] } });
    expect(serializePlan(samplePlan(name))).toBe(text);
  });

  it('opens a version 4 file with the copies it kept, each version still shown as it was', () => {
    const plan = samplePlan(validSampleName);
    const recorded = withVersionRecorded({ ...plan, details: { ...plan.details, preparedBy: 'x' } }, plan, { newVersionId: () => 'v-1', author: 'נועה', at: '2026-12-07T10:00:00.000Z', language: 'he' });
    const json = JSON.parse(serializePlan(recorded));
    json.schemaVersion = 4;
    delete json.history.deltas;
    for (const base of json.history.bases) {
      base.plan.schemaVersion = 4;
      delete base.plan.history.deltas;
    }
    const read = readPlan(JSON.stringify(json));
    expect(read.ok && read.migratedFrom).toBe(4);
    expect(read.ok && planAtVersion(read.plan, 'v-1') && planContentHash(planAtVersion(read.plan, 'v-1')!)).toBe(recorded.history.versions[0]!.contentHash);
  });

  it('writes a recorded history byte-stably, and reads it back as it was', () => {
    const plan = samplePlan(validSampleName);
    const recorded = withVersionRecorded({ ...plan, details: { ...plan.details, preparedBy: 'x' } }, plan, { newVersionId: () => 'v-1', author: 'נועה', at: '2026-12-07T10:00:00.000Z', language: 'he' });
    const text = serializePlan(recorded);
    const read = readPlan(text);
    expect(read.ok && serializePlan(read.plan)).toBe(text);
    expect(read.ok && read.plan.history.versions[0]?.id).toBe('v-1');
  });

  it('keeps no history inside a submitted copy, which still reads back as the plan submitted', () => {
    const plan = withVersionRecorded(samplePlan(validSampleName), null, { newVersionId: () => 'v-1', author: 'א', at: '2026-12-07T10:00:00.000Z', language: 'he' });
    const submitted = { ...plan, review: { ...plan.review, submittedPlan: submittedSnapshot(plan) } };
    const read = readPlan(serializePlan(submitted));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.plan.review.submittedPlan?.history).toEqual({ versions: [], bases: [], deltas: [] });
    expect(submittedPlanOf(read.plan)).not.toBeNull();
  });

  it.each([
    ['a header list longer than the limit', (json: Record<string, unknown>) => ((json.history as { versions: unknown[] }).versions = Array.from({ length: 201 }, (_, index) => ({ id: `v-${index}`, parents: [], author: '', at: '', summary: '', contentHash: '' })))],
    ['a version with three parents', (json: Record<string, unknown>) => ((json.history as { versions: unknown[] }).versions = [{ id: 'v', parents: ['a', 'b', 'c'], author: '', at: '', summary: '', contentHash: '' }])],
    ['a version named like an object property', (json: Record<string, unknown>) => ((json.history as { versions: unknown[] }).versions = [{ id: '__proto__', parents: [], author: '', at: '', summary: '', contentHash: '' }])],
    ['a kept copy that holds a history of its own', (json: Record<string, unknown>) => ((json.history as { bases: unknown[] }).bases = [{ versionId: 'v', plan: structuredClone(sampleJson(validSampleName)) }].map((base) => ({ ...base, plan: { ...base.plan, history: { versions: [{ id: 'x', parents: [], author: '', at: '', summary: '', contentHash: '' }], bases: [] } } })))],
    ['a delta of no known shape', (json: Record<string, unknown>) => ((json.history as { deltas: unknown[] }).deltas = [{ versionId: 'v', against: 'w', delta: { replace: 1 } }])],
    ['a delta setting nothing', (json: Record<string, unknown>) => ((json.history as { deltas: unknown[] }).deltas = [{ versionId: 'v', against: 'w', delta: { fields: { details: {} } } }])],
  ])('refuses %s', (_, damage) => {
    const json = sampleJson(validSampleName);
    damage(json);
    const result = readPlan(JSON.stringify(json));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid');
    expect(!result.ok && 'path' in result.error && result.error.path).toMatch(/^history\./);
  });
});
