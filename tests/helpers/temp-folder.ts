import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty folder in the system's temporary folder. */
export async function makeTempFolder(prefix = 'tamhil-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeTempFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/**
 * Temporary folders made during one test, removed together afterwards:
 * `const temp = tempFolders(); afterEach(temp.removeAll); const folder = await temp.make();`
 */
export function tempFolders(prefix?: string): { make(): Promise<string>; removeAll(): Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const folder = await makeTempFolder(prefix);
      made.push(folder);
      return folder;
    },
    async removeAll() {
      await Promise.all(made.splice(0).map((folder) => removeTempFolder(folder)));
    },
  };
}
