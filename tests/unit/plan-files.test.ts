import { afterEach, describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, lstat, mkdir, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SaveResult } from '@shared/host-api.ts';
import { planFileSizeLimit } from '@shared/host-api.ts';
import { displayName, openPlanFile, revisionOf, savePlanFile } from '@electron/host/plan-files.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { setDetail } from '@shared/commands/plan-commands.ts';
import { buildPlan, buildService, withServices } from '../helpers/plan-builders.ts';
import { repositoryRoot, validSamplePath } from '../helpers/samples.ts';
import { generatedPlan } from '../helpers/generated-plans.ts';
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

describe('saving without losing a copy', () => {
  it('asks before replacing a file marked read-only, and replaces it once the user agrees', async () => {
    const { file } = await folderWithSample();
    await chmod(file, 0o444);
    const before = await readFile(file);
    const opened = await openPlanFile(file, 'givat.tamhil');
    if (!opened.ok) throw new Error('the sample did not open');
    const changed = setDetail(opened.plan, { field: 'preparedBy', value: 'צוות' });
    const request = { diskPath: file, shownPath: 'givat.tamhil', plan: changed, expectedRevision: opened.revision, overwrite: false };
    expect(await savePlanFile(request)).toEqual({ ok: false, reason: 'read-only', path: 'givat.tamhil' });
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await savePlanFile({ ...request, replaceReadOnly: true })).toMatchObject({ ok: true });
    expect(await readFile(file, 'utf8')).toBe(serializePlan(changed));
    expect((await stat(file)).mode & 0o777).toBe(0o444);
    expect((await readFile(`${file}.bak`)).equals(before)).toBe(true);
  });

  it('keeps a plan only its owner may read that way, and a linked plan a link to the file it names', async () => {
    const { folder, file } = await folderWithSample();
    await chmod(file, 0o600);
    await mkdir(join(folder, 'shared'));
    const linked = join(folder, 'shared', 'linked.tamhil');
    await symlink(file, linked);
    const opened = await openPlanFile(linked, linked);
    if (!opened.ok) throw new Error('the linked sample did not open');
    const changed = setDetail(opened.plan, { field: 'preparedBy', value: 'דרך קישור' });
    expect(await savePlanFile({ diskPath: linked, shownPath: linked, plan: changed, expectedRevision: opened.revision, overwrite: false })).toMatchObject({ ok: true });
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(serializePlan(changed));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(folder, 'shared'))).toEqual(['linked.tamhil']);
  });

  it('refuses to save over a named pipe, and says what it is', async () => {
    const folder = await temp.make();
    const pipe = join(folder, 'pipe.tamhil');
    await promisify(execFile)('mkfifo', [pipe]);
    expect(await savePlanFile({ diskPath: pipe, shownPath: 'pipe.tamhil', plan: buildPlan(), expectedRevision: null, overwrite: true })).toEqual({
      ok: false,
      reason: 'io',
      path: 'pipe.tamhil',
      errno: 'TAMHIL_NAMED_PIPE',
    });
  });
});

/** Saves the plan in a process that may write files of at most `blocks` blocks (512 bytes in sh), as a nearly full disk allows. */
async function saveWithFileSizeLimit(file: string, planText: string, blocks: number): Promise<SaveResult> {
  const source = `${file}.source.json`;
  await writeFile(source, planText);
  const child = join(repositoryRoot, 'tests', 'helpers', 'save-child.ts');
  const { stdout } = await promisify(execFile)('sh', ['-c', `ulimit -f ${blocks} && exec "$0" --import tsx "$1" once "$2" "$3"`, process.execPath, child, file, source], { cwd: repositoryRoot });
  await rm(source);
  return JSON.parse(stdout) as SaveResult;
}

describe('saving when the disk takes no more', () => {
  it('fails with the reason and leaves the plan, its backup and the folder as they were', { timeout: 30_000 }, async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await savePlanFile({ diskPath: file, shownPath: 'plan.tamhil', plan: buildPlan(), expectedRevision: null, overwrite: false });
    await savePlanFile({ diskPath: file, shownPath: 'plan.tamhil', plan: setDetail(buildPlan(), { field: 'preparedBy', value: 'שני' }), expectedRevision: null, overwrite: true });
    const [plan, backup] = [await readFile(file), await readFile(`${file}.bak`)];
    const large = serializePlan(generatedPlan(3, 100));
    const result = await saveWithFileSizeLimit(file, large, Math.floor(Buffer.byteLength(large) / 512 / 2));
    expect(result).toEqual({ ok: false, reason: 'io', path: 'plan.tamhil', errno: 'EFBIG' });
    expect((await readFile(file)).equals(plan)).toBe(true);
    expect((await readFile(`${file}.bak`)).equals(backup)).toBe(true);
    expect((await readdir(folder)).sort()).toEqual(['plan.tamhil', 'plan.tamhil.bak']);
  });

  it('keeps the previous version as the backup without writing its bytes again, so a new version that fits is saved', { timeout: 30_000 }, async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    const large = serializePlan(generatedPlan(3, 100));
    await writeFile(file, large);
    await writeFile(`${file}.bak`, serializePlan(buildPlan()));
    const small = serializePlan(buildPlan({ details: { preparedBy: 'קטנה' } }));
    const result = await saveWithFileSizeLimit(file, small, Math.ceil(Buffer.byteLength(small) / 512) + 2);
    expect(result).toMatchObject({ ok: true });
    expect(await readFile(file, 'utf8')).toBe(small);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(large);
  });
});

describe('plan file names', () => {
  it('shows a plan by its file name without the extension', () => {
    expect(displayName('/x/y/תכנית 2027.tamhil')).toBe('תכנית 2027');
    expect(displayName('sub/PLAN.TAMHIL')).toBe('PLAN');
  });
});
