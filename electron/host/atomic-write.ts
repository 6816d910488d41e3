import { constants, type Stats } from 'node:fs';
import { access, link, lstat, open, readFile, readlink, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ownProblemCodes } from '@shared/model/file-system-problem.ts';
import { FileProblemError } from './file-problem-error.ts';
import { holdFolder, type HeldFolder } from './held-folder.ts';
import { PathRefusedError } from './path-policy.ts';
import { notRegularFileCode, type AdmitsRealPath } from './regular-file.ts';
import { claimTemporaryName, releaseTemporaryName, removeAbandonedTemporaries } from './save-temporaries.ts';

export type AtomicWriteOptions = {
  /** Keep the file being replaced as `<file>.bak` (one previous version). */
  backup: boolean;
  /** File permissions for a new file, e.g. 0o600 for a secret only its owner may read; a replaced file keeps its own. */
  mode?: number;
  /** Where the file may really be, every link resolved: a folder swapped for a link after the path was checked is refused. */
  admits?: AdmitsRealPath;
  /** The user agreed to replace a file marked read-only. */
  replaceReadOnly?: boolean;
};

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

/** As the kernel counts before it gives up on a path (ELOOP). */
const maximumLinks = 40;

type Target = { folder: HeldFolder; name: string; existing: Stats | null };

async function lstatIfThere(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The folder and name where the content really goes. A link is followed to its target, which is
 * what changes, so a linked plan stays a link and the file it leads to does not go stale.
 */
async function holdTarget(path: string): Promise<Target> {
  let next = resolve(path);
  for (let links = 0; ; links += 1) {
    const folder = await holdFolder(dirname(next));
    const name = basename(next);
    try {
      const existing = await lstatIfThere(folder.entry(name));
      if (!existing?.isSymbolicLink()) return { folder, name, existing };
      if (links === maximumLinks) throw new FileProblemError('ELOOP', path);
      next = resolve(folder.real, await readlink(folder.entry(name)));
    } catch (error) {
      await folder.close();
      throw error;
    }
    await folder.close();
  }
}

/** No write permission for anyone is the user's mark, kept even by a process that could ignore it (an administrator's). */
async function isReadOnly(path: string, existing: Stats): Promise<boolean> {
  if ((existing.mode & 0o222) === 0) return true;
  try {
    await access(path, constants.W_OK);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM';
  }
}

/** Removes a temporary file of this write; one that cannot be removed is left for the next save's sweep. */
async function discard(folder: HeldFolder, temporary: string): Promise<void> {
  await rm(folder.entry(temporary), { force: true }).catch(() => {});
  releaseTemporaryName(temporary);
}

/** Writes the content to a new temporary file beside the target and flushes it; returns its name. */
async function writeTemporary(folder: HeldFolder, target: string, content: string | Uint8Array, mode: number | undefined): Promise<string> {
  const temporary = claimTemporaryName(target);
  let handle;
  try {
    handle = await open(folder.entry(temporary), 'wx', mode ?? 0o666);
  } catch (error) {
    releaseTemporaryName(temporary);
    throw error;
  }
  try {
    // Exactly this mode, not as the process's umask would cut it: a 0600 plan stays 0600.
    if (mode !== undefined) await handle.chmod(mode);
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else await handle.writeFile(content);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => {});
    await discard(folder, temporary);
    throw error;
  }
  return temporary;
}

/**
 * The version being replaced, under a temporary name beside it, ready to be renamed to the
 * backup: a second link to the same file (nothing is copied, so nothing can be torn), or, where
 * the drive has no links, a copy written and flushed whole.
 */
async function keepPreviousVersion(folder: HeldFolder, name: string, mode: number): Promise<string> {
  const previous = claimTemporaryName(`${name}.bak`);
  try {
    await link(folder.entry(name), folder.entry(previous));
    return previous;
  } catch {
    releaseTemporaryName(previous);
  }
  return writeTemporary(folder, `${name}.bak`, await readFile(folder.entry(name)), mode);
}

/**
 * Writes the whole content or nothing. The content goes to a temporary file in the same folder,
 * is flushed, and is renamed over the target, so a crash leaves either the old file or the new
 * one, never half. The version replaced becomes `<file>.bak` by rename, never by writing over the
 * old backup, so the backup too is always whole. When this throws, the file and its backup are as
 * they were. A replaced file keeps its permissions; a link is written through to its target; a
 * file marked read-only is not replaced unless `replaceReadOnly`. Text is written as UTF-8; bytes
 * (a workbook) as they are.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const { folder, name, existing } = await holdTarget(path);
  try {
    if (options.admits && !options.admits(join(folder.real, name))) throw new PathRefusedError(path, 'it leads outside the folders Tamhil may write');
    await removeAbandonedTemporaries(folder.entry('.'));
    if (existing) {
      const notRegular = notRegularFileCode(existing);
      if (notRegular) throw new FileProblemError(notRegular, path);
      if (!options.replaceReadOnly && (await isReadOnly(folder.entry(name), existing))) throw new FileProblemError(ownProblemCodes.readOnlyFile, path);
    }
    const backupName = backupPathOf(name);
    const keepBackup = options.backup && existing !== null;
    // Checked before anything is written: a folder where the backup goes would stop the save half way.
    if (keepBackup && (await lstatIfThere(folder.entry(backupName)))?.isDirectory()) throw new FileProblemError('EISDIR', backupPathOf(path));
    const mode = existing ? existing.mode & 0o777 : options.mode;
    const temporary = await writeTemporary(folder, name, content, mode);
    let previous: string | null = null;
    try {
      if (keepBackup) previous = await keepPreviousVersion(folder, name, existing.mode & 0o777);
      await rename(folder.entry(temporary), folder.entry(name));
    } catch (error) {
      await discard(folder, temporary);
      if (previous) await discard(folder, previous);
      throw error;
    }
    releaseTemporaryName(temporary);
    // The new content is in place: what follows cannot undo it, so it cannot fail the write. A
    // backup that could not be renamed leaves the older backup, whole.
    if (previous) {
      const kept = previous;
      await rename(folder.entry(kept), folder.entry(backupName)).then(
        () => releaseTemporaryName(kept),
        () => discard(folder, kept),
      );
    }
    await folder.sync().catch(() => {});
  } finally {
    await folder.close();
  }
}
