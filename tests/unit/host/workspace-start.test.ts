import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeHost } from '@electron/host/node-host.ts';
import { WorkspaceError } from '@electron/host/workspace.ts';
import { overLimitSampleName, samplesFolder, validSampleName, validSamplePath } from '../../helpers/samples.ts';
import { tempFolders } from '../../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

async function hostOn(workspace: string) {
  const dataFolder = await temp.make();
  return createNodeHost({ transport: 'browser', version: 'test', dataFolder, workspace, samplesFolder, settingsBackend: () => ({ store: {} }), dialogs: null });
}

describe('starting on a workspace folder the user names', () => {
  it('uses an empty folder as it is, and says there is nothing to open rather than failing', async () => {
    const workspace = join(await temp.make(), 'my plans');
    await mkdir(workspace);
    const { host } = await hostOn(workspace);
    expect(await readdir(workspace)).toEqual([]);
    expect(await host['plan:open-startup']({})).toEqual({ ok: false, nothingToOpen: true });
  });

  it('offers the bundled samples, the complete one first, each with what it shows', async () => {
    const workspace = join(await temp.make(), 'my plans');
    await mkdir(workspace);
    const { host } = await hostOn(workspace);
    const samples = await host['samples:list']({});
    expect(samples.map((sample) => sample.fileName)).toEqual([validSampleName, overLimitSampleName]);
    expect(samples[0]).toMatchObject({ authority: 'גבעת הדקלים', year: 2027, services: 16 });
    expect(samples[1]?.description?.en).toContain('over the 20% limit');
  });

  it('copies a sample into the workspace and opens the copy, never over a file already there', async () => {
    const workspace = join(await temp.make(), 'my plans');
    await mkdir(workspace);
    await writeFile(join(workspace, validSampleName), 'the team’s own file');
    const { host } = await hostOn(workspace);
    const opened = await host['samples:open']({ fileName: validSampleName });
    expect(opened).toMatchObject({ ok: true, path: 'givat-hadkalim-2027 (2).tamhil' });
    expect(await readFile(join(workspace, validSampleName), 'utf8')).toBe('the team’s own file');
    expect(await readFile(join(workspace, 'givat-hadkalim-2027 (2).tamhil'), 'utf8')).toBe(await readFile(validSamplePath, 'utf8'));
    expect((await host['recent:list']({})).map((entry) => entry.path)).toEqual(['givat-hadkalim-2027 (2).tamhil']);
  });

  it('refuses to copy anything but a bundled sample', async () => {
    const workspace = join(await temp.make(), 'my plans');
    await mkdir(workspace);
    const { host } = await hostOn(workspace);
    expect(await host['samples:open']({ fileName: 'elsewhere.tamhil' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readdir(workspace)).toEqual([]);
  });

  it('refuses a workspace path that is a file, naming it, and leaves the file alone', async () => {
    const file = join(await temp.make(), 'plans.txt');
    await writeFile(file, 'not a folder');
    await expect(hostOn(file)).rejects.toThrow(WorkspaceError);
    await expect(hostOn(file)).rejects.toThrow(`the workspace ${file} is a file, not a folder`);
    expect(await readFile(file, 'utf8')).toBe('not a folder');
  });
});
