import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTamhil } from '../helpers/run-tamhil.ts';
import { repositoryRoot } from '../helpers/samples.ts';
import { freePort, serveTamhil } from '../helpers/spawn-tamhil.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders('tamhil-web-');
afterAll(temp.removeAll);

const bin = join(repositoryRoot, 'electron', 'cli', 'tamhil.mjs');

async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

describe('tamhil web and start, as a user runs them', { timeout: 30_000 }, () => {
  it('serves the built app and its plans on the address it prints, and stops on Ctrl+C', async () => {
    const dataFolder = await temp.make();
    const served = await serveTamhil(bin, ['web', '--port', String(await freePort())], { ...process.env, TAMHIL_DATA_DIR: dataFolder });
    const page = await fetch(served.url.replace(/#.*/, ''));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const token = served.url.split('#token=')[1]!;
    const listing = await fetch(new URL('/api/workspace:list', served.url), { method: 'POST', headers: { 'X-Tamhil-Token': token }, body: JSON.stringify({ kind: 'plan' }) });
    expect(((await listing.json()) as { path: string }[]).map((entry) => entry.path)).toContain('givat-hadkalim-2027.tamhil');
    expect(served.stderr()).toContain('Press Ctrl+C to stop Tamhil.');
    expect(served.stderr()).toContain(join(dataFolder, 'workspace'));
    expect(await served.stop()).toBe(0);
  });

  it('falls back from the desktop window to the browser in plain words, with the technical reason only when asked', async () => {
    const env = { ...process.env, TAMHIL_DATA_DIR: await temp.make(), ELECTRON_PATH: join(await temp.make(), 'no-electron-here') };
    const plain = await serveTamhil(bin, ['start', '--port', String(await freePort())], env);
    expect(plain.stderr()).toContain("Tamhil's desktop window needs Electron's program, and ELECTRON_PATH names none, so Tamhil opens in your web browser instead: the same app");
    expect(plain.stderr()).not.toMatch(/Error|Technical|at .*\.js/);
    expect(await plain.stop()).toBe(0);

    const verbose = await serveTamhil(bin, ['start', '--verbose', '--port', String(await freePort())], env);
    expect(verbose.stderr()).toContain('(Technical reason: ELECTRON_PATH');
    expect(await verbose.stop()).toBe(0);
  });

  it('takes another port when its usual one is busy, and says so', async () => {
    // The default port is the product's own; this test only checks the wording of the fallback when it is taken.
    const blocker = await occupy(47027).catch(() => null);
    try {
      const served = await serveTamhil(bin, ['web'], { ...process.env, TAMHIL_DATA_DIR: await temp.make() });
      expect(served.url).not.toContain(':47027/');
      expect(served.stderr()).toContain('Port 47027 is busy, so Tamhil took port');
      expect(await served.stop()).toBe(0);
    } finally {
      blocker?.close();
    }
  });
});

describe('tamhil web refuses what it cannot use, in one line', () => {
  it('exits 2 when the port the user asked for is busy', async () => {
    const port = await freePort();
    const blocker = await occupy(port);
    try {
      const run = await runTamhil('web', '--port', String(port));
      expect(run).toEqual({ code: 2, stdout: '', stderr: `tamhil web: port ${port} is in use by another program: choose another with --port N, or leave --port out\n` });
    } finally {
      blocker.close();
    }
  });

  it('exits 2 when the workspace is a file, naming it', async () => {
    const file = join(await temp.make(), 'plans.txt');
    await writeFile(file, 'x');
    const run = await runTamhil('web', '--workspace', file);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `tamhil web: the workspace ${file} is a file, not a folder\n` });
  });

  it('exits 1 for a port that is not a number, with the usage', async () => {
    const run = await runTamhil('web', '--port', 'eighty');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tamhil web: --port takes a whole number from 1 to 65535, not "eighty"\nusage: tamhil web/);
  });

  it('says which files start opens, for anything else', async () => {
    const run = await runTamhil('start', 'notes.txt');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('start opens plan files (.tamhil), not notes.txt');
  });

  it('prints its version', async () => {
    expect(await runTamhil('--version')).toEqual({ code: 0, stdout: 'tamhil 0.1.0\n', stderr: '' });
  });
});
