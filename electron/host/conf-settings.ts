import Conf from 'conf';
import type { SettingsBackend } from './settings-store.ts';

/**
 * Settings in plain Node (browser host, tests). A settings file that is not JSON is replaced by
 * defaults instead of stopping the app: it holds only a language and recent files.
 */
export function confSettingsBackend(folder: string): SettingsBackend {
  return new Conf({ cwd: folder, configName: 'settings', projectName: 'tamhil', clearInvalidConfig: true });
}
