import { afterEach, describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planFileSizeLimit } from '@shared/host-api.ts';
import { displayName, openPlanFile, revisionOf, savePlanFile } from '@electron/host/plan-files.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { setDetail } from '@shared/commands/plan-commands.ts';
import { buildPlan, buildService, withServices } from '../helpers/plan-builders.ts';
import { validSamplePath } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function folderWithSample(): Promise<{ folder: string; file: string }> {
  const folder = await temp.make();
  const file = join(folder, 'givat.tamhil');
  await copyFile(validSamplePath, file);
  return { folder, file };
}

describe('opening a plan file', () => {
  it('returns the plan with its revision, the SHA-256 of the file\'s bytes', async () => {
    const { file } = await folderWithSample();
    const result = await openPlanFile(file, 'givat.tamhil');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.revision).toBe(sha256(await readFile(file)));
    expect(result.path).toBe('givat.tamhil');
    expect(result.name).toBe('givat');
    expect(result.plan.details.authority).toBe('גבעת הדקלים');
    expect(result.migratedFrom).toBeNull();
  });

  it('reports a file that is not there as not-found', async () => {
    const folder = await temp.make();
    expect(await openPlanFile(join(folder, 'none.tamhil'), 'none.tamhil')).toEqual({
      ok: false,
      path: 'none.tamhil',
      name: 'none',
      error: { code: 'not-found' },
    });
  });

  it('returns the error of a damaged file and leaves its bytes as they were', async () => {
    const folder = await temp.make();
    const file = join(folder, 'damaged.tamhil');
    const bytes = Buffer.from('{"schemaVersion": 1, "id": "cut sh');
    await writeFile(file, bytes);
    const result = await openPlanFile(file, 'damaged.tamhil');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect((await readFile(file)).equals(bytes)).toBe(true);
    expect(await readdir(folder)).toEqual(['damaged.tamhil']);
  });

  it('names the damaged field of a plan that fails validation', async () => {
    const folder = await temp.make();
    const file = join(folder, 'bad.tamhil');
    const json = JSON.parse(serializePlan(buildPlan())) as { details: Record<string, unknown> };
    delete json.details.communityBudget;
    await writeFile(file, JSON.stringify(json));
    expect(await openPlanFile(file, 'bad.tamhil')).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'details.communityBudget', problem: 'missing' },
    });
  });

  it('refuses a file larger than the plan size limit without reading it', async () => {
    const folder = await temp.make();
    const file = join(folder, 'huge.tamhil');
    await writeFile(file, '');
    await truncate(file, planFileSizeLimit + 1); // sparse: takes no space
    expect(await openPlanFile(file, 'huge.tamhil')).toEqual({
      ok: false,
      path: 'huge.tamhil',
      name: 'huge',
      error: { code: 'too-large', size: planFileSizeLimit + 1, limit: planFileSizeLimit },
    });
  });

  it('reports a folder named like a plan as an input/output error', async () => {
    const folder = await temp.make();
    const result = await openPlanFile(folder, 'folder.tamhil');
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});

