import { createHash, randomBytes } from 'node:crypto';
import { lstat, readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * The temporary files a save writes beside its target before renaming them in. Each is named
 * `.<target>.<computer>-<process>-<random>.tamhil-tmp`, so one that a crash, a kill or a full disk
 * left behind is recognised as Tamhil's and removed by the next save in its folder or the next
 * start. Nothing else is ever removed: only regular files with such a name, and only when the
 * process that wrote one is gone, or it is older than any save takes.
 */

/** Which computer wrote a temporary file: a process id is judged only on its own computer (a folder may be shared). */
const computerTag = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

const temporaryName = /^\..*\.([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.tamhil-tmp$/s;
/** What earlier versions of Tamhil named theirs, with nothing to tell the writer by: judged by age alone. */
const earlierTemporaryName = /^\..+\.(?:tamhil|tamhilkey|xlsx|csv|png|svg|json)\.[0-9a-f]{12}\.tmp$/s;

/** No save takes an hour: a temporary file this old was left by a save that did not finish. */
export const abandonedAfterMs = 60 * 60 * 1000;

/** This process's temporary files still being written, which its own sweep must leave alone. */
const inUse = new Set<string>();

/** At most this many bytes of the target's name go into the temporary one, which must fit the system's 255. */
const nameBytesKept = 100;

function shortened(name: string): string {
  let kept = '';
  for (const character of name) {
    if (Buffer.byteLength(kept + character) > nameBytesKept) break;
    kept += character;
  }
  return kept;
}

/** A new temporary file's name for `target`, held as in use until released. */
export function claimTemporaryName(target: string): string {
  const name = `.${shortened(target)}.${computerTag}-${process.pid}-${randomBytes(6).toString('hex')}.tamhil-tmp`;
  inUse.add(name);
  return name;
}

export function releaseTemporaryName(name: string): void {
  inUse.delete(name);
}

function isRunning(processId: number): boolean {
  if (processId === process.pid) return false;
  try {
    process.kill(processId, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a file of this name and last change was left behind by a save of Tamhil's that did not finish. */
export function isAbandonedTemporary(name: string, modifiedMs: number, nowMs: number): boolean {
  if (inUse.has(name)) return false;
  const old = nowMs - modifiedMs >= abandonedAfterMs;
  const ours = temporaryName.exec(name);
  if (ours) return old || (ours[1] === computerTag && !isRunning(Number(ours[2])));
  return old && earlierTemporaryName.test(name);
}

/**
 * Removes the abandoned temporary files directly in a folder. Cleaning up is a courtesy to the
 * disk: a folder that cannot be listed, or a file that cannot be removed, is left as it is and
 * never makes a save fail.
 */
export async function removeAbandonedTemporaries(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (!temporaryName.test(name) && !earlierTemporaryName.test(name)) continue;
    const path = join(folder, name);
    try {
      const info = await lstat(path);
      if (info.isFile() && isAbandonedTemporary(name, info.mtimeMs, now)) await rm(path, { force: true });
    } catch {
      // Gone already, or not ours to remove: left as it is.
    }
  }
}
