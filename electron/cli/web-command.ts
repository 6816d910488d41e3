import { parseArgs } from 'node:util';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { WorkspaceError } from '../host/workspace.ts';
import { defaultWebPort, serveInBrowser, ServeError, type ServedApp } from '../web/serve-in-browser.ts';
import { CommandFailure, exitCodes, parseCommandLine, runCommand, sayIn, terminalLanguage } from './command-line.ts';
import type { Output } from './terminal-output.ts';

const webUsage = 'usage: tamhil web [--workspace DIR] [--port N]\n';

// web and start have no --lang: they speak the terminal's default language.
const say = sayIn(terminalLanguage);

/** The options `web` and `start` share: where the plans are, and which port to serve on. */
export const serveOptions = { workspace: { type: 'string' }, port: { type: 'string' } } as const;

function portOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) throw new CommandFailure(exitCodes.usage, say('cli.web.port', { value: JSON.stringify(value) }));
  return port;
}

/** Starts the browser host, turning a busy port or an unusable workspace into one line and exit 2. */
export async function startServing(values: { workspace?: string | undefined; port?: string | undefined }): Promise<ServedApp> {
  const port = portOf(values.port);
  try {
    return await serveInBrowser({
      ...(values.workspace !== undefined ? { workspace: values.workspace } : {}),
      ...(port !== undefined ? { port } : { preferredPort: defaultWebPort }),
    });
  } catch (error) {
    if (error instanceof ServeError || error instanceof WorkspaceError) throw new CommandFailure(exitCodes.failed, wordMessage(terminalLanguage, error.text));
    throw error;
  }
}

/** Says where the app is and how to stop it, then serves until Ctrl+C (or a service manager's SIGTERM). */
export async function serveUntilStopped(served: ServedApp, stdout: Output, stderr: Output): Promise<number> {
  stdout.write(`${served.url}\n`);
  if (served.preferredPortBusy) stderr.write(`${say('cli.web.portBusy', { preferred: defaultWebPort, port: served.port })}\n`);
  stderr.write(`${say('cli.web.workspace', { workspace: served.workspace })}\n`);
  stderr.write(`${say('cli.web.stop')}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await served.close();
  return exitCodes.ok;
}

/** `tamhil web`: the app served to a browser on this computer, from the built files. */
export async function webCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  return runCommand('web', webUsage, stderr, async () => {
    const { values, positionals } = parseCommandLine(() => parseArgs({ args: argv, options: serveOptions, allowPositionals: true }));
    if (positionals.length > 0) throw new CommandFailure(exitCodes.usage, say('cli.web.noFiles', { files: positionals.join(' ') }));
    const served = await startServing(values);
    stderr.write(`${say('cli.web.served')}\n`);
    return serveUntilStopped(served, stdout, stderr);
  });
}
