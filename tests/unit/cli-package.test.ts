import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repositoryRoot, validSamplePath } from '../helpers/samples.ts';
import { freePort, serveTamhil } from '../helpers/spawn-tamhil.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const run = promisify(execFile);
const temp = tempFolders('tamhil-package-');
afterAll(temp.removeAll);

/**
 * Tamhil as a user installs it: the tarball `npm pack` makes, installed with production
 * dependencies only into a folder of its own. A command that needs a build step the package
 * skipped, or a library that only developers install, fails here.
 */
let installed: string;
let packedFiles: string[];
beforeAll(async () => {
  const packFolder = await temp.make();
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', packFolder], { cwd: repositoryRoot, maxBuffer: 64 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed!.files.map((file) => file.path);
  installed = await temp.make();
  await run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', join(packFolder, packed!.filename)], { cwd: installed });
}, 180_000);

describe('the packed tamhil command', { timeout: 60_000 }, () => {
  it('holds the built command, the built app and the samples, and no TypeScript source', () => {
    expect(packedFiles).toContain('electron/cli/tamhil.mjs');
    expect(packedFiles).toContain('dist/cli/tamhil.mjs');
    expect(packedFiles).toContain('dist/renderer/index.html');
    expect(packedFiles).toContain('templates/samples/givat-hadkalim-2027.tamhil');
    expect(packedFiles.filter((path) => path.endsWith('.ts'))).toEqual([]);
  });

  it('installs with no other package and validates the sample from another folder', async () => {
    expect((await readdir(join(installed, 'node_modules'))).filter((name) => !name.startsWith('.'))).toEqual(['tamhil']);
    const { stdout } = await run(join(installed, 'node_modules', '.bin', 'tamhil'), ['validate', validSamplePath, '--json'], { cwd: await temp.make() });
    expect(JSON.parse(stdout)).toMatchObject({ valid: true, totals: { total: 4_309_500 } });
  });

  it('serves the app from the built files with tamhil web', async () => {
    const served = await serveTamhil(join(installed, 'node_modules', 'tamhil', 'electron', 'cli', 'tamhil.mjs'), ['web', '--port', String(await freePort())], {
      ...process.env,
      TAMHIL_DATA_DIR: await temp.make(),
    });
    const html = await (await fetch(served.url.replace(/#.*/, ''))).text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(new URL(script!, served.url))).status).toBe(200);
    const token = served.url.split('#token=')[1]!;
    const samples = await fetch(new URL('/api/samples:list', served.url), { method: 'POST', headers: { 'X-Tamhil-Token': token }, body: '{}' });
    expect(((await samples.json()) as { fileName: string }[]).map((sample) => sample.fileName)).toContain('givat-hadkalim-2027.tamhil');
    expect(await served.stop()).toBe(0);
  });
});
