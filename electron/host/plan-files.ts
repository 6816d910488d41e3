import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { planFileSizeLimit, type OpenResult, type SaveResult } from '@shared/host-api.ts';
import { errnoOf, ownProblemCodes } from '@shared/model/file-system-problem.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { PathRefusedError } from './path-policy.ts';
import { readRegularFile, type AdmitsRealPath } from './regular-file.ts';

export const planExtension = '.tamhil';

/** A file's revision is the SHA-256 of its bytes: any change on disk, by anyone, changes it. */
export function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function displayName(path: string): string {
  return basename(path).replace(/\.tamhil$/i, '');
}

/**
 * Opens a plan file. `shownPath` is what the renderer knows the file as (workspace-relative in
 * the browser host); `diskPath` is where it is; `admits` is where the path policy lets it be.
 */
export async function openPlanFile(diskPath: string, shownPath: string, admits?: AdmitsRealPath): Promise<OpenResult> {
  const name = displayName(diskPath);
  const read = await readRegularFile(diskPath, { limit: planFileSizeLimit, admits });
  if (!read.ok) return { ok: false, path: shownPath, name, error: read.error };
  const result = readPlan(read.bytes.toString('utf8'));
  if (!result.ok) return { ok: false, path: shownPath, name, error: result.error };
  return { ok: true, path: shownPath, name, revision: revisionOf(read.bytes), plan: result.plan, migratedFrom: result.migratedFrom };
}

export type SaveRequest = {
  diskPath: string;
  shownPath: string;
  plan: Plan;
  expectedRevision: string | null;
  overwrite: boolean;
  /** The user agreed to replace a file marked read-only. */
  replaceReadOnly?: boolean;
  admits?: AdmitsRealPath;
};

/**
 * Saves atomically, keeping the previous version as a backup. If the file on disk is not the
 * one the user opened (someone else saved it, or a new plan would replace an existing file),
 * nothing is written and the caller is told, unless the user already confirmed the overwrite;
 * a file marked read-only is not replaced until the user confirms that too. A failure leaves the
 * file and its backup as they were.
 */
export async function savePlanFile({ diskPath, shownPath, plan, expectedRevision, overwrite, replaceReadOnly = false, admits }: SaveRequest): Promise<SaveResult> {
  try {
    const current = await readRegularFile(diskPath, { limit: planFileSizeLimit, admits });
    if (!current.ok && current.error.code === 'io') return { ok: false, reason: 'io', path: shownPath, errno: current.error.errno };
    // A file too large to have been opened is someone else's too.
    const exists = current.ok || current.error.code === 'too-large';
    if (exists && !overwrite && (!current.ok || revisionOf(current.bytes) !== expectedRevision)) {
      return { ok: false, reason: 'conflict', path: shownPath };
    }
    const text = serializePlan(plan);
    await writeFileAtomic(diskPath, text, { backup: true, replaceReadOnly, admits });
    return { ok: true, path: shownPath, name: displayName(diskPath), revision: revisionOf(text) };
  } catch (error) {
    if (error instanceof PathRefusedError) throw error;
    const errno = errnoOf(error);
    if (errno === ownProblemCodes.readOnlyFile) return { ok: false, reason: 'read-only', path: shownPath };
    return { ok: false, reason: 'io', path: shownPath, errno };
  }
}
