import type { Language } from './localized-text.ts';
import { message, type LabelKey, type Message } from '../i18n/message.ts';
import { wordMessage } from '../i18n/word-message.ts';

/**
 * Codes for problems Node has no error code of its own for. They travel where an errno does (a
 * host result's `errno`, a thrown error's `code`), so every surface words them the same way.
 */
export const ownProblemCodes = {
  namedPipe: 'TAMHIL_NAMED_PIPE',
  device: 'TAMHIL_DEVICE',
  socket: 'TAMHIL_SOCKET',
  notRegularFile: 'TAMHIL_NOT_REGULAR_FILE',
  /** The file's permissions say nobody may write it; a save asks before replacing it. */
  readOnlyFile: 'TAMHIL_READ_ONLY_FILE',
} as const;

const problems: Readonly<Record<string, LabelKey>> = {
  EACCES: 'problem.fileSystem.noPermission',
  EPERM: 'problem.fileSystem.noPermission',
  ENOSPC: 'problem.fileSystem.diskFull',
  EDQUOT: 'saves.fileSystem.quota',
  EFBIG: 'saves.fileSystem.tooBigForSystem',
  EROFS: 'problem.fileSystem.readOnly',
  ENOENT: 'problem.fileSystem.noFolder',
  ENOTDIR: 'problem.fileSystem.noFolder',
  EISDIR: 'problem.fileSystem.isFolder',
  ENOTEMPTY: 'problem.fileSystem.isFolder',
  ENAMETOOLONG: 'problem.fileSystem.nameTooLong',
  ELOOP: 'saves.fileSystem.linkLoop',
  EBUSY: 'problem.fileSystem.busy',
  ETXTBSY: 'problem.fileSystem.busy',
  EAGAIN: 'problem.fileSystem.busy',
  EMFILE: 'saves.fileSystem.tooManyOpen',
  ENFILE: 'saves.fileSystem.tooManyOpen',
  ENXIO: 'saves.fileSystem.noDevice',
  ENODEV: 'saves.fileSystem.noDevice',
  ESTALE: 'saves.fileSystem.network',
  ETIMEDOUT: 'saves.fileSystem.network',
  EHOSTDOWN: 'saves.fileSystem.network',
  ENOTSUP: 'saves.fileSystem.notSupported',
  EOPNOTSUPP: 'saves.fileSystem.notSupported',
  [ownProblemCodes.namedPipe]: 'saves.fileSystem.namedPipe',
  [ownProblemCodes.device]: 'saves.fileSystem.device',
  [ownProblemCodes.socket]: 'saves.fileSystem.socket',
  [ownProblemCodes.notRegularFile]: 'saves.fileSystem.notRegularFile',
  [ownProblemCodes.readOnlyFile]: 'saves.fileSystem.readOnlyFile',
};

/** What a file-system error code means for the user, without the paths Node puts in its messages. */
export function fileSystemProblemMessage(errno: string): Message {
  return Object.hasOwn(problems, errno) ? message(problems[errno]!) : message('problem.fileSystem.other', { errno });
}

export function fileSystemProblem(errno: string, language: Language): string {
  return wordMessage(language, fileSystemProblemMessage(errno));
}

export function errnoOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code !== '' ? code : 'EIO';
}
