import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { spreadsheetSizeLimit, type SpreadsheetReadResult } from '@shared/host-api.ts';
import { bytesToBase64 } from '@shared/format/base64.ts';
import { errnoOf } from '@shared/model/file-system-problem.ts';

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
