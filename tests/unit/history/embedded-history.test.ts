import { describe, expect, it } from 'vitest';
import { withVersionRecorded } from '@shared/history/record-version.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { embeddedPlanText } from '@shared/xlsx/embedded-plan.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

describe('the plan carried in a workbook', () => {
  it('keeps the history’s versions but not their copies', () => {
    const plan = withVersionRecorded(samplePlan(validSampleName), null, { newVersionId: () => 'v-1', author: 'נועה', at: '2027-01-05T09:00:00.000Z', language: 'he' });
    expect(plan.history.bases).toHaveLength(1);
    const text = embeddedPlanText(plan);
    const read = readPlan(text);
    if (!read.ok) throw new Error('the embedded plan does not read back');
    expect(read.plan.history.versions.map((version) => version.id)).toEqual(['v-1']);
    expect(read.plan.history.bases).toEqual([]);
    expect(read.plan.history.deltas).toEqual([]);
    expect(text.length).toBeLessThan(JSON.stringify(plan).length / 1.5);
  });
});
