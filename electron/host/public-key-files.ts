import { basename } from 'node:path';
import type { KeyImportResult, TrustedKey } from '@shared/host-api.ts';
import { keyFileSizeLimit, parsePublicKeyText } from '@shared/review/public-key-file.ts';
import { readRegularFile, type AdmitsRealPath } from './regular-file.ts';

/**
 * Reads a reviewer's public key file, checked, or says why it is not one. A named pipe or a
 * device is refused before it is opened, as every file Tamhil reads: a key file is read from
 * folders an administrator fills and from the command line.
 */
export async function readPublicKeyFile(diskPath: string, shownPath: string, admits?: AdmitsRealPath): Promise<{ ok: true; key: TrustedKey } | Extract<KeyImportResult, { ok: false }>> {
  const name = basename(diskPath);
  const read = await readRegularFile(diskPath, { limit: keyFileSizeLimit, admits });
  if (!read.ok) return { ok: false, path: shownPath, name, error: read.error };
  const parsed = parsePublicKeyText(read.bytes.toString('utf8'));
  return parsed.ok ? parsed : { ok: false, path: shownPath, name, error: { code: 'not-a-key', detail: parsed.detail } };
}
