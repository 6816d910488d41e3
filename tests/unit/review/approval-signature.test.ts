import { describe, expect, it } from 'vitest';
import { createSigningKeys, keyFingerprint, publicKeyOf, signApproval, verifyApproval, type ApprovalFields } from '@shared/review/approval-signature.ts';

const fields: ApprovalFields = {
  planId: 'givat-hadkalim-2027',
  authority: 'גבעת הדקלים',
  year: 2027,
  by: 'רונית לוי, מינהל אזרחים ותיקים',
  at: '2026-12-03T10:15:00.000Z',
  contentHash: 'ab'.repeat(32),
  note: 'מאושרת',
};

describe('approval signatures (Ed25519)', () => {
  const keys = createSigningKeys();
  const signature = signApproval(fields, keys.secretKey);

  it('verify with the key that signed', () => {
    expect(publicKeyOf(keys.secretKey)).toBe(keys.publicKey);
    expect(verifyApproval(fields, signature, keys.publicKey)).toBe(true);
  });

  it('fail with another key', () => {
    expect(verifyApproval(fields, signature, createSigningKeys().publicKey)).toBe(false);
  });

  it('fail when the hash, the time, the reviewer, the note or the plan is edited', () => {
    expect(verifyApproval({ ...fields, contentHash: `${'ab'.repeat(31)}ac` }, signature, keys.publicKey)).toBe(false);
    expect(verifyApproval({ ...fields, at: '2026-12-03T10:15:01.000Z' }, signature, keys.publicKey)).toBe(false);
    expect(verifyApproval({ ...fields, by: 'מישהו אחר' }, signature, keys.publicKey)).toBe(false);
    expect(verifyApproval({ ...fields, note: '' }, signature, keys.publicKey)).toBe(false);
    expect(verifyApproval({ ...fields, year: 2028 }, signature, keys.publicKey)).toBe(false);
  });

  it('fail, without throwing, on a damaged signature or key', () => {
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    expect(verifyApproval(fields, flipped, keys.publicKey)).toBe(false);
    expect(verifyApproval(fields, 'not base64!', keys.publicKey)).toBe(false);
    expect(verifyApproval(fields, signature, keys.publicKey.slice(4))).toBe(false);
  });

  it('gives each key a short fingerprint to compare by phone', () => {
    expect(keyFingerprint(keys.publicKey)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    expect(keyFingerprint(keys.publicKey)).not.toBe(keyFingerprint(createSigningKeys().publicKey));
  });
});
