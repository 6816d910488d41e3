import { parseArgs } from 'node:util';
import { WorkspaceError } from '../host/workspace.ts';
import { defaultWebPort, serveInBrowser, ServeError, type ServedApp } from '../web/serve-in-browser.ts';
import { CommandFailure, exitCodes, parseCommandLine, runCommand } from './command-line.ts';
import type { Output } from './terminal-output.ts';

const webUsage = 'usage: tamhil web [--workspace DIR] [--port N]\n';

/** The options `web` and `start` share: where the plans are, and which port to serve on. */
export const serveOptions = { workspace: { type: 'string' }, port: { type: 'string' } } as const;

function portOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) throw new CommandFailure(exitCodes.usage, `--port takes a whole number from 1 to 65535, not ${JSON.stringify(value)}`);
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
    if (error instanceof ServeError || error instanceof WorkspaceError) throw new CommandFailure(exitCodes.failed, error.message);
    throw error;
  }
}

/** Says where the app is and how to stop it, then serves until Ctrl+C (or a service manager's SIGTERM). */
export async function serveUntilStopped(served: ServedApp, stdout: Output, stderr: Output): Promise<number> {
  stdout.write(`${served.url}\n`);
  if (served.preferredPortBusy) stderr.write(`(Port ${defaultWebPort} is busy, so Tamhil took port ${served.port} for this run.)\n`);
  stderr.write(`Plans are read and saved in ${served.workspace}; files elsewhere on this computer open with "Open a file from this computer".\n`);
  stderr.write('Press Ctrl+C to stop Tamhil.\n');
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
    if (positionals.length > 0) throw new CommandFailure(exitCodes.usage, `web takes no file names (got ${positionals.join(' ')})`);
    const served = await startServing(values);
    stderr.write('Tamhil is served to your browser at this address, on this computer only; open it in Chrome, Edge or Firefox:\n');
    return serveUntilStopped(served, stdout, stderr);
  });
}
