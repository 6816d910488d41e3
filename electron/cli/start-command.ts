import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { appRoot } from '../host/app-folders.ts';
import { findElectron, type ElectronMissing } from '../launch/find-electron.ts';
import { CommandFailure, exitCodes, parseCommandLine, runCommand } from './command-line.ts';
import type { Output } from './terminal-output.ts';
import { serveOptions, serveUntilStopped, startServing } from './web-command.ts';

const startUsage = 'usage: tamhil start [PLAN.tamhil] [--workspace DIR] [--port N] [--verbose]\n';

const whyNoWindow: Record<ElectronMissing['cause'], string> = {
  'not-downloaded': "Tamhil's desktop window needs Electron's program, which could not be downloaded on this machine,",
  'not-installed': "Tamhil's desktop window needs Electron, which is not installed with this copy of Tamhil,",
  'not-at-given-path': "Tamhil's desktop window needs Electron's program, and ELECTRON_PATH names none,",
};

/**
 * `tamhil start` (what `npm start` runs): the desktop app when Electron's program is there,
 * otherwise the same app served to the browser, so the work can always start. What happened
 * is said in plain words; the technical reason only with --verbose.
 */
export async function startCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  return runCommand('start', startUsage, stderr, async () => {
    const { values, positionals } = parseCommandLine(() =>
      parseArgs({ args: argv, options: { ...serveOptions, verbose: { type: 'boolean', default: false } }, allowPositionals: true }),
    );
    if (positionals.some((file) => !file.toLowerCase().endsWith('.tamhil'))) {
      throw new CommandFailure(exitCodes.usage, `start opens plan files (.tamhil), not ${positionals.filter((file) => !file.toLowerCase().endsWith('.tamhil')).join(' ')}`);
    }
    const electron = findElectron(appRoot);
    if (electron.found) {
      if (values.workspace !== undefined || values.port !== undefined) {
        stderr.write('tamhil start: --workspace and --port are for the browser version; the desktop window opens plans from anywhere itself.\n');
      }
      const child = spawn(electron.path, [appRoot, ...positionals], { stdio: 'inherit' });
      return new Promise<number>((resolve) => {
        child.on('exit', (code) => resolve(code ?? 1));
        child.on('error', (error: NodeJS.ErrnoException) => {
          stderr.write(`tamhil start: Electron's program at ${electron.path} could not be started (${error.code ?? error.message})\n`);
          resolve(exitCodes.failed);
        });
      });
    }
    const served = await startServing(values);
    stderr.write(`${whyNoWindow[electron.cause]} so Tamhil opens in your web browser instead: the same app, on this computer only.\n`);
    if (values.verbose) stderr.write(`(Technical reason: ${electron.detail})\n`);
    if (positionals.length > 0) stderr.write(`To work on ${positionals.join(', ')}, open it from the app ("Open a file from this computer").\n`);
    stderr.write('Open this address in Chrome, Edge or Firefox:\n');
    return serveUntilStopped(served, stdout, stderr);
  });
}
