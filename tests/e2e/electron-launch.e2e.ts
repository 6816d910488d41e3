import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Looks for an Electron program without triggering the electron package's download. */
function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH) return existsSync(process.env.ELECTRON_PATH) ? process.env.ELECTRON_PATH : null;
  const pathFile = join(appRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(appRoot, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.warn(
    'SKIPPED: the Electron launch test needs the Electron program, which is not on this machine ' +
      '(its download site cannot be reached). Set ELECTRON_PATH to run it; the browser-host tests cover the same UI.',
  );
}

describe('the desktop app', () => {
  it.skipIf(!binary)('opens a secure window on the bundled sample plan in Hebrew', async () => {
    const dataFolder = await mkdtemp(join(tmpdir(), 'tamhil-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [appRoot], env: { ...process.env, TAMHIL_DATA_DIR: dataFolder } });
    try {
      const window = await app.firstWindow();
      await window.getByLabel('רשות מקומית').waitFor();
      expect(await window.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים');
      expect(await window.locator('html').getAttribute('dir')).toBe('rtl');
      const exposed = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { tamhilDesktop?: object }).tamhilDesktop ?? {}).sort(),
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['host', 'onMenuCommand'] });
    } finally {
      await app.close();
      await rm(dataFolder, { recursive: true, force: true });
    }
  });
});
