import type { savesHe } from './saves-he.ts';

/** Saving without loss: the backup, interrupted saves, read-only and linked files, in English. */
export const savesEn = {
  'saves.failed': 'Saving failed; the file and its backup (.bak) are as they were. {detail}',
  'saves.readOnly.title': 'The file is marked read-only',
  'saves.readOnly.body': '"{name}" is marked read-only, so it was not replaced. Replace it anyway? The previous version is kept as a .bak backup, and the file stays marked read-only.',
  'saves.readOnly.replace': 'Replace the file anyway',
  'saves.fileSystem.namedPipe': 'It is a named pipe, not a file.',
  'saves.fileSystem.device': 'It is a device, not a file.',
  'saves.fileSystem.socket': 'It is a socket, not a file.',
  'saves.fileSystem.notRegularFile': 'It is not a regular file.',
  'saves.fileSystem.readOnlyFile': 'The file is marked read-only, so it was not replaced. Make it writable, or write to another file.',
  'saves.fileSystem.quota': 'Your disk quota is used up.',
  'saves.fileSystem.tooBigForSystem': 'The file is larger than this system lets a file be.',
  'saves.fileSystem.linkLoop': "The path's links lead around in a circle.",
  'saves.fileSystem.tooManyOpen': 'Too many files are open; close a program and try again.',
  'saves.fileSystem.noDevice': 'The device the file is on is not available.',
  'saves.fileSystem.network': 'The network drive did not answer, or the file changed on it during the operation.',
  'saves.fileSystem.notSupported': 'The drive does not support this operation.',
} satisfies Record<keyof typeof savesHe, string>;
