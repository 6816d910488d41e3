import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { appVersion, rendererBuildFolder, samplesFolder } from '../host/app-folders.ts';
import { confSettingsBackend } from '../host/conf-settings.ts';
import { createNodeHost } from '../host/node-host.ts';
import { userDataFolder } from '../host/user-data.ts';
import { message, type Message } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { startWebServer, type RunningWebServer } from './web-server.ts';

/**
 * The port `tamhil web` and `npm start` use unless told otherwise, so the address is the same
 * every day (the token after it is new for every run); another is taken only when it is busy.
 */
export const defaultWebPort = 47027;

export type ServeOptions = {
  workspace?: string;
  /** A port the user asked for: busy means failure. */
  port?: number;
  /** A port to try first, falling back to any free one (the default port). */
  preferredPort?: number;
  dataFolder?: string;
};

export type ServedApp = RunningWebServer & { workspace: string; preferredPortBusy: boolean };

/** Why the browser host cannot start, in one line for the terminal, which words `text` itself. */
export class ServeError extends Error {
  constructor(readonly text: Message) {
    super(wordMessage('en', text));
  }
}

const portInUse = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EADDRINUSE';

/** Starts the browser host on the user's data folder (or the given workspace). */
export async function serveInBrowser({ workspace, port, preferredPort, dataFolder = userDataFolder() }: ServeOptions): Promise<ServedApp> {
  if (!existsSync(`${rendererBuildFolder}/index.html`)) {
    throw new ServeError(message('cli.web.notBuilt'));
  }
  const { host, workspace: workspaceFolder } = await createNodeHost({
    transport: 'browser',
    version: appVersion(),
    dataFolder,
    ...(workspace ? { workspace: resolve(workspace) } : {}),
    samplesFolder,
    settingsBackend: confSettingsBackend,
    dialogs: null,
  });
  const serve = (on: number) => startWebServer({ host, rendererFolder: rendererBuildFolder, port: on });
  if (port !== undefined) {
    try {
      return { ...(await serve(port)), workspace: workspaceFolder, preferredPortBusy: false };
    } catch (error) {
      if (portInUse(error)) throw new ServeError(message('cli.web.portInUse', { port }));
      throw error;
    }
  }
  try {
    return { ...(await serve(preferredPort ?? 0)), workspace: workspaceFolder, preferredPortBusy: false };
  } catch (error) {
    if (preferredPort === undefined || !portInUse(error)) throw error;
    return { ...(await serve(0)), workspace: workspaceFolder, preferredPortBusy: true };
  }
}
