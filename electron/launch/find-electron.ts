import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const marker = 'ELECTRON_PATH=';

export type ElectronLookup = { found: true; path: string } | { found: false; reason: string };

/**
 * Asks the electron package for its program in a child process: the package downloads the
 * program on first use, which fails (or hangs) where its download site cannot be reached, and
 * must never take this process down with it.
 */
export function findElectron(appRoot: string, timeoutMs = 90_000): ElectronLookup {
  const result = spawnSync(process.execPath, ['-e', `process.stdout.write('\\n${marker}' + require('electron'))`], {
    cwd: appRoot,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = result.stdout?.split(marker)[1]?.trim();
  if (result.status === 0 && path && existsSync(path)) return { found: true, path };
  if (result.error) return { found: false, reason: result.error.message };
  // The first error line names the cause ("TypeError: fetch failed"); the rest is its stack.
  const firstError = `${result.stderr ?? ''}`.split('\n').find((line) => /^\w*Error: /.test(line));
  return { found: false, reason: firstError?.trim() ?? `exit code ${result.status}` };
}
