import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, realpath, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeHost } from '@electron/host/node-host.ts';
import { holdFolder } from '@electron/host/held-folder.ts';
import { PathRefusedError } from '@electron/host/path-policy.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { buildPlan } from '../helpers/plan-builders.ts';
import { samplesFolder } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

/** Swaps `a`, a folder, for `a-link`, a link to a folder outside, and back, each for about a millisecond, until killed. */
const swapper = `
const { renameSync } = require('node:fs');
const { join } = require('node:path');
const workspace = process.argv[1];
const at = (name) => join(workspace, name);
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
for (;;) {
  renameSync(at('a'), at('a-folder'));
  renameSync(at('a-link'), at('a'));
  pause();
  renameSync(at('a'), at('a-link'));
  renameSync(at('a-folder'), at('a'));
  pause();
}
`;

const rounds = 1_000;

describe('a folder swapped for a link while the browser host reads and saves in it', () => {
  it('never reads a file outside the workspace, and never writes one there', { timeout: 120_000 }, async () => {
    const root = await realpath(await temp.make());
    const workspace = join(root, 'workspace');
    const outside = join(root, 'outside');
    await mkdir(join(workspace, 'a'), { recursive: true });
    await mkdir(outside);
    const insidePlan = serializePlan(buildPlan({ details: { authority: 'בתוך התיקייה' } }));
    const outsidePlan = serializePlan(buildPlan({ details: { authority: 'מחוץ לתיקייה' } }));
    await writeFile(join(workspace, 'a', 'plan.tamhil'), insidePlan);
    await writeFile(join(outside, 'plan.tamhil'), outsidePlan);
    await symlink(outside, join(workspace, 'a-link'));
    const { host } = await createNodeHost({ transport: 'browser', version: 'test', dataFolder: join(root, 'data'), workspace, samplesFolder, settingsBackend: () => ({ store: {} }), dialogs: null });

    const swapping = spawn(process.execPath, ['-e', swapper, workspace], { stdio: 'ignore' });
    const swapped = new Promise((resolve) => swapping.once('exit', resolve));
    const outcomes = { readInside: 0, readOutside: 0, saved: 0, refused: 0, failed: 0 };
    const refusedOrThrow = (error: unknown) => {
      if (!(error instanceof PathRefusedError)) throw error;
      outcomes.refused += 1;
    };
    try {
      for (let round = 0; round < rounds; round += 1) {
        await Promise.all([
          host['plan:read']({ path: 'a/plan.tamhil' }).then((read) => {
            if (!read.ok) outcomes.failed += 1;
            else if (read.plan.details.authority === 'מחוץ לתיקייה') outcomes.readOutside += 1;
            else outcomes.readInside += 1;
          }, refusedOrThrow),
          host['plan:save']({ path: 'a/plan.tamhil', plan: buildPlan({ details: { authority: 'בתוך התיקייה' } }), expectedRevision: null, overwrite: true }).then(
            (saved) => (saved.ok ? (outcomes.saved += 1) : (outcomes.failed += 1)),
            refusedOrThrow,
          ),
          host['plan:save']({ path: `a/new-${round}.tamhil`, plan: buildPlan(), expectedRevision: null, overwrite: false }).then(
            (saved) => (saved.ok ? (outcomes.saved += 1) : (outcomes.failed += 1)),
            refusedOrThrow,
          ),
        ]);
      }
    } finally {
      swapping.kill('SIGKILL');
      await swapped;
    }

    expect(outcomes.readOutside, JSON.stringify(outcomes)).toBe(0);
    expect(await readdir(outside)).toEqual(['plan.tamhil']);
    expect(await readFile(join(outside, 'plan.tamhil'), 'utf8')).toBe(outsidePlan);
    // Both sides of the race were met: reads and saves that went through, and ones refused.
    expect(outcomes.readInside).toBeGreaterThan(0);
    expect(outcomes.saved).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it.runIf(process.platform === 'linux')('writes into the folder it holds even after that folder is swapped for a link', async () => {
    const root = await realpath(await temp.make());
    await mkdir(join(root, 'a'));
    await mkdir(join(root, 'outside'));
    const held = await holdFolder(join(root, 'a'));
    try {
      await rename(join(root, 'a'), join(root, 'a-folder'));
      await symlink(join(root, 'outside'), join(root, 'a'));
      await writeFile(held.entry('plan.tamhil'), 'kept inside');
      expect(held.real).toBe(join(root, 'a'));
    } finally {
      await held.close();
    }
    expect(await readFile(join(root, 'a-folder', 'plan.tamhil'), 'utf8')).toBe('kept inside');
    expect(await readdir(join(root, 'outside'))).toEqual([]);
  });
});
