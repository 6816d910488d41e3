import type { MessageKey } from '@shared/i18n/catalogue.ts';

/** The browser's reasons for a failed read or write of a file on this computer, in the app's words rather than its English ones. */
export function localFileProblem(error: unknown): MessageKey {
  switch (error instanceof DOMException ? error.name : '') {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'files.problem.notAllowed';
    case 'NotFoundError':
      return 'files.problem.notFound';
    case 'QuotaExceededError':
      return 'files.problem.full';
    case 'NoModificationAllowedError':
    case 'InvalidStateError':
      return 'files.problem.busy';
    default:
      return 'files.problem.other';
  }
}
