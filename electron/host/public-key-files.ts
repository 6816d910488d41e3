import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PublicKeyFileSchema, type KeyImportResult, type TrustedKey } from '@shared/host-api.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';

/** A public key file is a few hundred bytes; anything far larger is not one. */
const keyFileSizeLimit = 64 * 1024;

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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, path: shownPath, name, error: { code: 'not-a-key', detail: (error as Error).message } };
  }
  const parsed = PublicKeyFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, path: shownPath, name, error: { code: 'not-a-key', detail: parsed.error.issues[0]?.message ?? '' } };
  return { ok: true, key: { name: parsed.data.name, publicKey: parsed.data.publicKey } };
}
