import { constants, type BigIntStats, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import type { OpenError } from '@shared/host-api.ts';
import { errnoOf, ownProblemCodes } from '@shared/model/file-system-problem.ts';
import { placeOfOpen } from './open-file-place.ts';
import { PathRefusedError } from './path-policy.ts';

/** Whether a file found, once opened, really at `realPath` (every link resolved) may be used. */
export type AdmitsRealPath = (realPath: string) => boolean;

export type ReadFailure = Extract<OpenError, { code: 'not-found' | 'too-large' | 'io' }>;
export type RegularFileRead = { ok: true; bytes: Buffer } | { ok: false; error: ReadFailure };

/** The problem code of something that is not a regular file (a folder, a named pipe, a device, a socket), or null for a regular file. */
export function notRegularFileCode(info: Stats | BigIntStats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'EISDIR';
  if (info.isFIFO()) return ownProblemCodes.namedPipe;
  if (info.isCharacterDevice() || info.isBlockDevice()) return ownProblemCodes.device;
  if (info.isSocket()) return ownProblemCodes.socket;
  return ownProblemCodes.notRegularFile;
}

// Without O_NONBLOCK, opening a named pipe waits until something writes to it; Windows has no such flag (nor pipes in folders).
const readFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

const failure = (error: ReadFailure): RegularFileRead => ({ ok: false, error });
const tooLarge = (size: number, limit: number) => failure({ code: 'too-large', size, limit });

function failureOf(error: unknown): RegularFileRead {
  const errno = errnoOf(error);
  return failure(errno === 'ENOENT' || errno === 'ENOTDIR' ? { code: 'not-found' } : { code: 'io', errno });
}

/**
 * After opening: the file opened must be at a place that is admitted, so a folder swapped for a
 * link between the policy's check and the open is refused here rather than read. Linux says where
 * the open file is; elsewhere the path is resolved again and must lead to the very file opened
 * (same device and inode), which narrows the race but cannot close it.
 */
async function confirmPlace(path: string, handle: FileHandle, opened: BigIntStats, admits: AdmitsRealPath): Promise<void> {
  const place = await placeOfOpen(handle, path);
  if (place !== null) {
    if (!admits(place)) throw new PathRefusedError(path, 'it led elsewhere by the time it was opened');
    return;
  }
  const real = await realpath(path);
  const there = await stat(real, { bigint: true });
  if (!admits(real) || there.dev !== opened.dev || there.ino !== opened.ino) {
    throw new PathRefusedError(path, 'it led elsewhere by the time it was opened');
  }
}

/** At most `limit` + 1 bytes, so a file that grew, or reports a wrong size, is still refused by what it holds. */
async function readAtMost(handle: FileHandle, limit: number, reportedSize: number): Promise<Buffer | null> {
  let buffer = Buffer.allocUnsafe(Math.min(reportedSize, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return null;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

/**
 * Reads a regular file whole, or says why not. Named pipes, devices and sockets are refused before
 * opening (a pipe would wait for a writer forever, /dev/zero never ends) and again on the open
 * handle, in case the path changed in between. With `admits`, the opened file must still be where
 * the path policy allowed (see confirmPlace); otherwise a PathRefusedError is thrown, as the
 * policy's own check throws.
 */
export async function readRegularFile(path: string, { limit, admits }: { limit: number; admits?: AdmitsRealPath }): Promise<RegularFileRead> {
  let handle: FileHandle;
  try {
    const found = await stat(path);
    const notRegular = notRegularFileCode(found);
    if (notRegular) return failure({ code: 'io', errno: notRegular });
    if (found.size > limit) return tooLarge(found.size, limit);
    handle = await open(path, readFlags);
  } catch (error) {
    return failureOf(error);
  }
  try {
    const opened = await handle.stat({ bigint: true });
    const notRegular = notRegularFileCode(opened);
    if (notRegular) return failure({ code: 'io', errno: notRegular });
    if (admits) await confirmPlace(path, handle, opened, admits);
    const size = Number(opened.size);
    if (size > limit) return tooLarge(size, limit);
    const bytes = await readAtMost(handle, limit, size);
    return bytes ? { ok: true, bytes } : tooLarge(Math.max(size, limit + 1), limit);
  } catch (error) {
    if (error instanceof PathRefusedError) throw error;
    return failureOf(error);
  } finally {
    await handle.close();
  }
}
