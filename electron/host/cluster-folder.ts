import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ClusterFolderResult, OpenResult, PlanFolderEntry } from '@shared/host-api.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';
import { openPlanFile, planExtension } from './plan-files.ts';
import type { AdmitsRealPath } from './regular-file.ts';

const isPlanFile = (name: string) => !name.startsWith('.') && name.toLowerCase().endsWith(planExtension);

/** Files read at once: the disk works on the next ones while this thread checks the last. */
const readsAtOnce = 8;

/**
 * Every plan file directly in the folder, read as the app opens one (the size limit, upgrades,
 * the schema), in name order; a file that cannot be read stays in the list with its reason.
 * Only regular files are read: a link could lead out of the folder the user chose, and a named
 * pipe or a device would never end. With `admits`, each file opened must still be where the path
 * policy allows (the folder may have been swapped for a link since it was checked).
 */
export async function readClusterFolder(
  diskFolder: string,
  shownFolder: string,
  toShown: (diskPath: string) => string,
  admits?: (diskPath: string) => AdmitsRealPath,
): Promise<ClusterFolderResult> {
  const name = basename(diskFolder);
  let names: string[];
  try {
    const entries = await readdir(diskFolder, { withFileTypes: true });
    names = entries.filter((entry) => entry.isFile() && isPlanFile(entry.name)).map((entry) => entry.name);
  } catch (error) {
    const errno = errnoOf(error);
    return { ok: false, folder: shownFolder, name, error: errno === 'ENOENT' || errno === 'ENOTDIR' ? { code: 'not-found' } : { code: 'io', errno } };
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: OpenResult[] = new Array(names.length);
  let next = 0;
  const reader = async () => {
    while (next < names.length) {
      const index = next++;
      const diskPath = join(diskFolder, names[index]!);
      files[index] = await openPlanFile(diskPath, toShown(diskPath), admits?.(diskPath));
    }
  };
  await Promise.all(Array.from({ length: Math.min(readsAtOnce, names.length) }, reader));
  return { ok: true, folder: shownFolder, name, files };
}

const listingDepth = 2;

/** The folder and its sub-folders (two levels, as the Open dialog lists files) that hold plan files, with how many each holds. */
export async function listPlanFolders(root: string, toShownFolder: (diskPath: string) => string): Promise<PlanFolderEntry[]> {
  const folders: PlanFolderEntry[] = [];
  async function walk(folder: string, depth: number): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    const plans = entries.filter((entry) => entry.isFile() && isPlanFile(entry.name)).length;
    if (plans > 0) folders.push({ path: toShownFolder(folder), name: basename(folder), plans });
    if (depth >= listingDepth) return;
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(join(folder, entry.name), depth + 1);
    }
  }
  await walk(root, 0);
  return folders;
}
