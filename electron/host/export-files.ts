import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ExportWriteResult } from '@shared/host-api.ts';
import { base64ToBytes } from '@shared/format/base64.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { PathRefusedError } from './path-policy.ts';
import type { AdmitsRealPath } from './regular-file.ts';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes an export (a workbook, a CSV, an image) whole or not at all; an existing file is replaced
 * only when the user said so, and one marked read-only not at all (the result says so).
 */
export async function writeExport(diskPath: string, shownPath: string, data: string, overwrite: boolean, admits?: AdmitsRealPath): Promise<ExportWriteResult> {
  try {
    if (!overwrite && (await exists(diskPath))) return { ok: false, reason: 'exists', path: shownPath };
    await writeFileAtomic(diskPath, base64ToBytes(data), { backup: false, admits });
    return { ok: true, path: shownPath, name: basename(diskPath) };
  } catch (error) {
    if (error instanceof PathRefusedError) throw error;
    return { ok: false, reason: 'io', path: shownPath, errno: errnoOf(error) };
  }
}
