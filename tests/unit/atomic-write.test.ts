import { afterEach, describe, it, expect } from 'vitest';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupPathOf, writeFileAtomic } from '@electron/host/atomic-write.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

describe('writeFileAtomic', () => {
  it('creates a file that did not exist, without a backup', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFileAtomic(file, 'שלום\n', { backup: true });
    expect(await readFile(file, 'utf8')).toBe('שלום\n');
    expect(await readdir(folder)).toEqual(['plan.tamhil']);
  });

  it('replaces the content and keeps the previous version as <file>.bak', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'version 1');
    await writeFileAtomic(file, 'version 2', { backup: true });
    expect(await readFile(file, 'utf8')).toBe('version 2');
    expect(backupPathOf(file)).toBe(`${file}.bak`);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('version 1');
    await writeFileAtomic(file, 'version 3', { backup: true });
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('version 2');
  });

  it('keeps no backup when asked not to', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new', { backup: false });
    expect(await readdir(folder)).toEqual(['plan.tamhil']);
  });

  it('leaves no temporary files behind', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    for (let version = 0; version < 5; version += 1) await writeFileAtomic(file, `version ${version}`, { backup: true });
    expect((await readdir(folder)).sort()).toEqual(['plan.tamhil', 'plan.tamhil.bak']);
  });

  it('writes large texts whole', async () => {
    const folder = await temp.make();
    const file = join(folder, 'big.tamhil');
    const text = 'א'.repeat(3_000_000);
    await writeFileAtomic(file, text, { backup: false });
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('writes bytes as they are, not as text, and replaces an existing file with them', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.xlsx');
    await writeFile(file, 'the old workbook');
    // Every byte value, including ones that are not valid UTF-8 on their own.
    const bytes = Uint8Array.from({ length: 256 * 4 }, (_, index) => (index * 7) % 256);
    await writeFileAtomic(file, bytes, { backup: false });
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['plan.xlsx']);
  });

  it('fails, creating nothing, when the target folder is gone', async () => {
    const folder = await temp.make();
    const gone = join(folder, 'removed');
    await mkdir(gone);
    await rm(gone, { recursive: true });
    await expect(writeFileAtomic(join(gone, 'plan.tamhil'), 'text', { backup: true })).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(gone)).toBe(false);
  });

  it('leaves the old file untouched and no temporary file when the write fails half way', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'the old plan');
    // A folder where the backup should go makes the step after writing the temporary file fail.
    await mkdir(`${file}.bak`);
    await writeFile(join(`${file}.bak`, 'inside'), 'x');
    await expect(writeFileAtomic(file, 'the new plan', { backup: true })).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('the old plan');
    expect((await readdir(folder)).sort()).toEqual(['plan.tamhil', 'plan.tamhil.bak']);
  });

  it('leaves the old file untouched when the target cannot be replaced', async () => {
    const folder = await temp.make();
    const target = join(folder, 'plan.tamhil');
    // A non-empty folder cannot be replaced by a file.
    await mkdir(target);
    await writeFile(join(target, 'kept'), 'kept');
    await expect(writeFileAtomic(target, 'text', { backup: false })).rejects.toThrow();
    expect(await readFile(join(target, 'kept'), 'utf8')).toBe('kept');
    expect(await readdir(folder)).toEqual(['plan.tamhil']);
  });
});
