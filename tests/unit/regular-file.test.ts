import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { ownProblemCodes } from '@shared/model/file-system-problem.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { PathRefusedError } from '@electron/host/path-policy.ts';
import { readRegularFile } from '@electron/host/regular-file.ts';
import { readSpreadsheet } from '@electron/host/spreadsheet-files.ts';
import { openPlanFile } from '@electron/host/plan-files.ts';
import { RecoveryStore } from '@electron/host/recovery-store.ts';
import { describeFile } from '@electron/host/workspace.ts';
import { createNodeHost } from '@electron/host/node-host.ts';
import { buildPlan } from '../helpers/plan-builders.ts';
import { samplesFolder, validSampleName } from '../helpers/samples.ts';
import { runTamhil } from '../helpers/run-tamhil.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  await temp.removeAll();
});

async function namedPipe(folder: string, name: string): Promise<string> {
  const path = join(folder, name);
  execFileSync('mkfifo', [path]);
  return path;
}

async function socketFile(folder: string, name: string): Promise<string> {
  const path = join(folder, name);
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return path;
}

const limit = 1024;

describe('reading regular files only', () => {
  it('reads a regular file whole', async () => {
    const folder = await temp.make();
    await writeFile(join(folder, 'plan.tamhil'), 'שלום');
    const read = await readRegularFile(join(folder, 'plan.tamhil'), { limit });
    expect(read.ok && read.bytes.toString('utf8')).toBe('שלום');
  });

  it('refuses a named pipe without waiting for a writer, and says it is a named pipe', async () => {
    const pipe = await namedPipe(await temp.make(), 'plan.tamhil');
    const read = await readRegularFile(pipe, { limit });
    expect(read).toEqual({ ok: false, error: { code: 'io', errno: ownProblemCodes.namedPipe } });
    if (read.ok) return;
    expect(openErrorMessage(read.error, 'en')).toBe('The file could not be read: It is a named pipe, not a file.');
    expect(openErrorMessage(read.error, 'he')).toContain('צינור בעל שם');
  });

  it('refuses a link to /dev/zero as a device before reading anything', async () => {
    const folder = await temp.make();
    await symlink('/dev/zero', join(folder, 'endless.tamhil'));
    expect(await readRegularFile(join(folder, 'endless.tamhil'), { limit: 64 * 1024 * 1024 })).toEqual({
      ok: false,
      error: { code: 'io', errno: ownProblemCodes.device },
    });
  });

  it('refuses a socket and a folder, each by what it is', async () => {
    const folder = await temp.make();
    expect(await readRegularFile(await socketFile(folder, 'plan.tamhil'), { limit })).toEqual({ ok: false, error: { code: 'io', errno: ownProblemCodes.socket } });
    await mkdir(join(folder, 'folder.tamhil'));
    expect(await readRegularFile(join(folder, 'folder.tamhil'), { limit })).toEqual({ ok: false, error: { code: 'io', errno: 'EISDIR' } });
  });

  it('reports a missing file, or one in a missing folder, as not found', async () => {
    const folder = await temp.make();
    expect(await readRegularFile(join(folder, 'none.tamhil'), { limit })).toEqual({ ok: false, error: { code: 'not-found' } });
    await writeFile(join(folder, 'file'), '');
    expect(await readRegularFile(join(folder, 'file', 'none.tamhil'), { limit })).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it.runIf(existsSync('/proc/self/status'))('refuses by what a file holds, not by the size it reports', async () => {
    // Files under /proc report a size of 0 and hold more.
    const read = await readRegularFile('/proc/self/status', { limit: 16 });
    expect(read).toMatchObject({ ok: false, error: { code: 'too-large', limit: 16 } });
    const whole = await readRegularFile('/proc/self/status', { limit: 1024 * 1024 });
    expect(whole.ok && whole.bytes.toString('utf8')).toContain('Pid:');
  });

  it('refuses a file that, once opened, is not where the path policy allows', async () => {
    const root = await realpath(await temp.make());
    await mkdir(join(root, 'inside'));
    await mkdir(join(root, 'outside'));
    await writeFile(join(root, 'outside', 'secret.tamhil'), 'secret');
    await symlink(join(root, 'outside'), join(root, 'inside', 'linked'));
    const insideOnly = (real: string) => real.startsWith(join(root, 'inside'));
    await expect(readRegularFile(join(root, 'inside', 'linked', 'secret.tamhil'), { limit, admits: insideOnly })).rejects.toThrow(PathRefusedError);
    await writeFile(join(root, 'inside', 'mine.tamhil'), 'mine');
    const read = await readRegularFile(join(root, 'inside', 'mine.tamhil'), { limit, admits: insideOnly });
    expect(read.ok && read.bytes.toString('utf8')).toBe('mine');
  });
});

describe('every reader of the host refuses what is not a regular file', () => {
  it('opening a plan, reading a spreadsheet and describing a recent file', async () => {
    const folder = await temp.make();
    const plan = await namedPipe(folder, 'plan.tamhil');
    const table = await namedPipe(folder, 'table.csv');
    expect(await openPlanFile(plan, 'plan.tamhil')).toMatchObject({ ok: false, error: { code: 'io', errno: ownProblemCodes.namedPipe } });
    expect(await readSpreadsheet(table, 'table.csv')).toMatchObject({ ok: false, error: { code: 'io', errno: ownProblemCodes.namedPipe } });
    expect(await describeFile(plan, 'plan.tamhil')).toBeNull();
  });

  it('keeps offering the recovery entries around a named pipe named like one', async () => {
    const folder = await temp.make();
    const store = new RecoveryStore(folder, { liveForMs: 0 });
    await store.write('kept', null, serializePlan(buildPlan()));
    await namedPipe(folder, 'pipe.recovery.json');
    expect((await store.list()).map((entry) => entry.key)).toEqual(['kept']);
  });
});

describe('the browser host with named pipes in its workspace', () => {
  it('answers four reads of a named pipe, and still opens a plan afterwards', async () => {
    const dataFolder = await temp.make();
    const { host, workspace } = await createNodeHost({ transport: 'browser', version: 'test', dataFolder, samplesFolder, settingsBackend: () => ({ store: {} }), dialogs: null });
    await namedPipe(workspace, 'pipe.tamhil');
    // Four is as many reads as Node's file threads: each one stuck on a pipe used to hold a thread for good.
    const reads = await Promise.all(Array.from({ length: 4 }, () => host['plan:read']({ path: 'pipe.tamhil' })));
    for (const read of reads) expect(read).toMatchObject({ ok: false, error: { code: 'io', errno: ownProblemCodes.namedPipe } });
    expect(await host['plan:open']({ path: validSampleName })).toMatchObject({ ok: true });
    expect((await host['workspace:list']({ kind: 'plan' })).map((entry) => entry.path)).not.toContain('pipe.tamhil');
  });
});

describe('the command line refuses what is not a regular file', () => {
  it('tamhil diff names the named pipe and ends instead of waiting on it', async () => {
    const folder = await temp.make();
    await writeFile(join(folder, 'plan.tamhil'), serializePlan(buildPlan()));
    const pipe = await namedPipe(folder, 'pipe.tamhil');
    const run = await runTamhil('diff', join(folder, 'plan.tamhil'), pipe);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${pipe}: The file could not be read: It is a named pipe, not a file.`);
  });

  it('tamhil diff refuses a link to a device', async () => {
    const folder = await temp.make();
    await writeFile(join(folder, 'plan.tamhil'), serializePlan(buildPlan()));
    await symlink('/dev/zero', join(folder, 'zero.tamhil'));
    const run = await runTamhil('diff', join(folder, 'plan.tamhil'), join(folder, 'zero.tamhil'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('It is a device, not a file.');
  });
});
