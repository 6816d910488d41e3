import { wordMessage } from '../i18n/word-message.ts';
import type { Language } from '../model/localized-text.ts';
import type { ReviewStanding } from './review-standing.ts';
import { reviewStandingMessage } from './review-standing-words.ts';

/**
 * The review standing as the command line's JSON gives it (`validate --json`, `cluster --json`):
 * the status, every failed check, the signer's fingerprint and the name it is trusted under,
 * and the standing in words.
 */
export function reviewStandingJson(standing: ReviewStanding, language: Language) {
  return {
    status: standing.status,
    failures: standing.failures,
    signerFingerprint: standing.signer?.fingerprint ?? null,
    trustedAs: standing.signer?.trustedAs ?? null,
    trusted: Boolean(standing.signer?.trustedAs),
    changedSinceApproval: standing.failures.includes('changed-since-approval'),
    message: wordMessage(language, reviewStandingMessage(standing)),
  };
}
