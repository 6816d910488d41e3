import { afterEach, describe, expect, it } from 'vitest';
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bytesToBase64 } from '@shared/format/base64.ts';
import { spreadsheetSizeLimit } from '@shared/host-api.ts';
import { workspacePathPolicy, PathRefusedError } from '@electron/host/path-policy.ts';
import { readSpreadsheet } from '@electron/host/spreadsheet-files.ts';
import { writeExport } from '@electron/host/export-files.ts';
import { listFiles } from '@electron/host/workspace.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const folders = tempFolders();
afterEach(() => folders.removeAll());

describe('spreadsheet files in the host', () => {
  it('writes an export whole, and replaces an existing file only when told to', async () => {
    const folder = await folders.make();
    const path = join(folder, 'plan.xlsx');
    const first = Uint8Array.from([1, 2, 3]);
    expect(await writeExport(path, 'plan.xlsx', bytesToBase64(first), false)).toEqual({ ok: true, path: 'plan.xlsx', name: 'plan.xlsx' });
    expect(await writeExport(path, 'plan.xlsx', bytesToBase64(Uint8Array.from([9])), false)).toEqual({ ok: false, reason: 'exists', path: 'plan.xlsx' });
    expect(new Uint8Array(await readFile(path))).toEqual(first);
    expect((await writeExport(path, 'plan.xlsx', bytesToBase64(Uint8Array.from([9])), true)).ok).toBe(true);
    expect(new Uint8Array(await readFile(path))).toEqual(Uint8Array.from([9]));
    expect((await readdir(folder)).filter((name) => name.endsWith('.tamhil-tmp') || name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads a spreadsheet as base64 and refuses one above the size limit before reading it', async () => {
    const folder = await folders.make();
    await writeFile(join(folder, 'table.csv'), 'שם,משתתפים\n');
    const read = await readSpreadsheet(join(folder, 'table.csv'), 'table.csv');
    expect(read.ok && Buffer.from(read.data, 'base64').toString('utf8')).toBe('שם,משתתפים\n');
    await writeFile(join(folder, 'huge.xlsx'), Buffer.alloc(0));
    const { truncate } = await import('node:fs/promises');
    await truncate(join(folder, 'huge.xlsx'), spreadsheetSizeLimit + 1);
    expect(await readSpreadsheet(join(folder, 'huge.xlsx'), 'huge.xlsx')).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await readSpreadsheet(join(folder, 'gone.xlsx'), 'gone.xlsx')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('lists spreadsheets apart from plans, and lets the browser host touch only the kind asked for', async () => {
    const folder = await folders.make();
    await writeFile(join(folder, 'a.tamhil'), '{}');
    await writeFile(join(folder, 'b.xlsx'), '');
    await writeFile(join(folder, 'c.CSV'), '');
    await writeFile(join(folder, 'd.txt'), '');
    const names = async (kind: 'plan' | 'spreadsheet') => (await listFiles(folder, kind, (path) => path)).map((entry) => entry.name).sort();
    expect(await names('plan')).toEqual(['a']);
    expect(await names('spreadsheet')).toEqual(['b.xlsx', 'c.CSV']);
    const policy = workspacePathPolicy(folder);
    expect(policy.toDisk('b.xlsx', 'spreadsheet')).toBe(join(folder, 'b.xlsx'));
    expect(() => policy.toDisk('b.xlsx')).toThrow(PathRefusedError);
    expect(() => policy.toDisk('a.tamhil', 'spreadsheet')).toThrow(PathRefusedError);
    expect(() => policy.toDisk('../b.xlsx', 'spreadsheet')).toThrow(PathRefusedError);
    // A link named like a workbook may not lead to a plan.
    await symlink(join(folder, 'a.tamhil'), join(folder, 'evil.xlsx'));
    expect(() => policy.toDisk('evil.xlsx', 'spreadsheet')).toThrow(PathRefusedError);
  });
});
