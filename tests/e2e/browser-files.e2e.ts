import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPlan } from '@shared/model/read-plan.ts';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';
import { samplesFolder, validSampleName } from '../helpers/samples.ts';

let session: AppSession | undefined;
let elsewhere: string | undefined;
afterEach(async () => {
  await session?.stop();
  if (elsewhere) await rm(elsewhere, { recursive: true, force: true });
  session = undefined;
  elsewhere = undefined;
});

/** A folder on the computer outside the workspace, as a user's Documents or a USB stick would be. */
async function folderElsewhere(): Promise<string> {
  elsewhere = await mkdtemp(join(tmpdir(), 'tamhil-documents-'));
  return elsewhere;
}

/** Firefox and Safari have no file pickers of their own: the app must fall back to a file input and a download. */
function withoutFilePickers(): void {
  delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
}

/**
 * Chromium's picker as the user's choice of a file on their disk: headless Chromium cannot show
 * the picker, so it hands back a real handle to a file in the origin's private file system,
 * which the app reads and writes back through exactly as through a picked file.
 */
function pickerReturnsSharedDrivePlan(): void {
  const pick = async () => [await (await navigator.storage.getDirectory()).getFileHandle('shared-drive.tamhil')];
  (window as { showOpenFilePicker?: unknown }).showOpenFilePicker = pick;
}

async function writePrivateFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    async ({ name, text }) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    },
    { name, text },
  );
}

const readPrivateFile = (page: Page, name: string) =>
  page.evaluate(async (name) => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(), name);

/** Drops files on the window as if dragged from the computer's file manager. */
async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of files) transfer.items.add(new File([new Uint8Array(bytes)], name));
    return transfer;
  }, files.map(({ name, bytes }) => ({ name, bytes: [...bytes] })));
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer });
}

const sampleBytes = () => readFile(join(samplesFolder, validSampleName));

/** The app on the sample, in a browser that has no file pickers of its own. */
async function openWithoutPickers(): Promise<Page> {
  session = await AppSession.start();
  await session.beforeEachPage(withoutFilePickers);
  const page = await session.open();
  await page.getByLabel('רשות מקומית').waitFor();
  return page;
}

/** The sample as a file elsewhere on the computer, changed as `change` says. */
async function sampleElsewhere(fileName: string, change: (plan: { details: Record<string, unknown>; services: Record<string, unknown>[] }) => void): Promise<string> {
  const plan = JSON.parse((await sampleBytes()).toString('utf8'));
  change(plan);
  const path = join(await folderElsewhere(), fileName);
  await writeFile(path, JSON.stringify(plan, null, 2));
  return path;
}

async function openFromComputerThroughInput(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'פתיחה' }).click();
  const dialog = page.getByRole('dialog', { name: 'פתיחת תכנית' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'פתיחת קובץ מהמחשב…' }).click();
  await (await chooser).setFiles(path);
}

