import { afterEach, describe, it, expect } from 'vitest';
import { copyFile, mkdir, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeHost, type NodeHostOptions } from '@electron/host/node-host.ts';
import { PathRefusedError } from '@electron/host/path-policy.ts';
import { dataLayout, userDataFolder } from '@electron/host/user-data.ts';
import { startupSampleName } from '@electron/host/workspace.ts';
import type { SettingsBackend } from '@electron/host/settings-store.ts';
import { setDetail } from '@shared/commands/plan-commands.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { buildPlan } from '../helpers/plan-builders.ts';
import { overLimitSampleName, samplesFolder, validSampleName, validSamplePath } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

/** A browser host on a fresh data folder, seeded from the real samples, with settings in memory. */
async function browserHost(options: Partial<NodeHostOptions> = {}) {
  const dataFolder = options.dataFolder ?? (await temp.make());
  const settings: SettingsBackend = { store: {} };
  const { host, workspace } = await createNodeHost({
    transport: 'browser',
    version: '9.9.9-test',
    dataFolder,
    samplesFolder,
    settingsBackend: () => settings,
    dialogs: null,
    ...options,
  });
  return { host, workspace, dataFolder, settings };
}

async function openOk(host: Awaited<ReturnType<typeof browserHost>>['host'], path: string) {
  const result = await host['plan:open']({ path });
  if (!result.ok) throw new Error(`${path} did not open: ${JSON.stringify(result.error)}`);
  return result;
}

describe('the host on a new data folder', () => {
  it('creates the workspace in the data folder with a copy of the samples', async () => {
    const { workspace, dataFolder } = await browserHost();
    expect(workspace).toBe(join(dataFolder, 'workspace'));
    expect((await readdir(workspace)).sort()).toEqual([overLimitSampleName, validSampleName].sort());
    expect(await readFile(join(workspace, validSampleName), 'utf8')).toBe(await readFile(validSamplePath, 'utf8'));
  });

  it('lists the seeded samples in the workspace', async () => {
    const { host } = await browserHost();
    const entries = await host['workspace:list']({ kind: 'plan' });
    expect(entries.map((entry) => entry.path).sort()).toEqual([overLimitSampleName, validSampleName].sort());
    const main = entries.find((entry) => entry.path === validSampleName);
    expect(main).toMatchObject({ name: 'givat-hadkalim-2027' });
    expect(main?.size).toBeGreaterThan(1000);
  });

  it('never seeds a workspace that already exists', async () => {
    const { dataFolder, workspace } = await browserHost();
    await rm(join(workspace, overLimitSampleName));
    await browserHost({ dataFolder });
    expect(await readdir(workspace)).toEqual([validSampleName]);
  });

  it('tells the page it is the browser host, without system dialogs, and where its workspace is', async () => {
    const { host, workspace } = await browserHost();
    expect(await host['app:info']({})).toEqual({ transport: 'browser', nativeDialogs: false, workspace, version: '9.9.9-test' });
    expect(await host['dialog:choose-open']({ kind: 'plan' })).toEqual({ path: null });
    expect(await host['dialog:choose-save']({ suggestedName: 'x', kind: 'plan' })).toEqual({ path: null });
  });

  it('keeps the chosen language', async () => {
    const { host, settings } = await browserHost();
    expect((await host['settings:get']({})).language).toBe('he');
    expect(await host['settings:set-language']({ language: 'en' })).toEqual({ language: 'en', recentFiles: [], userName: '', workingRole: 'team', trustedKeys: [] });
    expect((await host['settings:get']({})).language).toBe('en');
    expect(settings.store).toMatchObject({ language: 'en' });
  });
});

describe('opening at startup', () => {
  it('opens the bundled sample when there is no recent file', async () => {
    const { host } = await browserHost();
    const result = await host['plan:open-startup']({});
    expect(result).toMatchObject({ ok: true, path: startupSampleName, name: 'givat-hadkalim-2027' });
    expect(startupSampleName).toBe(validSampleName);
  });

  it('opens the most recently opened plan after one was opened', async () => {
    const { host } = await browserHost();
    await host['plan:open-startup']({});
    await openOk(host, overLimitSampleName);
    expect(await host['plan:open-startup']({})).toMatchObject({ ok: true, path: overLimitSampleName });
  });

  it('skips a recent plan that was deleted since', async () => {
    const { host, workspace } = await browserHost();
    await copyFile(validSamplePath, join(workspace, 'copy.tamhil'));
    await openOk(host, validSampleName);
    await openOk(host, 'copy.tamhil');
    await rm(join(workspace, 'copy.tamhil'));
    expect(await host['plan:open-startup']({})).toMatchObject({ ok: true, path: validSampleName });
  });

  it('opens the plan the desktop app was started with, outside the workspace', async () => {
    const outside = await temp.make();
    const file = join(outside, 'double-clicked.tamhil');
    await copyFile(validSamplePath, file);
    const { host } = await browserHost({ transport: 'electron', startupFile: file });
    expect(await host['plan:open-startup']({})).toMatchObject({ ok: true, path: file, name: 'double-clicked' });
    expect((await host['settings:get']({})).recentFiles).toEqual([file]);
  });
});

