import { afterEach, describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, open, readdir, readFile, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ownProblemCodes } from '@shared/model/file-system-problem.ts';
import { backupPathOf, writeFileAtomic } from '@electron/host/atomic-write.ts';
import { abandonedAfterMs, claimTemporaryName, releaseTemporaryName } from '@electron/host/save-temporaries.ts';
import { writeOutput } from '@electron/cli/cli-files.ts';
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

  it('keeps the permissions of the file it replaces, and gives its backup the same', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'version 1');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'version 2', { backup: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(`${file}.bak`)).mode & 0o777).toBe(0o600);
    await chmod(file, 0o640);
    await writeFileAtomic(file, 'version 3', { backup: true });
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('gives a new file exactly the permissions asked for', async () => {
    const folder = await temp.make();
    await writeFileAtomic(join(folder, 'key.json'), 'secret', { backup: false, mode: 0o600 });
    expect((await stat(join(folder, 'key.json'))).mode & 0o777).toBe(0o600);
  });

  it('writes through a link to the file it leads to, which keeps its backup beside it, and the link stays a link', async () => {
    const folder = await temp.make();
    await mkdir(join(folder, 'real'));
    const target = join(folder, 'real', 'plan.tamhil');
    await writeFile(target, 'version 1');
    await symlink(join('real', 'plan.tamhil'), join(folder, 'plan.tamhil'));
    // A link to the link: both are followed.
    await symlink('plan.tamhil', join(folder, 'again.tamhil'));
    await writeFileAtomic(join(folder, 'again.tamhil'), 'version 2', { backup: true });
    expect((await lstat(join(folder, 'plan.tamhil'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(folder, 'plan.tamhil'))).toBe(join('real', 'plan.tamhil'));
    expect(await readFile(target, 'utf8')).toBe('version 2');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('version 1');
    expect((await readdir(folder)).sort()).toEqual(['again.tamhil', 'plan.tamhil', 'real']);
  });

  it('writes a link to a file not there yet as that file', async () => {
    const folder = await temp.make();
    await symlink('later.tamhil', join(folder, 'plan.tamhil'));
    await writeFileAtomic(join(folder, 'plan.tamhil'), 'first', { backup: true });
    expect((await lstat(join(folder, 'plan.tamhil'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(folder, 'later.tamhil'), 'utf8')).toBe('first');
  });

  it('refuses links that lead around in a circle', async () => {
    const folder = await temp.make();
    await symlink('b.tamhil', join(folder, 'a.tamhil'));
    await symlink('a.tamhil', join(folder, 'b.tamhil'));
    await expect(writeFileAtomic(join(folder, 'a.tamhil'), 'text', { backup: true })).rejects.toMatchObject({ code: 'ELOOP' });
  });

  it('does not replace a file marked read-only unless asked to, and then keeps it read-only', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'version 1');
    await chmod(file, 0o444);
    await expect(writeFileAtomic(file, 'version 2', { backup: true })).rejects.toMatchObject({ code: ownProblemCodes.readOnlyFile });
    expect(await readFile(file, 'utf8')).toBe('version 1');
    expect(await readdir(folder)).toEqual(['plan.tamhil']);
    await writeFileAtomic(file, 'version 2', { backup: true, replaceReadOnly: true });
    expect(await readFile(file, 'utf8')).toBe('version 2');
    expect((await stat(file)).mode & 0o777).toBe(0o444);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('version 1');
  });

  it('refuses to write over a named pipe', async () => {
    const folder = await temp.make();
    execFileSync('mkfifo', [join(folder, 'plan.tamhil')]);
    await expect(writeFileAtomic(join(folder, 'plan.tamhil'), 'text', { backup: true })).rejects.toMatchObject({ code: ownProblemCodes.namedPipe });
    expect(await readdir(folder)).toEqual(['plan.tamhil']);
  });

  it('makes the previous version the backup by renaming, never by writing over the old backup', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'version 1');
    await writeFileAtomic(file, 'version 2', { backup: true });
    // The old backup as it is on disk: written over in place, this would read the next backup's bytes.
    const oldBackup = await open(`${file}.bak`, 'r');
    try {
      await writeFileAtomic(file, 'version 3 is longer', { backup: true });
      expect(await readFile(`${file}.bak`, 'utf8')).toBe('version 2');
      expect((await oldBackup.readFile()).toString('utf8')).toBe('version 1');
    } finally {
      await oldBackup.close();
    }
  });

  it('removes temporary files a save left when it was killed, and nothing it did not write', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'version 1');
    // A process that has ended, as a killed save's has.
    const ended = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    const named = (processId: number) => {
      const name = claimTemporaryName('plan.tamhil');
      releaseTemporaryName(name);
      return name.replace(`-${process.pid}-`, `-${processId}-`);
    };
    const ofEndedSave = named(ended);
    const ofLiveSave = named(process.ppid);
    const ofLiveSaveLongAgo = named(process.ppid).replace(/^\.plan/, '.other');
    const ofEarlierTamhilLongAgo = '.plan.tamhil.0123456789ab.tmp';
    const ofEarlierTamhilJustNow = '.plan.tamhil.ba9876543210.tmp';
    const notOurs = ['.plan.tamhil.swp', 'notes.tmp', '.plan.tamhil.0123456789ab.tmp.keep'];
    for (const name of [ofEndedSave, ofLiveSave, ofLiveSaveLongAgo, ofEarlierTamhilLongAgo, ofEarlierTamhilJustNow, ...notOurs]) await writeFile(join(folder, name), 'x');
    const longAgo = new Date(Date.now() - abandonedAfterMs - 60_000);
    for (const name of [ofLiveSaveLongAgo, ofEarlierTamhilLongAgo, notOurs[0]!]) await utimes(join(folder, name), longAgo, longAgo);
    // A folder named like a temporary file is not a file Tamhil wrote.
    const folderLikeOne = named(ended).replace(/^\.plan/, '.folder');
    await mkdir(join(folder, folderLikeOne));

    await writeFileAtomic(file, 'version 2', { backup: true });
    expect((await readdir(folder)).sort()).toEqual(
      ['plan.tamhil', 'plan.tamhil.bak', ofLiveSave, ofEarlierTamhilJustNow, folderLikeOne, ...notOurs].sort(),
    );
  });
});

describe('writing a file from the command line', () => {
  it('refuses to replace a file marked read-only, and says why', async () => {
    const folder = await temp.make();
    const file = join(folder, 'plan.tamhil');
    await writeFile(file, 'kept');
    await chmod(file, 0o444);
    await expect(writeOutput(file, 'new', true, 'en')).rejects.toThrow(
      `${file}: The file could not be written: The file is marked read-only, so it was not replaced. Make it writable, or write to another file.`,
    );
    expect(await readFile(file, 'utf8')).toBe('kept');
  });
});
