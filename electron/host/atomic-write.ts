import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicWriteOptions = {
  /** Keep the file being replaced as `<file>.bak` (one previous version). */
  backup: boolean;
  /** File permissions for a new file, e.g. 0o600 for a secret only its owner may read. */
  mode?: number;
};

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

async function flushFolder(folder: string): Promise<void> {
  // A folder's entry for the renamed file survives a power cut only once the folder itself is
  // flushed; Windows cannot open folders for this and does not need it.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the whole content or nothing: a temporary file in the same folder is written and
 * flushed, then renamed over the target, so a crash leaves either the old file or the new one,
 * never half. Text is written as UTF-8; bytes (a workbook) as they are.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', options.mode);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.backup) {
      await copyFile(path, backupPathOf(path)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await flushFolder(folder);
}
