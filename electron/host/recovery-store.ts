import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readPlan } from '@shared/model/read-plan.ts';
import { planFileSizeLimit, type RecoveryEntry } from '@shared/host-api.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readRegularFile } from './regular-file.ts';

const RecoveryFileSchema = z.object({
  key: z.string().min(1).max(64),
  path: z.string().max(4_096).nullable(),
  savedAt: z.iso.datetime(),
  /** The plan as the same canonical text as a saved file, so it is read by the same code. */
  plan: z.string(),
});

const suffix = '.recovery.json';

/** The plan's text as a JSON string: at most three bytes for each of its characters, and the few fields around it. */
const recoveryFileSizeLimit = 3 * planFileSizeLimit + 64 * 1024;

export type RecoveryStoreOptions = {
  /** A window that has not written or touched its entry for this long is gone (closed or crashed). */
  liveForMs?: number;
  now?: () => Date;
};

/**
 * Unsaved work, written shortly after each change while a plan has changes. An entry is removed
 * when its plan is saved or the user discards it. Entries of windows still open on this host
 * (they touch theirs every few seconds) are not offered; whatever else is there was left behind.
 */
export class RecoveryStore {
  private readonly touched = new Map<string, number>();
  private readonly liveForMs: number;
  private readonly now: () => Date;

  constructor(private readonly folder: string, options: RecoveryStoreOptions = {}) {
    this.liveForMs = options.liveForMs ?? 15_000;
    this.now = options.now ?? (() => new Date());
  }

  private fileOf(key: string): string {
    return join(this.folder, `${key}${suffix}`);
  }

  /** Keeps a plan's text (as Save writes it, already read back by the caller) as this window's entry. */
  async write(key: string, path: string | null, planText: string): Promise<{ savedAt: string }> {
    await mkdir(this.folder, { recursive: true });
    const savedAt = this.now().toISOString();
    const file: z.infer<typeof RecoveryFileSchema> = { key, path, savedAt, plan: planText };
    await writeFileAtomic(this.fileOf(key), JSON.stringify(file), { backup: false });
    this.touched.set(key, this.now().getTime());
    return { savedAt };
  }

  /** A window says it is still open, so its entry is not offered to another window. */
  touch(key: string): boolean {
    if (!this.touched.has(key)) return false;
    this.touched.set(key, this.now().getTime());
    return true;
  }

  private isLive(key: string): boolean {
    const last = this.touched.get(key);
    return last !== undefined && this.now().getTime() - last < this.liveForMs;
  }

  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const entries: RecoveryEntry[] = [];
    for (const name of names.filter((entry) => entry.endsWith(suffix))) {
      // Anything but a regular file of a sensible size is not a recovery entry, whatever its name.
      const stored = await readRegularFile(join(this.folder, name), { limit: recoveryFileSizeLimit });
      if (!stored.ok) continue;
      try {
        const file = RecoveryFileSchema.parse(JSON.parse(stored.bytes.toString('utf8')));
        if (this.isLive(file.key)) continue;
        const read = readPlan(file.plan);
        if (read.ok) entries.push({ key: file.key, path: file.path, savedAt: file.savedAt, plan: read.plan });
      } catch {
        // A recovery file cut short by the crash itself holds nothing that can be restored.
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async discard(key: string): Promise<boolean> {
    this.touched.delete(key);
    try {
      await rm(this.fileOf(key));
      return true;
    } catch {
      return false;
    }
  }
}
