import { PublicKeyFileSchema, type TrustedKey } from '../host-api.ts';

/** A public key file is a few hundred bytes; anything far larger is not one. */
export const keyFileSizeLimit = 64 * 1024;

/** A public key file's text, checked, or why it is not one: the same on disk and from the browser. */
export function parsePublicKeyText(text: string): { ok: true; key: TrustedKey } | { ok: false; detail: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
  const parsed = PublicKeyFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, detail: parsed.error.issues[0]?.message ?? '' };
  return { ok: true, key: { name: parsed.data.name, publicKey: parsed.data.publicKey } };
}
