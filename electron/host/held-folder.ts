import { constants, existsSync } from 'node:fs';
import { open, readlink, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PathRefusedError } from './path-policy.ts';
import { FileProblemError } from './regular-file.ts';

/**
 * Linux names an open folder by its descriptor, and a path under that name is looked up inside
 * that very folder, as openat(2) does: renaming or linking a folder above it cannot redirect it.
 */
const descriptorPaths = process.platform === 'linux' && existsSync('/proc/self/fd');

/** A folder kept open while files in it are written, renamed and flushed. */
export type HeldFolder = {
  /** Where the folder is, every link resolved. */
  readonly real: string;
  /** The path of an entry in this folder. On Linux it cannot be redirected once the folder is held; elsewhere it is the real path. */
  entry(name: string): string;
  /** Makes the folder's entries (a rename) survive a power cut. */
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** Windows cannot open folders, and needs no flush of one for a rename to last. */
async function pathOnlyFolder(folder: string): Promise<HeldFolder> {
  const real = await realpath(folder);
  return { real, entry: (name) => join(real, name), sync: async () => {}, close: async () => {} };
}

export async function holdFolder(folder: string): Promise<HeldFolder> {
  if (process.platform === 'win32') return pathOnlyFolder(folder);
  const handle = await open(folder, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    let real: string;
    let base: string;
    if (descriptorPaths) {
      base = `/proc/self/fd/${handle.fd}`;
      // The folder's own place, as the kernel knows the open folder: no path is resolved again.
      real = await readlink(base);
      if (real.endsWith(' (deleted)')) throw new FileProblemError('ENOENT', folder);
    } else {
      real = await realpath(folder);
      const [opened, there] = await Promise.all([handle.stat({ bigint: true }), stat(real, { bigint: true })]);
      if (opened.dev !== there.dev || opened.ino !== there.ino) throw new PathRefusedError(folder, 'the folder changed while it was opened');
      base = real;
    }
    return { real, entry: (name) => join(base, name), sync: () => handle.sync(), close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
