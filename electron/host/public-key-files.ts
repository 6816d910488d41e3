import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KeyImportResult, TrustedKey } from '@shared/host-api.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';
import { keyFileSizeLimit, parsePublicKeyText } from '@shared/review/public-key-file.ts';

/** Reads a reviewer's public key file, checked, or says why it is not one. */
export async function readPublicKeyFile(diskPath: string, shownPath: string): Promise<{ ok: true; key: TrustedKey } | Extract<KeyImportResult, { ok: false }>> {
  const name = basename(diskPath);
  let text: string;
  try {
    const info = await stat(diskPath);
    if (info.size > keyFileSizeLimit) return { ok: false, path: shownPath, name, error: { code: 'too-large', size: info.size, limit: keyFileSizeLimit } };
    text = await readFile(diskPath, 'utf8');
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ENOENT' || errno === 'ENOTDIR') return { ok: false, path: shownPath, name, error: { code: 'not-found' } };
    return { ok: false, path: shownPath, name, error: { code: 'io', errno } };
  }
  const parsed = parsePublicKeyText(text);
  return parsed.ok ? parsed : { ok: false, path: shownPath, name, error: { code: 'not-a-key', detail: parsed.detail } };
}
