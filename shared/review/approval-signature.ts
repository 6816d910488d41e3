import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { base64ToBytes, bytesToBase64 } from '../format/base64.ts';
import { canonicalJson } from './canonical-json.ts';
import { shortHex } from './short-hex.ts';

/** What an approval's signature covers: whose plan, which content, who approved it, when, and the note. */
export type ApprovalFields = { planId: string; authority: string; year: number; by: string; at: string; contentHash: string; note: string };

/** The purpose is signed too, so a signature made for anything else can never pass as an approval. */
const purpose = 'tamhil-plan-approval-1';

const signedBytes = (fields: ApprovalFields) =>
  utf8ToBytes(
    canonicalJson({
      purpose,
      planId: fields.planId,
      authority: fields.authority,
      year: fields.year,
      by: fields.by,
      at: fields.at,
      contentHash: fields.contentHash,
      note: fields.note,
    }),
  );

export type SigningKeys = { secretKey: string; publicKey: string };

/** A new key pair for one installation, both halves as base64. */
export function createSigningKeys(): SigningKeys {
  const { secretKey, publicKey } = ed25519.keygen();
  return { secretKey: bytesToBase64(secretKey), publicKey: bytesToBase64(publicKey) };
}

export function publicKeyOf(secretKey: string): string {
  return bytesToBase64(ed25519.getPublicKey(base64ToBytes(secretKey)));
}

export function signApproval(fields: ApprovalFields, secretKey: string): string {
  return bytesToBase64(ed25519.sign(signedBytes(fields), base64ToBytes(secretKey)));
}

/** Whether the signature is this key's over exactly these fields; anything malformed is simply not valid. */
export function verifyApproval(fields: ApprovalFields, signature: string, publicKey: string): boolean {
  try {
    const key = base64ToBytes(publicKey);
    const bytes = base64ToBytes(signature);
    if (key.length !== 32 || bytes.length !== 64) return false;
    return ed25519.verify(bytes, signedBytes(fields), key, { zip215: false });
  } catch {
    return false;
  }
}

/** A short, stable name for a public key, the same on every surface (the app, the command line, the signing question). */
export function keyFingerprint(publicKey: string): string {
  return shortHex(bytesToHex(sha256(utf8ToBytes(publicKey))));
}
