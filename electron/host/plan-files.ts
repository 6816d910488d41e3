import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { planFileSizeLimit, type OpenResult, type SaveResult } from '@shared/host-api.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';
import { writeFileAtomic } from './atomic-write.ts';

export const planExtension = '.tamhil';

/** A file's revision is the SHA-256 of its bytes: any change on disk, by anyone, changes it. */
export function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function displayName(path: string): string {
  return basename(path).replace(/\.tamhil$/i, '');
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Opens a plan file. `shownPath` is what the renderer knows the file as (workspace-relative in
 * the browser host); `diskPath` is where it is.
 */
export async function openPlanFile(diskPath: string, shownPath: string): Promise<OpenResult> {
  const name = displayName(diskPath);
  try {
    const info = await stat(diskPath);
    if (info.size > planFileSizeLimit) {
      return { ok: false, path: shownPath, name, error: { code: 'too-large', size: info.size, limit: planFileSizeLimit } };
    }
    const bytes = await readFile(diskPath);
    const result = readPlan(bytes.toString('utf8'));
    if (!result.ok) return { ok: false, path: shownPath, name, error: result.error };
    return { ok: true, path: shownPath, name, revision: revisionOf(bytes), plan: result.plan, migratedFrom: result.migratedFrom };
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ENOENT' || errno === 'ENOTDIR') return { ok: false, path: shownPath, name, error: { code: 'not-found' } };
    return { ok: false, path: shownPath, name, error: { code: 'io', errno } };
  }
}

export type SaveRequest = { diskPath: string; shownPath: string; plan: Plan; expectedRevision: string | null; overwrite: boolean };

/**
 * Saves atomically, keeping the previous version as a backup. If the file on disk is not the
 * one the user opened (someone else saved it, or a new plan would replace an existing file),
 * nothing is written and the caller is told, unless the user already confirmed the overwrite.
 */
export async function savePlanFile({ diskPath, shownPath, plan, expectedRevision, overwrite }: SaveRequest): Promise<SaveResult> {
  try {
    const current = await readIfExists(diskPath);
    if (current !== null && !overwrite && revisionOf(current) !== expectedRevision) {
      return { ok: false, reason: 'conflict', path: shownPath };
    }
    const text = serializePlan(plan);
    await writeFileAtomic(diskPath, text, { backup: current !== null });
    return { ok: true, path: shownPath, name: displayName(diskPath), revision: revisionOf(text) };
  } catch (error) {
    return { ok: false, reason: 'io', path: shownPath, errno: errnoOf(error) };
  }
}
