import { existsSync } from 'node:fs';
import { readlink, type FileHandle } from 'node:fs/promises';
import { FileProblemError } from './file-problem-error.ts';

/**
 * Linux names an open file or folder by its descriptor under /proc/self/fd: reading that link
 * says where the open file really is, and a path under an open folder's name is looked up inside
 * that very folder, as openat(2) does. Neither resolves the original path again, so renaming or
 * linking a folder above it cannot redirect them.
 */
export const descriptorPaths = process.platform === 'linux' && existsSync('/proc/self/fd');

export function descriptorPath(handle: FileHandle): string {
  return `/proc/self/fd/${handle.fd}`;
}

/** Where an open file or folder is, every link resolved, as the system knows the open handle; null where the system cannot say (not Linux). */
export async function placeOfOpen(handle: FileHandle, path: string): Promise<string | null> {
  if (!descriptorPaths) return null;
  const place = await readlink(descriptorPath(handle));
  // The system's way of saying the file was removed after it was opened.
  if (place.endsWith(' (deleted)')) throw new FileProblemError('ENOENT', path);
  return place;
}
