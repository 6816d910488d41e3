import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LinuxPackager, type Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { appRoot } from '../helpers/fake-electron.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

/*
 * The switches compiled into the packaged program (Electron's fuses), read from
 * electron/electron-builder.yml by electron-builder itself and flipped by its own code on a
 * stand-in for Electron's program, since the real one cannot be had everywhere tests run.
 */

// '@electron/' is this project's alias for its electron/ folder, so Electron's fuses package is required past it.
const require = createRequire(import.meta.url);
const { getCurrentFuseWire } = require('@electron/fuses') as typeof import('@electron/fuses');
const { FuseState, SENTINEL } = require('@electron/fuses/dist/constants.js') as typeof import('@electron/fuses/dist/constants.js');

const temp = tempFolders();

const loadConfig = () => getConfig(appRoot, join(appRoot, 'electron', 'electron-builder.yml'), null);

/** A program's fuse wire as Electron ships it: its sentinel, version 1, eight fuses in their default states. */
function programWithDefaultFuses(): Buffer {
  const defaults = [FuseState.ENABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.ENABLE];
  return Buffer.concat([Buffer.from('\x7fELF program'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('rest of the program')]);
}

describe('the packaged desktop app', () => {
  it('is configured in a form electron-builder accepts, with the app in an asar archive and the templates beside it', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.asar).toBe(true);
    expect(config.extraResources).toEqual([{ from: 'templates', to: 'templates' }]);
  });

  it('flips the fuses: no running as Node.js, no NODE_OPTIONS, no inspector; cookies encrypted; only the checked app.asar loaded', async () => {
    const config: Configuration = await loadConfig();
    const folder = await temp.make();
    const program = join(folder, 'tamhil');
    await writeFile(program, programWithDefaultFuses());
    const packager = Object.create(LinuxPackager.prototype, { config: { value: config }, executableName: { value: 'tamhil' } }) as {
      doAddElectronFuses(context: { appOutDir: string; electronPlatformName: string }): Promise<void>;
    };
    try {
      await packager.doAddElectronFuses({ appOutDir: folder, electronPlatformName: 'linux' });
      const wire = await getCurrentFuseWire(program);
      expect({
        runAsNode: wire[0],
        enableCookieEncryption: wire[1],
        enableNodeOptionsEnvironmentVariable: wire[2],
        enableNodeCliInspectArguments: wire[3],
        enableEmbeddedAsarIntegrityValidation: wire[4],
        onlyLoadAppFromAsar: wire[5],
      }).toEqual({
        runAsNode: FuseState.DISABLE,
        enableCookieEncryption: FuseState.ENABLE,
        enableNodeOptionsEnvironmentVariable: FuseState.DISABLE,
        enableNodeCliInspectArguments: FuseState.DISABLE,
        enableEmbeddedAsarIntegrityValidation: FuseState.ENABLE,
        onlyLoadAppFromAsar: FuseState.ENABLE,
      });
      expect((await readFile(program)).length).toBe(programWithDefaultFuses().length);
    } finally {
      await temp.removeAll();
    }
  });
});
