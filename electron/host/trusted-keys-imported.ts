import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SettingsSchema, type TrustedKey } from '@shared/host-api.ts';

/** Both hosts keep their settings in the data folder under this name (conf and electron-store alike). */
const settingsFileName = 'settings.json';

/**
 * The keys the user imported in the app on this computer, read from its settings without
 * writing them, so the command line believes what the app believes. Settings the app would not
 * read count as no imported keys, as they do in the app.
 */
export async function importedKeys(dataFolder: string): Promise<TrustedKey[]> {
  let text: string;
  try {
    text = await readFile(join(dataFolder, settingsFileName), 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = SettingsSchema.shape.trustedKeys.safeParse((JSON.parse(text) as { trustedKeys?: unknown } | null)?.trustedKeys);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
