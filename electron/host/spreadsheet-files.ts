import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { spreadsheetSizeLimit, type ExportWriteResult, type SpreadsheetReadResult } from '@shared/host-api.ts';
import { base64ToBytes, bytesToBase64 } from '@shared/format/base64.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** Reads a workbook or CSV whole for the window, which checks and parses it away from the host. */
export async function readSpreadsheet(diskPath: string, shownPath: string): Promise<SpreadsheetReadResult> {
  const name = basename(diskPath);
  try {
    const info = await stat(diskPath);
    if (info.size > spreadsheetSizeLimit) return { ok: false, path: shownPath, name, error: { code: 'too-large', size: info.size, limit: spreadsheetSizeLimit } };
    const bytes = await readFile(diskPath);
    return { ok: true, path: shownPath, name, data: bytesToBase64(bytes) };
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ENOENT' || errno === 'ENOTDIR') return { ok: false, path: shownPath, name, error: { code: 'not-found' } };
    return { ok: false, path: shownPath, name, error: { code: 'io', errno } };
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes an export (a workbook, a CSV, an image) whole or not at all; an existing file is replaced only when the user said so. */
export async function writeExport(diskPath: string, shownPath: string, data: string, overwrite: boolean): Promise<ExportWriteResult> {
  try {
    if (!overwrite && (await exists(diskPath))) return { ok: false, reason: 'exists', path: shownPath };
    await writeFileAtomic(diskPath, base64ToBytes(data), { backup: false });
    return { ok: true, path: shownPath, name: basename(diskPath) };
  } catch (error) {
    return { ok: false, reason: 'io', path: shownPath, errno: errnoOf(error) };
  }
}
