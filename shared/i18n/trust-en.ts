import type { trustHe } from './trust-he.ts';

/** Whether an approval is believed: trusted keys, the review standing in the command line and the cluster, in English. */
export const trustEn = {
  'trust.status.approval-not-verified': 'Approval not verified',
  'trust.failure.unsigned': 'the approval is not signed',
  'trust.failure.signature-invalid': 'the signature does not match the approval record',
  'trust.failure.changed-since-approval': 'the plan changed since it was approved',
  'trust.failure.key-not-trusted': 'the key that signed it (fingerprint {fingerprint}) is not trusted here',
  'trust.short.unsigned': 'not signed',
  'trust.short.signature-invalid': 'signature does not match',
  'trust.short.changed-since-approval': 'changed since approval',
  'trust.short.key-not-trusted': 'key not trusted',
  'trust.summary.approved': 'Approved, signed with the trusted key "{name}" (fingerprint {fingerprint})',
  'trust.summary.notVerified': 'Approval not verified: {failures}',
  'trust.banner.title': 'The approval',
  'trust.banner.trusted': 'The signature is valid, made with the key "{name}" (fingerprint {fingerprint}), which this installation trusts.',
  'trust.banner.notTrusted':
    "The signature is valid, but the key that made it (fingerprint {fingerprint}) is not trusted here: it was not imported and is not on this installation's list of ministry keys. Anyone can make a key; check with the ministry that this one is theirs before you import it.",
  'trust.sign.title': 'Sign the approval?',
  'trust.sign.body':
    "Signing approves {authority}'s {year} plan with the content {contentHash}, using this installation's key (fingerprint {fingerprint}). Anyone who holds your public key will see that you approved exactly this plan.",
  'trust.sign.confirm': 'Sign',
  'trust.noImportedKeys': 'No keys imported. An approval signed with a key neither here nor on the installation\'s list below reads "Approval not verified".',
  'trust.installation.title': 'Ministry keys this installation trusts',
  'trust.installation.hint': 'Public key files (.tamhilkey) in these folders are trusted without importing: {folders}. To stop trusting a key, remove its file from the folder.',
  'trust.installation.none': 'These folders hold no key files.',
  'trust.installation.unreadable': 'The key file {file} could not be read: {reason}',
  'trust.validate.review': 'Review: {standing}',
  'trust.cli.trustFile': 'cannot trust {file}: {reason}',
  'trust.cli.noTrustedKeys': "No key is trusted here, so no approval can be verified: give --trust KEYFILE, or put the ministry's key file in {folder}.",
} satisfies Record<keyof typeof trustHe, string>;
