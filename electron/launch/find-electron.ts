import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const marker = 'ELECTRON_PATH=';

/** Why there is no desktop window: the package is missing, or its program could not be downloaded. */
export type ElectronMissing = { found: false; cause: 'not-installed' | 'not-downloaded' | 'not-at-given-path'; detail: string };
export type ElectronLookup = { found: true; path: string } | ElectronMissing;

/**
 * Asks the electron package for its program in a child process: the package downloads the
 * program on first use, which fails (or hangs) where its download site cannot be reached, and
 * must never take this process down with it. ELECTRON_PATH names a program directly.
 */
export function findElectron(appRoot: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 90_000): ElectronLookup {
  if (env.ELECTRON_PATH) {
    return existsSync(env.ELECTRON_PATH) ? { found: true, path: env.ELECTRON_PATH } : { found: false, cause: 'not-at-given-path', detail: `ELECTRON_PATH ${env.ELECTRON_PATH} does not exist` };
  }
  const result = spawnSync(process.execPath, ['-e', `process.stdout.write('\\n${marker}' + require('electron'))`], {
    cwd: appRoot,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = result.stdout?.split(marker)[1]?.trim();
  if (result.status === 0 && path && existsSync(path)) return { found: true, path };
  if (result.error) return { found: false, cause: 'not-downloaded', detail: result.error.message };
  const stderr = `${result.stderr ?? ''}`;
  if (/Cannot find module 'electron'/.test(stderr)) return { found: false, cause: 'not-installed', detail: "Cannot find module 'electron'" };
  // The first error line names the cause ("TypeError: fetch failed"); the rest is its stack.
  const firstError = stderr.split('\n').find((line) => /^\w*Error: /.test(line));
  return { found: false, cause: 'not-downloaded', detail: firstError?.trim() ?? `exit code ${result.status}` };
}
