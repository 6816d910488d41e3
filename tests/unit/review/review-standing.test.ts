import { describe, expect, it } from 'vitest';
import { submitPlan } from '@shared/commands/review-commands.ts';
import { createSigningKeys, keyFingerprint } from '@shared/review/approval-signature.ts';
import { reviewStanding } from '@shared/review/review-standing.ts';
import { approvalFailuresInShort, reviewStandingMessage } from '@shared/review/review-standing-words.ts';
import { wordMessage, wordText } from '@shared/i18n/word-message.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { approvedWith, forgedApproval, teamAct, withApprovalAct } from '../../helpers/approvals.ts';
import { finishedSamplePlan } from '../../helpers/samples.ts';

const ministry = createSigningKeys();
const trusted = [{ name: 'מינהל אזרחים ותיקים', publicKey: ministry.publicKey }];
const approved = approvedWith(finishedSamplePlan(), ministry);
const raiseBudget = (plan: Plan): Plan => ({ ...plan, details: { ...plan.details, communityBudget: plan.details.communityBudget + 1_000_000 } });

describe('the review standing of an approved plan', () => {
  it('is "approved" when the signature is valid, the key trusted and the plan unchanged, naming the key', () => {
    expect(reviewStanding(approved, trusted)).toEqual({
      status: 'approved',
      failures: [],
      signer: { publicKey: ministry.publicKey, fingerprint: keyFingerprint(ministry.publicKey), trustedAs: 'מינהל אזרחים ותיקים' },
    });
  });

  it('is not verified when nobody here trusts the key, whoever else does', () => {
    const other = [{ name: 'מפתח אחר', publicKey: createSigningKeys().publicKey }];
    for (const keys of [[], other]) {
      expect(reviewStanding(approved, keys)).toMatchObject({ status: 'approval-not-verified', failures: ['key-not-trusted'], signer: { fingerprint: keyFingerprint(ministry.publicKey), trustedAs: null } });
    }
  });

  it('is not verified when the plan was edited, re-hashed and signed with a key made on the spot', () => {
    const forged = forgedApproval(approved, raiseBudget);
    const standing = reviewStanding(forged, trusted);
    // The forger's signature and hash hold; only the key gives it away.
    expect(standing).toMatchObject({ status: 'approval-not-verified', failures: ['key-not-trusted'] });
    expect(standing.signer?.fingerprint).not.toBe(keyFingerprint(ministry.publicKey));
    // Claiming the ministry's key for the forger's signature breaks the signature instead.
    const claimed = withApprovalAct(forged, { publicKey: ministry.publicKey });
    expect(reviewStanding(claimed, trusted)).toMatchObject({ status: 'approval-not-verified', failures: ['signature-invalid'] });
  });

  it('is not verified when the plan changed since it was approved, saying so beside an untrusted key', () => {
    const changed = raiseBudget(approved);
    expect(reviewStanding(changed, trusted)).toMatchObject({ status: 'approval-not-verified', failures: ['changed-since-approval'], signer: { trustedAs: 'מינהל אזרחים ותיקים' } });
    expect(reviewStanding(changed, [])).toMatchObject({ failures: ['changed-since-approval', 'key-not-trusted'] });
  });

  it('is not verified when the approval is unsigned, or "approved" was typed into a file with no approval', () => {
    const unsigned = withApprovalAct(approved, { signature: null, publicKey: null });
    expect(reviewStanding(unsigned, trusted)).toEqual({ status: 'approval-not-verified', failures: ['unsigned'], signer: null });
    const plan = finishedSamplePlan();
    const typedIn = { ...plan, review: { ...plan.review, status: 'approved' as const } };
    expect(reviewStanding(typedIn, trusted)).toEqual({ status: 'approval-not-verified', failures: ['unsigned'], signer: null });
  });

  it('is not verified when the approval record was edited after signing', () => {
    expect(reviewStanding(withApprovalAct(approved, { note: 'מאושרת בתנאים' }), trusted)).toMatchObject({ failures: ['signature-invalid'] });
  });

  it('is the file’s own status while the plan is not approved', () => {
    expect(reviewStanding(submitPlan(finishedSamplePlan(), teamAct), trusted)).toEqual({ status: 'submitted', failures: [], signer: null });
    expect(reviewStanding(finishedSamplePlan(), [])).toEqual({ status: 'draft', failures: [], signer: null });
  });
});

describe('the standing in words', () => {
  it('names the trusted key of an approval, and every failed check of one not verified', () => {
    const fingerprint = keyFingerprint(ministry.publicKey);
    expect(wordMessage('en', reviewStandingMessage(reviewStanding(approved, trusted)))).toBe(`Approved, signed with the trusted key "\u2068מינהל אזרחים ותיקים\u2069" (fingerprint ${fingerprint})`);
    const both = reviewStanding(raiseBudget(approved), []);
    expect(wordMessage('en', reviewStandingMessage(both))).toBe(
      `Approval not verified: the plan changed since it was approved and the key that signed it (fingerprint ${fingerprint}) is not trusted here`,
    );
    expect(wordText('he', approvalFailuresInShort(both))).toBe('שונתה מאז האישור והמפתח אינו מהימן');
    expect(wordMessage('he', reviewStandingMessage(reviewStanding(submitPlan(finishedSamplePlan(), teamAct), [])))).toBe('הוגשה לבדיקה');
  });
});