describe('opening and saving through the host', () => {
  it('adds an opened plan to the recent files, and not one that failed to open', async () => {
    const { host, workspace } = await browserHost();
    await writeFile(join(workspace, 'broken.tamhil'), 'not json');
    expect(await host['plan:open']({ path: 'broken.tamhil' })).toMatchObject({ ok: false, error: { code: 'not-json' } });
    await openOk(host, validSampleName);
    expect((await host['settings:get']({})).recentFiles).toEqual([validSampleName]);
  });

  it('adds a saved plan to the recent files', async () => {
    const { host, workspace } = await browserHost();
    const plan = buildPlan();
    const saved = await host['plan:save']({ path: 'new-plan.tamhil', plan, expectedRevision: null, overwrite: false });
    expect(saved).toMatchObject({ ok: true, path: 'new-plan.tamhil', name: 'new-plan' });
    expect(await readFile(join(workspace, 'new-plan.tamhil'), 'utf8')).toBe(serializePlan(plan));
    expect((await host['settings:get']({})).recentFiles[0]).toBe('new-plan.tamhil');
  });

  it('saves into a sub-folder of the workspace', async () => {
    const { host, workspace } = await browserHost();
    await mkdir(join(workspace, 'drafts'));
    expect(await host['plan:save']({ path: 'drafts/a.tamhil', plan: buildPlan(), expectedRevision: null, overwrite: false })).toMatchObject({ ok: true });
    expect((await host['workspace:list']({ kind: 'plan' })).map((entry) => entry.path)).toContain('drafts/a.tamhil');
  });

  it('refuses to save over a plan that changed since it was opened, and does not add it to recent', async () => {
    const { host, workspace } = await browserHost();
    const opened = await openOk(host, overLimitSampleName);
    await writeFile(join(workspace, overLimitSampleName), serializePlan(setDetail(opened.plan, { field: 'preparedBy', value: 'x' })));
    await openOk(host, validSampleName);
    const saved = await host['plan:save']({ path: overLimitSampleName, plan: opened.plan, expectedRevision: opened.revision, overwrite: false });
    expect(saved).toEqual({ ok: false, reason: 'conflict', path: overLimitSampleName });
    expect((await host['settings:get']({})).recentFiles[0]).toBe(validSampleName);
  });

  it('refuses a path that leaves the workspace', async () => {
    const { host } = await browserHost();
    await expect(host['plan:open']({ path: '../settings.tamhil' })).rejects.toThrow(PathRefusedError);
    await expect(host['plan:save']({ path: '../x.tamhil', plan: buildPlan(), expectedRevision: null, overwrite: false })).rejects.toThrow(
      PathRefusedError,
    );
  });

  it('reports a plan in a folder that does not exist as not found', async () => {
    const { host } = await browserHost();
    expect(await host['plan:open']({ path: 'no-such-folder/x.tamhil' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports saving into a folder that does not exist as a failed save', async () => {
    const { host } = await browserHost();
    expect(await host['plan:save']({ path: 'no-such-folder/x.tamhil', plan: buildPlan(), expectedRevision: null, overwrite: false })).toMatchObject({
      ok: false,
      reason: 'io',
    });
  });
});

describe('recent files and the workspace listing', () => {
  it('lists recent files newest first and skips files that no longer exist', async () => {
    const { host, workspace } = await browserHost();
    await copyFile(validSamplePath, join(workspace, 'gone.tamhil'));
    await openOk(host, validSampleName);
    await openOk(host, 'gone.tamhil');
    await openOk(host, overLimitSampleName);
    await rm(join(workspace, 'gone.tamhil'));
    const recent = await host['recent:list']({});
    expect(recent.map((entry) => entry.path)).toEqual([overLimitSampleName, validSampleName]);
    expect(recent[0]).toMatchObject({ name: 'givat-hadkalim-2027-over-limit' });
  });

  it('skips recent entries the path policy refuses', async () => {
    const { host, settings } = await browserHost();
    settings.store = { language: 'he', recentFiles: ['../outside.tamhil', validSampleName] };
    expect((await host['recent:list']({})).map((entry) => entry.path)).toEqual([validSampleName]);
  });

  it('lists plans newest first, two folders deep, without hidden files or backups', async () => {
    const { host, workspace } = await browserHost();
    await mkdir(join(workspace, 'a', 'b', 'c'), { recursive: true });
    await mkdir(join(workspace, '.hidden'));
    await writeFile(join(workspace, 'a', 'b', 'deep.tamhil'), '{}');
    await writeFile(join(workspace, 'a', 'b', 'c', 'too-deep.tamhil'), '{}');
    await writeFile(join(workspace, '.hidden', 'x.tamhil'), '{}');
    await writeFile(join(workspace, '.draft.tamhil'), '{}');
    await writeFile(join(workspace, `${validSampleName}.bak`), '{}');
    await writeFile(join(workspace, 'notes.txt'), '');
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(join(workspace, validSampleName), old, old);
    const paths = (await host['workspace:list']({ kind: 'plan' })).map((entry) => entry.path);
    expect(paths.sort()).toEqual(['a/b/deep.tamhil', overLimitSampleName, validSampleName].sort());
    expect((await host['workspace:list']({ kind: 'plan' })).at(-1)?.path).toBe(validSampleName);
  });

  it('shows workspace paths relative to the workspace when the data folder is reached through a link', async () => {
    const root = await temp.make();
    await mkdir(join(root, 'real'));
    await symlink(join(root, 'real'), join(root, 'linked'), 'dir');
    const { host } = await browserHost({ dataFolder: join(root, 'linked') });
    expect((await host['workspace:list']({ kind: 'plan' })).map((entry) => entry.path).sort()).toEqual([overLimitSampleName, validSampleName].sort());
    expect(await host['plan:open-startup']({})).toMatchObject({ ok: true, path: startupSampleName });
  });
});

describe('recovery through the host', () => {
  it('writes unsaved work, offers it after a restart, and discards it', async () => {
    const { host, dataFolder } = await browserHost();
    const plan = buildPlan({ details: { preparedBy: 'unsaved' } });
    const { savedAt } = await host['recovery:write']({ key: 'window-1', path: validSampleName, planText: serializePlan(plan) });
    expect(existsSync(join(dataLayout(dataFolder).recoveryFolder, 'window-1.recovery.json'))).toBe(true);
    expect(await host['recovery:list']({})).toEqual([]);
    expect(await host['recovery:touch']({ key: 'window-1' })).toEqual({ touched: true });

    const { host: restarted } = await browserHost({ dataFolder });
    expect(await restarted['recovery:list']({})).toEqual([{ key: 'window-1', path: validSampleName, savedAt, plan }]);
    expect(await restarted['recovery:discard']({ key: 'window-1' })).toEqual({ discarded: true });
    expect(await restarted['recovery:list']({})).toEqual([]);
    expect(await restarted['recovery:discard']({ key: 'window-1' })).toEqual({ discarded: false });
  });

  it('refuses to record a path the page could not open, so recovery cannot widen access', async () => {
    const { host } = await browserHost();
    await expect(host['recovery:write']({ key: 'k', path: '../outside.tamhil', planText: serializePlan(buildPlan()) })).rejects.toThrow(/refused path/);
  });

  it('keeps only text that reads back as a plan, so an entry offered at the next start always opens', async () => {
    const { host, dataFolder } = await browserHost();
    const damaged = serializePlan(buildPlan()).replace('"schemaVersion"', '"schemaVersionX"');
    await expect(host['recovery:write']({ key: 'k', path: null, planText: damaged })).rejects.toThrow(/not a readable plan/);
    await expect(host['recovery:write']({ key: 'k', path: null, planText: '{"schemaVersion":' })).rejects.toThrow(/not a readable plan \(not-json\)/);
    expect(existsSync(join(dataLayout(dataFolder).recoveryFolder, 'k.recovery.json'))).toBe(false);
  });
});

describe('the data folder', () => {
  it('is TAMHIL_DATA_DIR when it is set', () => {
    expect(userDataFolder({ TAMHIL_DATA_DIR: '/data/tamhil' }, 'linux')).toBe('/data/tamhil');
  });

  it('is where Electron keeps user data on each system', () => {
    expect(userDataFolder({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe(join('/home/u/.config', 'Tamhil'));
    expect(userDataFolder({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\u\\AppData\\Roaming', 'Tamhil'));
    expect(userDataFolder({}, 'darwin')).toMatch(/Library[/\\]Application Support[/\\]Tamhil$/);
  });

  it('holds settings, recovery, the workspace and the approval key (outside the workspace)', () => {
    expect(dataLayout('/d')).toEqual({
      settingsFolder: '/d',
      recoveryFolder: join('/d', 'recovery'),
      workspace: join('/d', 'workspace'),
      signingKeyFile: join('/d', 'keys', 'approval-key.json'),
    });
  });
});
