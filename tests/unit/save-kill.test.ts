import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeHost } from '@electron/host/node-host.ts';
import { claimTemporaryName, releaseTemporaryName } from '@electron/host/save-temporaries.ts';
import { dataLayout } from '@electron/host/user-data.ts';
import { killDuringSaves } from '../helpers/save-kill-harness.ts';
import { samplesFolder } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

describe('killing a save at random moments', () => {
  it('leaves the plan and its backup each one whole version, and no temporary file after the next save', { timeout: 120_000 }, async () => {
    const report = await killDuringSaves({ folder: await temp.make(), services: 1_500, kills: 24, seed: 17 });
    expect(report.rounds).toHaveLength(24);
    for (const round of report.rounds) {
      expect(round).toMatchObject({ plan: 'whole', backup: 'whole', temporariesAfterNextSave: 0 });
    }
    // Kills landed inside saves, on disk, not only between them: some left a temporary file for the next save to remove.
    expect(report.rounds.some((round) => round.aim === 'writing' && round.temporariesAfterKill > 0)).toBe(true);
    expect(report.rounds.some((round) => round.savesFinished > 0)).toBe(true);
  });
});

describe('starting after a crash', () => {
  it('removes the temporary files saves left in the workspace, its sub-folders and the recovery folder', async () => {
    const dataFolder = await temp.make();
    const layout = dataLayout(dataFolder);
    await mkdir(join(layout.workspace, 'drafts'), { recursive: true });
    await mkdir(layout.recoveryFolder, { recursive: true });
    const ended = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    const leftBy = (target: string) => {
      const name = claimTemporaryName(target);
      releaseTemporaryName(name);
      return name.replace(`-${process.pid}-`, `-${ended}-`);
    };
    const left = [join(layout.workspace, leftBy('a.tamhil')), join(layout.workspace, 'drafts', leftBy('b.tamhil')), join(layout.recoveryFolder, leftBy('key.recovery.json'))];
    for (const path of left) await writeFile(path, 'cut short');
    await writeFile(join(layout.workspace, 'drafts', 'b.tamhil'), 'not ours to remove');

    await createNodeHost({ transport: 'browser', version: 'test', dataFolder, samplesFolder, settingsBackend: () => ({ store: {} }), dialogs: null });
    expect(await readdir(join(layout.workspace, 'drafts'))).toEqual(['b.tamhil']);
    expect(await readdir(layout.recoveryFolder)).toEqual([]);
    expect((await readdir(layout.workspace)).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
