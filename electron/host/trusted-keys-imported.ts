import { join } from 'node:path';
import { SettingsSchema, type TrustedKey } from '@shared/host-api.ts';
import { readRegularFile } from './regular-file.ts';

/** Far more than a language, recent files and a few keys take; a bigger settings file is not the app's. */
const settingsSizeLimit = 1024 * 1024;

/** Both hosts keep their settings in the data folder under this name (conf and electron-store alike). */
const settingsFileName = 'settings.json';

/**
 * The keys the user imported in the app on this computer, read from its settings without
 * writing them, so the command line believes what the app believes. Settings the app would not
 * read count as no imported keys, as they do in the app.
 */
export async function importedKeys(dataFolder: string): Promise<TrustedKey[]> {
  const read = await readRegularFile(join(dataFolder, settingsFileName), { limit: settingsSizeLimit });
  if (!read.ok) return [];
  const text = read.bytes.toString('utf8');
  try {
    const parsed = SettingsSchema.shape.trustedKeys.safeParse((JSON.parse(text) as { trustedKeys?: unknown } | null)?.trustedKeys);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
