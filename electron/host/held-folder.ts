import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { descriptorPath, placeOfOpen } from './open-file-place.ts';
import { PathRefusedError } from './path-policy.ts';

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
    let real = await placeOfOpen(handle, folder);
    let base: string;
    if (real !== null) {
      base = descriptorPath(handle);
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