describe('an empty workspace', () => {
  it('greets the user with a choice instead of an error, and opens a sample copied into the workspace', async () => {
    session = await AppSession.start({ emptyWorkspace: true });
    const page = await session.open();
    await page.getByRole('heading', { name: 'ברוכים הבאים לתמהיל' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('');
    expect(await page.getByText(session.workspace).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^פתיחת הדוגמה .*גבעת הדקלים.* 2027 תכנית שלמה/ }).click();
    await page.getByRole('status').filter({ hasText: 'עותק של הדוגמה נשמר בתיקיית העבודה' }).waitFor();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים');
    expect(await readdir(session.workspace)).toEqual([validSampleName]);
    expect(await readFile(join(session.workspace, validSampleName))).toEqual(await sampleBytes());
  });

  it('starts a new plan from the welcome', async () => {
    session = await AppSession.start({ emptyWorkspace: true });
    const page = await session.open();
    await page.getByRole('button', { name: 'התחלת תכנית חדשה' }).click();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('');
  });
});

describe('files from anywhere on the computer', () => {
  it('opens a plan through the browser file chooser, and Save As downloads it with the edit', async () => {
    const page = await openWithoutPickers();
    const path = await sampleElsewhere('כפר האלונים 2027.tamhil', (plan) => (plan.details.authority = 'כפר האלונים'));
    await openFromComputerThroughInput(page, path);
    await page.getByText('כפר האלונים 2027.tamhil').waitFor();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('כפר האלונים');

    await page.getByLabel('התקציב המיועד לקהילה (₪)').fill('5200000');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'שמירת התכנית בשם' });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'שמירה במחשב…' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('כפר האלונים 2027.tamhil');
    const read = readPlan(await readFile(await saved.path(), 'utf8'));
    expect(read.ok && read.plan.details.communityBudget).toBe(5_200_000);
    await page.getByRole('status').filter({ hasText: 'בתיקיית ההורדות של הדפדפן' }).waitFor();
  });

  it('refuses a damaged plan from the computer with the same message as from the workspace', async () => {
    const page = await openWithoutPickers();
    const path = await sampleElsewhere('damaged.tamhil', (plan) => (plan.services[2]!.unitCost = 'מאה'));
    await openFromComputerThroughInput(page, path);
    const alert = page.getByRole('alert').filter({ hasText: 'לא ניתן לפתוח' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('services[2].unitCost');
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים');
  });

  it('saves back to the file it opened where the browser allows it, and merges when the file changed meanwhile', async () => {
    session = await AppSession.start();
    await session.beforeEachPage(pickerReturnsSharedDrivePlan);
    const page = await session.open();
    await page.getByLabel('רשות מקומית').waitFor();
    await writePrivateFile(page, 'shared-drive.tamhil', (await sampleBytes()).toString('utf8'));

    await page.getByRole('button', { name: 'פתיחה' }).click();
    await page.getByRole('dialog', { name: 'פתיחת תכנית' }).getByRole('button', { name: 'פתיחת קובץ מהמחשב…' }).click();
    await page.getByText('shared-drive.tamhil').waitFor();
    await page.getByLabel('התקציב המיועד לקהילה (₪)').fill('5300000');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'במקום שבחרתם במחשב' }).waitFor();
    const afterSave = readPlan(await readPrivateFile(page, 'shared-drive.tamhil'));
    expect(afterSave.ok && afterSave.plan.details.communityBudget).toBe(5_300_000);

    // A colleague saves the same file on the shared drive, with the budget as it was: both changed it.
    await writePrivateFile(page, 'shared-drive.tamhil', (await sampleBytes()).toString('utf8'));
    await page.getByLabel('התקציב המיועד לקהילה (₪)').fill('5400000');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    const merge = page.getByRole('dialog', { name: 'מיזוג שני עותקים של התכנית' });
    expect(await merge.getByRole('group', { name: /התנגשות 1 · תקציב/ }).textContent()).toContain('5,000,000');
    await merge.getByRole('button', { name: 'ביטול' }).click();
    const untouched = readPlan(await readPrivateFile(page, 'shared-drive.tamhil'));
    expect(untouched.ok && untouched.plan.details.communityBudget).toBe(5_000_000);
  });

  it('opens a plan dropped on the window, and says what it takes when the drop is not one file it knows', async () => {
    session = await AppSession.start();
    const page = await session.open();
    await page.getByLabel('רשות מקומית').waitFor();
    const plan = JSON.parse((await sampleBytes()).toString('utf8'));
    plan.details.authority = 'נווה אלון';
    await dropFiles(page, [{ name: 'נווה אלון.tamhil', bytes: Buffer.from(JSON.stringify(plan)) }]);
    await page.getByText('נווה אלון.tamhil').waitFor();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('נווה אלון');

    await dropFiles(page, [{ name: 'notes.txt', bytes: Buffer.from('hello') }]);
    const wrongKind = page.getByRole('alert').filter({ hasText: 'תמהיל פותח תכניות' });
    await wrongKind.waitFor();
    // The file name is isolated from the Hebrew around it, so it reads in its own order.
    expect(await wrongKind.textContent()).toContain('\u2068notes.txt\u2069');

    await dropFiles(page, [
      { name: 'a.tamhil', bytes: Buffer.from('{}') },
      { name: 'b.tamhil', bytes: Buffer.from('{}') },
    ]);
    await page.getByRole('alert').filter({ hasText: 'גררו קובץ אחד בכל פעם' }).waitFor();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('נווה אלון');
  });

  it('asks what a dropped spreadsheet holds, and imports it as the chosen kind', async () => {
    session = await AppSession.start();
    const page = await session.open();
    await page.getByLabel('רשות מקומית').waitFor();
    const table = 'שם השירות,משתתפים,עלות ליחידה\r\nחוג התעמלות בפארק,25,80\r\n';
    await dropFiles(page, [{ name: 'שירותים חדשים.csv', bytes: Buffer.from(table) }]);
    const question = page.getByRole('dialog', { name: /מה לעשות בקובץ/ });
    await question.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await question.getByRole('button', { name: 'ייבוא מחוברת אקסל' }).count()).toBe(0);
    await question.getByRole('button', { name: 'ייבוא טבלת שירותים' }).click();
    await page.getByRole('dialog', { name: 'ייבוא שירותים מ-"\u2068שירותים חדשים.csv\u2069"' }).waitFor();
  });
});

describe('exports from the browser', () => {
  it('downloads the workbook and says where it went; the file reads back as the plan', async () => {
    const page = await openWithoutPickers();
    await page.getByRole('toolbar').getByRole('button', { name: 'ייבוא וייצוא' }).click();
    await page.getByRole('group', { name: 'ייבוא וייצוא' }).getByRole('button', { name: 'ייצוא לאקסל…' }).click();
    const dialog = page.getByRole('dialog', { name: 'ייצוא התכנית לחוברת אקסל' });
    expect(await dialog.getByLabel('שם הקובץ').inputValue()).toBe('גבעת הדקלים 2027');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'שמירה במחשב…' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('גבעת הדקלים 2027.xlsx');
    await page.getByRole('status').filter({ hasText: 'הקובץ נמצא בתיקיית ההורדות של הדפדפן' }).waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await saved.path());
    expect(workbook.worksheets.length).toBeGreaterThan(5);
    expect(workbook.worksheets[0]?.views[0]?.rightToLeft).toBe(true);
    // Nothing was written into the workspace: the export went to the computer.
    expect((await readdir(session!.workspace)).filter((name) => name.endsWith('.xlsx'))).toEqual([]);
  });
});
