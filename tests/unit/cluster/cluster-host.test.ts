import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeHost } from '@electron/host/node-host.ts';
import { PathRefusedError, desktopPathPolicy, workspacePathPolicy } from '@electron/host/path-policy.ts';
import { readClusterFolder } from '@electron/host/cluster-folder.ts';
import type { SettingsBackend } from '@electron/host/settings-store.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';
import { overLimitSampleName, samplesFolder, validSampleName } from '../../helpers/samples.ts';
import { tempFolders } from '../../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

async function browserHost(dialogs: { chooseFolder(): Promise<string | null> } | null = null, transport: 'browser' | 'electron' = 'browser') {
  const dataFolder = await temp.make();
  const settings: SettingsBackend = { store: {} };
  const fullDialogs = dialogs && { chooseOpen: async () => null, chooseSave: async () => null, confirmSigning: async () => false, ...dialogs };
  return createNodeHost({ transport, version: 'test', dataFolder, samplesFolder, settingsBackend: () => settings, dialogs: fullDialogs });
}

const plan = (authority: string) => serializePlan(buildPlan({ id: authority, details: { authority } }));

/** A cluster folder: two plans, a damaged one, and what is not read (a note, a hidden file, a link, a sub-folder). */
async function clusterFolder(folder: string, outside: string) {
  await mkdir(join(folder, 'older'), { recursive: true });
  await writeFile(join(folder, 'b-brosh.tamhil'), plan('ברוש'));
  await writeFile(join(folder, 'a-alon.tamhil'), plan('אלון'));
  await writeFile(join(folder, 'c-cut.tamhil'), '{"schemaVersion": 2, "id": "cu');
  await writeFile(join(folder, 'notes.txt'), 'not a plan');
  await writeFile(join(folder, '.hidden.tamhil'), plan('נסתר'));
  await writeFile(join(folder, 'older', 'd.tamhil'), plan('ישן'));
  await writeFile(join(outside, 'secret.tamhil'), plan('סוד'));
  await symlink(join(outside, 'secret.tamhil'), join(folder, 'linked.tamhil'));
}

describe('reading a folder of plan files', () => {
  it('reads every plan file directly in it, in name order, keeping a damaged one with its reason', async () => {
    const root = await realpath(await temp.make());
    await mkdir(join(root, 'outside'));
    await clusterFolder(join(root, 'cluster'), join(root, 'outside'));
    const result = await readClusterFolder(join(root, 'cluster'), 'cluster', (path) => `shown:${path.slice(root.length)}`);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.name).toBe('cluster');
    expect(result.files.map((file) => [file.path, file.ok])).toEqual([
      ['shown:/cluster/a-alon.tamhil', true],
      ['shown:/cluster/b-brosh.tamhil', true],
      ['shown:/cluster/c-cut.tamhil', false],
    ]);
    expect(result.files[2]).toMatchObject({ ok: false, name: 'c-cut', error: { code: 'not-json' } });
  });

  it('says when the folder is not there', async () => {
    const root = await temp.make();
    expect(await readClusterFolder(join(root, 'gone'), 'gone', (path) => path)).toEqual({ ok: false, folder: 'gone', name: 'gone', error: { code: 'not-found' } });
  });
});

describe('the cluster channels of the browser host', () => {
  it('lists the workspace folders that hold plans, the workspace itself as "."', async () => {
    const { host, workspace } = await browserHost();
    await mkdir(join(workspace, 'אשכול'));
    await writeFile(join(workspace, 'אשכול', 'a.tamhil'), plan('אלון'));
    await mkdir(join(workspace, 'empty'));
    expect(await host['cluster:list-folders']({})).toEqual([
      { path: '.', name: 'workspace', plans: 2 },
      { path: 'אשכול', name: 'אשכול', plans: 1 },
    ]);
  });

  it('reads the workspace or a folder in it, naming files as the workspace does', async () => {
    const { host, workspace } = await browserHost();
    const all = await host['cluster:read-folder']({ folder: '.' });
    if (!all.ok) throw new Error(JSON.stringify(all));
    expect(all.files.map((file) => file.path)).toEqual([overLimitSampleName, validSampleName]);
    await mkdir(join(workspace, 'cluster'));
    await writeFile(join(workspace, 'cluster', 'a.tamhil'), plan('אלון'));
    const sub = await host['cluster:read-folder']({ folder: 'cluster' });
    expect(sub).toMatchObject({ ok: true, folder: 'cluster', files: [{ ok: true, path: 'cluster/a.tamhil' }] });
  });

  it.each([['..'], ['cluster/../..'], ['/etc']])('refuses the folder %s outside the workspace', async (folder) => {
    const { host } = await browserHost();
    await expect(host['cluster:read-folder']({ folder })).rejects.toThrow(PathRefusedError);
  });

  it('refuses a linked folder that leads out of the workspace', async () => {
    const { host, workspace } = await browserHost();
    const outside = await temp.make();
    await writeFile(join(outside, 'secret.tamhil'), plan('סוד'));
    await symlink(outside, join(workspace, 'linked'), 'dir');
    await expect(host['cluster:read-folder']({ folder: 'linked' })).rejects.toThrow(PathRefusedError);
  });

  it('has no folder dialog', async () => {
    const { host } = await browserHost();
    expect(await host['cluster:choose-folder']({})).toEqual({ folder: null });
  });
});

describe('the cluster channels of the desktop host', () => {
  it('reads a folder outside the sample workspace only once the user chose it in the system dialog', async () => {
    const chosen = await realpath(await temp.make());
    await writeFile(join(chosen, 'a.tamhil'), plan('אלון'));
    const { host } = await browserHost({ chooseFolder: async () => chosen }, 'electron');
    await expect(host['cluster:read-folder']({ folder: chosen })).rejects.toThrow(PathRefusedError);
    expect(await host['cluster:choose-folder']({})).toEqual({ folder: chosen });
    expect(await host['cluster:read-folder']({ folder: chosen })).toMatchObject({ ok: true, files: [{ ok: true, path: join(chosen, 'a.tamhil') }] });
  });
});

describe('the folder path policies', () => {
  it('takes the workspace itself and folders in it, and refuses others', async () => {
    const workspace = await realpath(await temp.make());
    await mkdir(join(workspace, 'sub'));
    const policy = workspacePathPolicy(workspace);
    expect(policy.toDiskFolder('.')).toBe(workspace);
    expect(policy.toDiskFolder('sub')).toBe(join(workspace, 'sub'));
    expect(policy.toShownFolder(workspace)).toBe('.');
    expect(() => policy.toDiskFolder('sub\0')).toThrow(PathRefusedError);
  });

  it('on the desktop, takes the sample workspace and chosen folders, never a relative path', async () => {
    const workspace = await realpath(await temp.make());
    const elsewhere = await realpath(await temp.make());
    const policy = desktopPathPolicy(workspace, []);
    expect(policy.toDiskFolder(workspace)).toBe(workspace);
    expect(() => policy.toDiskFolder('sub')).toThrow(PathRefusedError);
    expect(() => policy.toDiskFolder(elsewhere)).toThrow(PathRefusedError);
    policy.allowFolder(elsewhere);
    expect(policy.toDiskFolder(elsewhere)).toBe(elsewhere);
    // A chosen folder does not make a file of that name openable as a plan.
    expect(() => policy.toDisk(join(elsewhere, 'x.tamhil'))).toThrow(PathRefusedError);
  });
});
