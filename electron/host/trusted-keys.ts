import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileKinds, type InstallationKeys } from '@shared/host-api.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';
import { appRoot } from './app-folders.ts';
import { readPublicKeyFile } from './public-key-files.ts';

/** The folder name an installation lists the ministry keys it trusts under, in each place it looks. */
export const trustedKeysFolderName = 'trusted-keys';

/**
 * Where an installation keeps the ministry's public keys it trusts without anyone importing
 * them: shipped inside the installation (beside its package.json, so a ministry build carries
 * its own key), then added on this computer in the data folder (where the settings are), by an
 * administrator or the user. Each holds key files as the app exports them (`.tamhilkey`).
 */
export function installationKeyFolders(dataFolder: string): string[] {
  return [join(appRoot, trustedKeysFolderName), join(dataFolder, trustedKeysFolderName)];
}

const isKeyFile = (name: string) => fileKinds.key.some((extension) => name.toLowerCase().endsWith(extension));

/**
 * Every key file in the folders, read afresh (an administrator may add one at any time). A
 * folder that is not there lists nothing; a file that cannot be read is listed with the reason
 * and the others still count.
 */
export async function readInstallationKeys(folders: readonly string[]): Promise<InstallationKeys> {
  const result: InstallationKeys = { folders: [...folders], keys: [], problems: [] };
  for (const folder of folders) {
    let names: string[];
    try {
      names = (await readdir(folder)).filter(isKeyFile).sort();
    } catch (error) {
      const errno = errnoOf(error);
      if (errno !== 'ENOENT') result.problems.push({ file: folder, error: { code: 'io', errno } });
      continue;
    }
    for (const name of names) {
      const file = join(folder, name);
      const read = await readPublicKeyFile(file, file);
      if (read.ok) result.keys.push({ ...read.key, file });
      else result.problems.push({ file, error: read.error });
    }
  }
  return result;
}
