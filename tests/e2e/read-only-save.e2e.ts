import { execFile } from 'node:child_process';
import { chmod, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';

const sample = 'givat-hadkalim-2027.tamhil';

let session: AppSession;
let page: Page;

beforeEach(async () => {
  session = await AppSession.start();
  page = await session.open();
  await page.getByLabel('רשות מקומית').waitFor();
});
afterEach(async () => session?.stop());

describe('saving over a file that must not simply be replaced', () => {
  it('asks before replacing a plan file marked read-only, and keeps it read-only when the user agrees', async () => {
    const path = join(session.workspace, sample);
    const before = await readFile(path, 'utf8');
    await chmod(path, 0o444);

    await page.getByLabel('שנת התכנית').fill('2028');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    const question = page.getByRole('dialog', { name: 'הקובץ מסומן לקריאה בלבד' });
    await question.waitFor();
    expect(await question.textContent()).toContain(sample);
    await question.getByRole('button', { name: 'ביטול' }).click();
    expect(await readFile(path, 'utf8')).toBe(before);
    await page.getByText('יש שינויים שלא נשמרו').waitFor();

    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await question.getByRole('button', { name: 'החלפת הקובץ בכל זאת' }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
    expect(JSON.parse(await readFile(path, 'utf8')).details.year).toBe(2028);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(before);
  });

  it('says that the file and its backup are as they were when a save fails, and why', async () => {
    const path = join(session.workspace, sample);
    // Replaced by a named pipe after it was opened: nothing can be saved there.
    await rm(path);
    await promisify(execFile)('mkfifo', [path]);

    await page.getByLabel('שנת התכנית').fill('2028');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'השמירה נכשלה' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('הקובץ והגיבוי שלו');
    expect(await alert.textContent()).toContain('צינור בעל שם');
    expect((await stat(path)).isFIFO()).toBe(true);
    await page.getByText('יש שינויים שלא נשמרו').waitFor();
  });
});
