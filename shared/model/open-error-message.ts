import type { OpenError } from '../host-api.ts';
import type { FieldProblem } from './read-plan.ts';
import type { Language } from './localized-text.ts';
import { message, numberParam, type Message } from '../i18n/message.ts';
import { wordMessage } from '../i18n/word-message.ts';
import { fileSystemProblemMessage } from './file-system-problem.ts';

function fieldProblem(problem: FieldProblem, expected: string): Message {
  if (problem === 'reserved-id') return message('limits.field.reserved-id');
  return problem === 'missing' || problem === 'other' ? message(`problem.field.${problem}`) : message(`problem.field.${problem}`, { expected });
}

/** What is wrong with one value, as the end of a sentence naming it ("is too big (at most 5)"). */
export function fieldProblemText(problem: FieldProblem, expected: string, language: Language): string {
  return wordMessage(language, fieldProblem(problem, expected));
}

const megabytes = (bytes: number) => numberParam(Math.round(bytes / 1024 / 1024));

/** Why a file could not be opened, in words a desk team can act on; names the field when there is one. */
function openError(error: OpenError): Message {
  switch (error.code) {
    case 'not-found':
    case 'not-json':
    case 'not-a-plan':
      return message(`problem.open.${error.code}`);
    case 'too-large':
      return message('problem.open.too-large', { size: megabytes(error.size), limit: megabytes(error.limit) });
    case 'io':
      return message('problem.open.io', { problem: fileSystemProblemMessage(error.errno) });
    case 'newer-version':
      return message('problem.open.newer-version', { version: error.version, supported: error.supported });
    case 'unknown-version':
      return message('problem.open.unknown-version', { version: error.version });
    case 'migration-failed':
      return message('problem.open.migration-failed', { version: error.version, detail: error.detail });
    case 'over-limit': {
      const [found, allowed] = [numberParam(error.found), numberParam(error.allowed)];
      if (error.limit === 'size') return message('limits.plan.size', { found, allowed });
      return message(`limits.plan.${error.limit}`, { path: error.path || message('problem.open.root'), found, allowed });
    }
    case 'invalid':
      return message('problem.open.invalid', { path: error.path || message('problem.open.root'), problem: fieldProblem(error.problem, error.expected) });
  }
}

export function openErrorMessage(error: OpenError, language: Language): string {
  return wordMessage(language, openError(error));
}
