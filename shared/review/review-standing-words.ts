import { listParam, message, type Message, type MessageParam } from '../i18n/message.ts';
import type { ApprovalSigner } from './approval-check.ts';
import type { ApprovalFailure, ReviewStanding } from './review-standing.ts';
import { reviewStatusLabelKeys } from './review-status-labels.ts';

/** One failed check, as an item of the list that follows "Approval not verified:". */
function approvalFailureMessage(failure: ApprovalFailure, signer: ApprovalSigner | null): Message {
  if (failure === 'key-not-trusted') return message('trust.failure.key-not-trusted', { fingerprint: signer?.fingerprint ?? '' });
  return message(`trust.failure.${failure}`);
}

/** The failed checks in a few words each, for a badge or a table cell beside the status. */
export function approvalFailuresInShort(standing: ReviewStanding): MessageParam {
  return listParam(standing.failures.map((failure) => message(`trust.short.${failure}`)));
}

/**
 * The standing in one line, for the command line, the cluster workbook, the report and the
 * approval banner: the status, and for an approval the key that signed it or every check that
 * failed.
 */
export function reviewStandingMessage(standing: ReviewStanding): Message {
  switch (standing.status) {
    case 'approved':
      return message('trust.summary.approved', { name: standing.signer.trustedAs, fingerprint: standing.signer.fingerprint });
    case 'approval-not-verified':
      return message('trust.summary.notVerified', { failures: listParam(standing.failures.map((failure) => approvalFailureMessage(failure, standing.signer))) });
    default:
      return message(reviewStatusLabelKeys[standing.status]);
  }
}