describe('saving a plan file', () => {
  it('saves over the revision that was opened and returns the new revision', async () => {
    const { file } = await folderWithSample();
    const opened = await openPlanFile(file, 'givat.tamhil');
    if (!opened.ok) throw new Error('the sample did not open');
    const changed = setDetail(opened.plan, { field: 'preparedBy', value: 'צוות הבדיקות' });
    const saved = await savePlanFile({ diskPath: file, shownPath: 'givat.tamhil', plan: changed, expectedRevision: opened.revision, overwrite: false });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.revision).not.toBe(opened.revision);
    const bytes = await readFile(file);
    expect(saved.revision).toBe(sha256(bytes));
    expect(bytes.toString('utf8')).toBe(serializePlan(changed));
    const reopened = await openPlanFile(file, 'givat.tamhil');
    expect(reopened).toMatchObject({ ok: true, revision: saved.revision, plan: { details: { preparedBy: 'צוות הבדיקות' } } });
  });

  it('keeps the version it replaced as a backup', async () => {
    const { file } = await folderWithSample();
    const before = await readFile(file);
    const opened = await openPlanFile(file, 'givat.tamhil');
    if (!opened.ok) throw new Error('the sample did not open');
    await savePlanFile({ diskPath: file, shownPath: 'givat.tamhil', plan: opened.plan, expectedRevision: opened.revision, overwrite: false });
    expect((await readFile(`${file}.bak`)).equals(before)).toBe(true);
  });

  it('refuses with a conflict when the file changed on disk since it was opened, and leaves the file alone', async () => {
    const { file } = await folderWithSample();
    const opened = await openPlanFile(file, 'givat.tamhil');
    if (!opened.ok) throw new Error('the sample did not open');
    const theirs = serializePlan(setDetail(opened.plan, { field: 'preparedBy', value: 'someone else' }));
    await writeFile(file, theirs);
    const mine = setDetail(opened.plan, { field: 'preparedBy', value: 'me' });
    const saved = await savePlanFile({ diskPath: file, shownPath: 'givat.tamhil', plan: mine, expectedRevision: opened.revision, overwrite: false });
    expect(saved).toEqual({ ok: false, reason: 'conflict', path: 'givat.tamhil' });
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('writes over a changed file when the user confirmed the overwrite', async () => {
    const { file } = await folderWithSample();
    const opened = await openPlanFile(file, 'givat.tamhil');
    if (!opened.ok) throw new Error('the sample did not open');
    const theirs = serializePlan(setDetail(opened.plan, { field: 'preparedBy', value: 'someone else' }));
    await writeFile(file, theirs);
    const mine = setDetail(opened.plan, { field: 'preparedBy', value: 'me' });
    const saved = await savePlanFile({ diskPath: file, shownPath: 'givat.tamhil', plan: mine, expectedRevision: opened.revision, overwrite: true });
    expect(saved.ok).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(serializePlan(mine));
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(theirs);
  });

  it('saves a new plan to a new file', async () => {
    const folder = await temp.make();
    const file = join(folder, 'new.tamhil');
    const plan = withServices(buildPlan(), buildService());
    const saved = await savePlanFile({ diskPath: file, shownPath: 'new.tamhil', plan, expectedRevision: null, overwrite: false });
    expect(saved).toEqual({ ok: true, path: 'new.tamhil', name: 'new', revision: revisionOf(serializePlan(plan)) });
    expect(await readdir(folder)).toEqual(['new.tamhil']);
  });

  it('treats saving a new plan over an existing file as a conflict', async () => {
    const { file } = await folderWithSample();
    const before = await readFile(file);
    const saved = await savePlanFile({ diskPath: file, shownPath: 'givat.tamhil', plan: buildPlan(), expectedRevision: null, overwrite: false });
    expect(saved).toEqual({ ok: false, reason: 'conflict', path: 'givat.tamhil' });
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('reports an input/output error when the folder does not exist', async () => {
    const folder = await temp.make();
    const saved = await savePlanFile({
      diskPath: join(folder, 'missing', 'x.tamhil'),
      shownPath: 'missing/x.tamhil',
      plan: buildPlan(),
      expectedRevision: null,
      overwrite: false,
    });
    expect(saved).toMatchObject({ ok: false, reason: 'io', path: 'missing/x.tamhil' });
  });

  it('writes byte-identical files for two saves of the same plan', async () => {
    const folder = await temp.make();
    const plan = withServices(buildPlan(), buildService({ id: 'same' }));
    const first = await savePlanFile({ diskPath: join(folder, 'a.tamhil'), shownPath: 'a.tamhil', plan, expectedRevision: null, overwrite: false });
    const second = await savePlanFile({ diskPath: join(folder, 'b.tamhil'), shownPath: 'b.tamhil', plan, expectedRevision: null, overwrite: false });
    expect(first.ok && second.ok && first.revision === second.revision).toBe(true);
  });
});

describe('plan file names', () => {
  it('shows a plan by its file name without the extension', () => {
    expect(displayName('/x/y/תכנית 2027.tamhil')).toBe('תכנית 2027');
    expect(displayName('sub/PLAN.TAMHIL')).toBe('PLAN');
  });
});
