import { describe, expect, it } from 'vitest';
import { withMergeRecorded, withVersionRecorded, type Recording } from '@shared/history/record-version.ts';
import { headVersion, planAtVersion, planCopyOf } from '@shared/history/version-history.ts';
import { maximumVersionHeaders, PlanSchema, type Plan } from '@shared/model/plan-schema.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

let counter = 0;
const recording = (overrides: Partial<Recording> = {}): Recording => ({
  newVersionId: () => `version-${++counter}`,
  author: 'נועה',
  at: '2026-12-07T10:00:00.000Z',
  language: 'he',
  ...overrides,
});

const withPreparedBy = (plan: Plan, preparedBy: string): Plan => ({ ...plan, details: { ...plan.details, preparedBy } });

/** Saves `plan` as the app does: the version recorded against the plan as last saved. */
function saved(plan: Plan, parent: Plan | null, overrides: Partial<Recording> = {}): Plan {
  return withVersionRecorded(plan, parent, recording(overrides));
}

/** Whether the file can still show the version, as it was saved. */
const shows = (plan: Plan, versionId: string) => planContentHash(planAtVersion(plan, versionId) ?? samplePlan(validSampleName)) === plan.history.versions.find((version) => version.id === versionId)!.contentHash;

describe('recording a version at each save', () => {
  it('records the first save of a file without history as a version with no parent, keeping its copy', () => {
    const opened = samplePlan(validSampleName);
    const plan = saved(withPreparedBy(opened, 'רכזת המדור'), opened);
    const head = headVersion(plan)!;
    expect(plan.history.versions).toHaveLength(1);
    expect(head).toMatchObject({ parents: [], author: 'נועה', at: '2026-12-07T10:00:00.000Z', contentHash: planContentHash(plan) });
    expect(planContentHash(planAtVersion(plan, head.id)!)).toBe(head.contentHash);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('names the version the plan was last saved at as the parent of the next', () => {
    const opened = samplePlan(validSampleName);
    const first = saved(withPreparedBy(opened, 'א'), opened);
    const second = saved(withPreparedBy(first, 'ב'), first);
    expect(headVersion(second)!.parents).toEqual([headVersion(first)!.id]);
  });

  it('records no version for a save that changes nothing the plan says', () => {
    const opened = samplePlan(validSampleName);
    const first = saved(withPreparedBy(opened, 'א'), opened);
    expect(saved(first, first)).toBe(first);
    const commented = { ...first, review: { ...first.review, comments: [{ id: 'c-1', target: 'details', resolved: false, thread: [] }] } };
    expect(saved(commented, first)).toBe(commented);
  });

  it('records the first save of an unchanged file too, so the file has a version to merge from', () => {
    const opened = samplePlan(validSampleName);
    expect(saved(opened, opened).history.versions).toHaveLength(1);
  });

  it('says how many changes there were and names a few, in the language of the app at the time', () => {
    const opened = samplePlan(validSampleName);
    const added = { ...opened, services: [...opened.services, buildService({ id: 'svc-new', name: 'מועדון בוקר' })] };
    expect(headVersion(saved(added, opened))!.summary).toBe('שינוי אחד: הוספת שירות "מועדון בוקר"');
    expect(headVersion(saved(added, opened, { language: 'en' }))!.summary).toBe('1 change: Service "\u2068מועדון בוקר\u2069" added');
    const many = { ...added, details: { ...added.details, preparedBy: 'x', cluster: 'y', authority: 'z' }, leadingValues: [...added.leadingValues, 'כבוד'] };
    expect(headVersion(saved(many, opened))!.summary).toMatch(/^5 שינויים: .+ ועוד$/);
  });

  it('records a neutral author when no name is set in the app', () => {
    const opened = samplePlan(validSampleName);
    expect(headVersion(saved(withPreparedBy(opened, 'א'), opened, { author: '  ' }))!.author).toBe('ללא שם');
    expect(headVersion(saved(withPreparedBy(opened, 'א'), opened, { author: '', language: 'en' }))!.author).toBe('unnamed');
  });

  it('words the change from the kept copy of the last version when the plan as saved is not known', () => {
    const opened = samplePlan(validSampleName);
    const first = saved(withPreparedBy(opened, 'א'), opened);
    expect(headVersion(saved(withPreparedBy(first, 'ב'), null))!.summary).toMatch(/^שינוי אחד: /);
  });
});

describe('pruning the history', () => {
  it(`keeps at most ${maximumVersionHeaders} headers, the latest version whole and every other listed one as a delta`, () => {
    let plan = samplePlan(validSampleName);
    for (let save = 0; save < maximumVersionHeaders + 5; save++) {
      const next = saved(withPreparedBy(plan, `save ${save}`), plan);
      expect(next.history.bases.map((base) => base.versionId)).toEqual([headVersion(next)!.id]);
      expect(next.history.deltas.map((entry) => entry.versionId)).toEqual(next.history.versions.slice(0, -1).map((version) => version.id));
      plan = next;
    }
    const { versions } = plan.history;
    expect(versions).toHaveLength(maximumVersionHeaders);
    for (const version of [versions[0]!, versions[1]!, versions[100]!, versions.at(-2)!]) expect(shows(plan, version.id)).toBe(true);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('grows by about what each save changed, not by a copy of the plan', () => {
    const opened = samplePlan(validSampleName);
    const first = saved(withPreparedBy(opened, 'save 0'), opened);
    let plan = first;
    for (let save = 1; save <= 20; save++) plan = saved(withPreparedBy(plan, `save ${save}`), plan);
    const perSave = (JSON.stringify(plan).length - JSON.stringify(first).length) / 20;
    expect(perSave).toBeLessThan(1_000);
  });

  it('turns the whole copies a version 4 file kept into deltas at the next save, each version still shown as it was', () => {
    let plan = samplePlan(validSampleName);
    for (let save = 0; save < 3; save++) plan = saved(withPreparedBy(plan, `save ${save}`), plan);
    const asVersion4: Plan = {
      ...plan,
      history: { ...plan.history, bases: plan.history.versions.map((version) => ({ versionId: version.id, plan: planCopyOf(planAtVersion(plan, version.id)!) })), deltas: [] },
    };
    const next = saved(withPreparedBy(asVersion4, 'after the upgrade'), asVersion4);
    expect(next.history.bases).toHaveLength(1);
    for (const version of next.history.versions) expect(shows(next, version.id)).toBe(true);
  });

  it('does not trust a delta that no longer rebuilds its version', () => {
    let plan = samplePlan(validSampleName);
    for (let save = 0; save < 3; save++) plan = saved(withPreparedBy(plan, `save ${save}`), plan);
    const [first, second] = plan.history.deltas;
    const tampered: Plan = { ...plan, history: { ...plan.history, deltas: [{ ...first!, delta: { fields: { details: { fields: { preparedBy: { set: 'נכתב ביד' } } } } } }, second!] } };
    expect(planAtVersion(tampered, first!.versionId)).toBeNull();
    expect(shows(tampered, second!.versionId)).toBe(true);
    const looping: Plan = { ...plan, history: { ...plan.history, deltas: [{ ...first!, against: second!.versionId }, { ...second!, against: first!.versionId }] } };
    expect(planAtVersion(looping, first!.versionId)).toBeNull();
  });
});

describe('recording a merge', () => {
  it('records a version with both heads as parents, over both histories, and shows both parents as they were after later saves', () => {
    const opened = samplePlan(validSampleName);
    const start = saved(withPreparedBy(opened, 'start'), opened);
    const mine = saved(withPreparedBy(start, 'mine'), start);
    const theirs = saved({ ...start, details: { ...start.details, cluster: 'theirs' } }, start, { author: 'דנה' });
    const merged = withMergeRecorded({ ...mine, details: { ...mine.details, cluster: 'theirs' } }, mine, theirs, recording());
    const head = headVersion(merged)!;
    expect(head.parents).toEqual([headVersion(mine)!.id, headVersion(theirs)!.id]);
    expect(head.summary).toMatch(/^מיזוג של שני עותקים: /);
    expect(merged.history.versions.map((version) => version.id)).toEqual(expect.arrayContaining([...mine.history.versions, ...theirs.history.versions].map((version) => version.id)));
    let later = merged;
    for (let save = 0; save < 6; save++) later = saved(withPreparedBy(later, `later ${save}`), later);
    for (const parent of head.parents) expect(planContentHash(planAtVersion(later, parent)!)).toBe(later.history.versions.find((version) => version.id === parent)!.contentHash);
    expect(later.history.bases).toHaveLength(1);
    expect(PlanSchema.safeParse(later).success).toBe(true);
  });

  it('keeps every version either side could show when the two computers’ clocks disagree', () => {
    const at = (minute: number) => new Date(Date.UTC(2027, 0, 1) + minute * 60_000).toISOString();
    const savedAt = (plan: Plan, side: string, minute: number) => saved(withPreparedBy(plan, `${side} ${minute}`), plan, { at: at(minute), author: side });
    let team = samplePlan(validSampleName);
    for (let minute = 1; minute <= 5; minute++) team = savedAt(team, 'team', minute);
    // The copy mailed to the cluster, whose clock is an hour behind, is saved three times there.
    let cluster = team;
    for (let minute = -50; minute < -47; minute++) cluster = savedAt(cluster, 'cluster', minute);
    for (let minute = 6; minute <= maximumVersionHeaders; minute++) team = savedAt(team, 'team', minute);
    const merged = withMergeRecorded(withPreparedBy(cluster, 'merged'), cluster, team, recording({ at: at(250) }));
    const { versions } = merged.history;
    expect(versions).toHaveLength(maximumVersionHeaders);
    expect(versions.filter((version) => !shows(merged, version.id))).toEqual([]);
    // Listed after the version it was saved from, though its clock says an hour earlier.
    const firstAtCluster = versions.findIndex((version) => version.author === 'cluster');
    expect(versions.findIndex((version) => version.id === versions[firstAtCluster]!.parents[0])).toBe(firstAtCluster - 1);
  });
});
