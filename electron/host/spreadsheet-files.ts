import { basename } from 'node:path';
import { spreadsheetSizeLimit, type SpreadsheetReadResult } from '@shared/host-api.ts';
import { bytesToBase64 } from '@shared/format/base64.ts';
import { readRegularFile, type AdmitsRealPath } from './regular-file.ts';

/** Reads a workbook or CSV whole for the window, which checks and parses it away from the host. */
export async function readSpreadsheet(diskPath: string, shownPath: string, admits?: AdmitsRealPath): Promise<SpreadsheetReadResult> {
  const name = basename(diskPath);
  const read = await readRegularFile(diskPath, { limit: spreadsheetSizeLimit, admits });
  if (!read.ok) return { ok: false, path: shownPath, name, error: read.error };
  return { ok: true, path: shownPath, name, data: bytesToBase64(read.bytes) };
}
