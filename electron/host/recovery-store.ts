import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { RecoveryEntry } from '@shared/host-api.ts';
import { writeFileAtomic } from './atomic-write.ts';

type RecoveryHeader = { key: string; path: string | null; savedAt: string };

const suffix = '.recovery.json';

/**
 * Unsaved work, written every few seconds while a plan has changes. An entry is removed when its
 * plan is saved or the user discards it; whatever is left at the next start was lost in a crash.
 */
export class RecoveryStore {
  constructor(private readonly folder: string, private readonly now: () => Date = () => new Date()) {}

  private fileOf(key: string): string {
    return join(this.folder, `${key}${suffix}`);
  }

  async write(key: string, path: string | null, plan: Plan): Promise<{ savedAt: string }> {
    await mkdir(this.folder, { recursive: true });
    const savedAt = this.now().toISOString();
    const header: RecoveryHeader = { key, path, savedAt };
    // The plan is kept as the same canonical text as a saved file, so it is read by the same code.
    await writeFileAtomic(this.fileOf(key), JSON.stringify({ ...header, plan: serializePlan(plan) }), { backup: false });
    return { savedAt };
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
      try {
        const raw = JSON.parse(await readFile(join(this.folder, name), 'utf8')) as RecoveryHeader & { plan: string };
        const read = readPlan(raw.plan);
        if (read.ok) entries.push({ key: raw.key, path: raw.path, savedAt: raw.savedAt, plan: read.plan });
      } catch {
        // A recovery file cut short by the crash itself holds nothing that can be restored.
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async discard(key: string): Promise<boolean> {
    try {
      await rm(this.fileOf(key));
      return true;
    } catch {
      return false;
    }
  }
}
