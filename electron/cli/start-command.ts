import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { appRoot } from '../host/app-folders.ts';
import { findElectron } from '../launch/find-electron.ts';
import { CommandFailure, exitCodes, parseCommandLine, runCommand, sayIn, terminalLanguage } from './command-line.ts';
import type { Output } from './terminal-output.ts';
import { serveOptions, serveUntilStopped, startServing } from './web-command.ts';

const startUsage = 'usage: tamhil start [PLAN.tamhil] [--workspace DIR] [--port N] [--verbose]\n';

// start has no --lang: it speaks the terminal's default language.
const say = sayIn(terminalLanguage);

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
    const notPlans = positionals.filter((file) => !file.toLowerCase().endsWith('.tamhil'));
    if (notPlans.length > 0) throw new CommandFailure(exitCodes.usage, say('cli.start.planFilesOnly', { files: notPlans.join(' ') }));
    const electron = findElectron(appRoot);
    if (electron.found) {
      if (values.workspace !== undefined || values.port !== undefined) {
        stderr.write(`tamhil start: ${say('cli.start.serveOptionsIgnored')}\n`);
      }
      const child = spawn(electron.path, [appRoot, ...positionals], { stdio: 'inherit' });
      return new Promise<number>((resolve) => {
        child.on('exit', (code) => resolve(code ?? 1));
        child.on('error', (error: NodeJS.ErrnoException) => {
          stderr.write(`tamhil start: ${say('cli.start.electronFailed', { path: electron.path, reason: error.code ?? error.message })}\n`);
          resolve(exitCodes.failed);
        });
      });
    }
    const served = await startServing(values);
    stderr.write(`${say(`cli.start.noWindow.${electron.cause}`)}\n`);
    if (values.verbose) stderr.write(`${say('cli.start.technicalReason', { detail: electron.detail })}\n`);
    if (positionals.length > 0) stderr.write(`${say('cli.start.openFromApp', { files: positionals.join(', ') })}\n`);
    stderr.write(`${say('cli.start.openAddress')}\n`);
    return serveUntilStopped(served, stdout, stderr);
  });
}
