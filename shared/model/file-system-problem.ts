import type { Language } from './localized-text.ts';
import { message, type LabelKey, type Message } from '../i18n/message.ts';
import { wordMessage } from '../i18n/word-message.ts';

const problems: Readonly<Record<string, LabelKey>> = {
  EACCES: 'problem.fileSystem.noPermission',
  EPERM: 'problem.fileSystem.noPermission',
  ENOSPC: 'problem.fileSystem.diskFull',
  EROFS: 'problem.fileSystem.readOnly',
  ENOENT: 'problem.fileSystem.noFolder',
  ENOTDIR: 'problem.fileSystem.noFolder',
  EISDIR: 'problem.fileSystem.isFolder',
  ENAMETOOLONG: 'problem.fileSystem.nameTooLong',
  EBUSY: 'problem.fileSystem.busy',
};

/** What a file-system error code means for the user, without the paths Node puts in its messages. */
export function fileSystemProblemMessage(errno: string): Message {
  return Object.hasOwn(problems, errno) ? message(problems[errno]!) : message('problem.fileSystem.other', { errno });
}

export function fileSystemProblem(errno: string, language: Language): string {
  return wordMessage(language, fileSystemProblemMessage(errno));
}

export function errnoOf(error: unknown): string {
  return (error as { code?: unknown }).code && typeof (error as { code: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'EIO';
}
