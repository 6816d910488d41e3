import { join } from 'node:path';
import type { TrustedKey } from '@shared/host-api.ts';
import { translate } from '@shared/i18n/translate.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { keyFileProblemText } from '@shared/review/key-file-problem.ts';
import { readPublicKeyFile } from './public-key-files.ts';
import { importedKeys } from './trusted-keys-imported.ts';
import { installationKeyFolders, readInstallationKeys, trustedKeysFolderName } from './trusted-keys.ts';

export type CommandLineTrust =
  | {
      ok: true;
      /** The keys given with --trust, then the installation's list, then those the user imported in the app. */
      keys: TrustedKey[];
      /** Key files of the installation's list that could not be read, worded; the others still count. */
      warnings: string[];
      /** What to do when no key is trusted at all, worded, for a command that met an approval it could not verify. */
      noKeysHint: string;
    }
  | { ok: false; problem: string };

/**
 * The keys a command believes approvals from, as the app on this computer would, and the key
 * files named with --trust. A file named with --trust that is not a key is a failure: the user
 * asked for it, and going on without it would report approvals as not verified for no clear reason.
 */
export async function commandLineTrust(trustFiles: readonly string[], language: Language, dataFolder: string): Promise<CommandLineTrust> {
  const given: TrustedKey[] = [];
  for (const file of trustFiles) {
    const read = await readPublicKeyFile(file, file);
    if (!read.ok) return { ok: false, problem: translate(language, 'trust.cli.trustFile', { file, reason: keyFileProblemText(read.error, language) }) };
    given.push(read.key);
  }
  const installation = await readInstallationKeys(installationKeyFolders(dataFolder));
  return {
    ok: true,
    keys: [...given, ...installation.keys.map(({ name, publicKey }) => ({ name, publicKey })), ...(await importedKeys(dataFolder))],
    warnings: installation.problems.map(({ file, error }) => translate(language, 'trust.installation.unreadable', { file, reason: keyFileProblemText(error, language) })),
    noKeysHint: translate(language, 'trust.cli.noTrustedKeys', { folder: join(dataFolder, trustedKeysFolderName) }),
  };
}
