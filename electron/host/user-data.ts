import { homedir } from 'node:os';
import { join } from 'node:path';

const productName = 'Tamhil';

/**
 * Where Tamhil keeps settings, recovery files and the sample workspace: the same folder
 * Electron's `app.getPath('userData')` gives, so the desktop app and the browser host share it.
 * TAMHIL_DATA_DIR overrides it (tests, portable use).
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TAMHIL_DATA_DIR) return env.TAMHIL_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), productName);
}

export type DataLayout = { settingsFolder: string; recoveryFolder: string; workspace: string; signingKeyFile: string };

export function dataLayout(dataFolder: string): DataLayout {
  return {
    settingsFolder: dataFolder,
    recoveryFolder: join(dataFolder, 'recovery'),
    workspace: join(dataFolder, 'workspace'),
    signingKeyFile: join(dataFolder, 'keys', 'approval-key.json'),
  };
}
