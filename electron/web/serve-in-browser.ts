import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { appVersion, rendererBuildFolder, samplesFolder } from '../host/app-folders.ts';
import { confSettingsBackend } from '../host/conf-settings.ts';
import { createNodeHost } from '../host/node-host.ts';
import { userDataFolder } from '../host/user-data.ts';
import { startWebServer, type RunningWebServer } from './web-server.ts';

export type ServeOptions = { workspace?: string; port?: number; dataFolder?: string };

/** Starts the browser host on the user's data folder (or the given workspace) and prints its URL. */
export async function serveInBrowser({ workspace, port, dataFolder = userDataFolder() }: ServeOptions): Promise<RunningWebServer> {
  if (!existsSync(`${rendererBuildFolder}/index.html`)) {
    throw new Error('the renderer is not built: run `npm run build:renderer` first');
  }
  const { host } = await createNodeHost({
    transport: 'browser',
    version: appVersion(),
    dataFolder,
    ...(workspace ? { workspace: resolve(workspace) } : {}),
    samplesFolder,
    settingsBackend: confSettingsBackend,
    dialogs: null,
  });
  return startWebServer({ host, rendererFolder: rendererBuildFolder, ...(port !== undefined ? { port } : {}) });
}
