import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { chooseWorkspacePlan } from './support/open-workspace-plan.ts';

const sample = 'givat-hadkalim-2027.tamhil';

let session: AppSession;
let page: Page;

beforeEach(async () => {
  session = await AppSession.start();
  page = await session.open();
  await page.getByLabel('רשות מקומית').waitFor();
});
afterEach(async () => session?.stop());

describe('opening, saving and recovering plan files', () => {

  it('shows why a damaged file cannot be opened, names the field, and leaves the file untouched', async () => {
    const plan = JSON.parse(await readFile(join(session.workspace, sample), 'utf8'));
    plan.services[2].unitCost = 'מאה';
    const damaged = `${JSON.stringify(plan, null, 2)}\n`;
    await writeFile(join(session.workspace, 'damaged.tamhil'), damaged);

    await chooseWorkspacePlan(page, 'damaged');
    const alert = page.getByRole('alert').filter({ hasText: 'לא ניתן לפתוח' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('services[2].unitCost');
    expect(await alert.textContent()).toContain('הקובץ לא שונה');
    expect(await readFile(join(session.workspace, 'damaged.tamhil'), 'utf8')).toBe(damaged);
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים');
  });

  it('refuses a file that is not a plan and one from a newer version, each with its own message', async () => {
    await writeFile(join(session.workspace, 'notes.tamhil'), 'שלום, זה לא קובץ תכנית');
    await chooseWorkspacePlan(page, 'notes');
    await page.getByRole('alert').filter({ hasText: 'אינו JSON' }).waitFor();

    const plan = JSON.parse(await readFile(join(session.workspace, sample), 'utf8'));
    await writeFile(join(session.workspace, 'future.tamhil'), JSON.stringify({ ...plan, schemaVersion: 99 }));
    await chooseWorkspacePlan(page, 'future');
    await page.getByRole('alert').filter({ hasText: 'גרסה חדשה יותר' }).waitFor();
    expect(JSON.parse(await readFile(join(session.workspace, 'future.tamhil'), 'utf8')).schemaVersion).toBe(99);
  });

  it('merges a file that changed on disk since it was opened instead of replacing it, and asks before replacing one that is no plan', async () => {
    const path = join(session.workspace, sample);
    const changedElsewhere = (await readFile(path, 'utf8')).replace('"communityBudget": 5000000', '"communityBudget": 5100000');
    await writeFile(path, changedElsewhere);

    await page.getByLabel('שנת התכנית').fill('2028');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await page.getByText(/שינוי אחד של .*givat-hadkalim-2027\.tamhil.* מוזג: תקציב לשירותים בקהילה/).waitFor();
    await page.getByText('כל השינויים נשמרו').waitFor();
    expect(JSON.parse(await readFile(path, 'utf8')).details).toMatchObject({ year: 2028, communityBudget: 5_100_000 });
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(changedElsewhere);

    const damaged = '{ "schemaVersion": 4, "id": ';
    await writeFile(path, damaged);
    await page.getByLabel('שנת התכנית').fill('2029');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    const question = page.getByRole('dialog', { name: 'הקובץ השתנה מאז שנפתח' });
    await question.getByRole('button', { name: 'ביטול' }).click();
    expect(await readFile(path, 'utf8')).toBe(damaged);
    await page.getByText('יש שינויים שלא נשמרו').waitFor();
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await question.getByRole('button', { name: 'החלפת הקובץ' }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
    expect(JSON.parse(await readFile(path, 'utf8')).details.year).toBe(2029);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(damaged);
  });

  it('starts a new plan and saves it under a name in the workspace', async () => {
    await page.getByRole('button', { name: 'תכנית חדשה' }).click();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('');
    await page.getByLabel('רשות מקומית').fill('כפר האלונים');
    await page.getByLabel('התקציב המיועד לקהילה (₪)').fill('1,200,000');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'שמירת התכנית בשם' });
    await dialog.getByLabel('שם הקובץ').fill('../מחוץ לתיקייה');
    await dialog.getByRole('button', { name: 'שמירה בתיקיית העבודה' }).click();
    await dialog.getByRole('alert').waitFor();
    await dialog.getByLabel('שם הקובץ').fill('כפר האלונים 2027');
    await dialog.getByRole('button', { name: 'שמירה בתיקיית העבודה' }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
    const saved = JSON.parse(await readFile(join(session.workspace, 'כפר האלונים 2027.tamhil'), 'utf8'));
    expect(saved.details).toMatchObject({ authority: 'כפר האלונים', communityBudget: 1200000 });
    expect(saved.policy).toEqual({ selfDevelopmentLimit: 0.2, selfDevelopmentBase: 'community-budget', ministryShare: 0.75 });
  });

  it('asks before unsaved work is replaced by another plan', async () => {
    await page.getByLabel('הוכן על ידי').fill('צוות המדור');
    await page.getByRole('button', { name: 'תכנית חדשה' }).click();
    const question = page.getByRole('dialog', { name: 'שינויים שלא נשמרו' });
    await question.getByRole('button', { name: 'ביטול' }).click();
    expect(await page.getByLabel('הוכן על ידי').inputValue()).toBe('צוות המדור');
    await page.getByRole('button', { name: 'תכנית חדשה' }).click();
    await question.getByRole('button', { name: 'המשך בלי לשמור' }).click();
    expect(await page.getByLabel('הוכן על ידי').inputValue()).toBe('');
  });

  it('offers unsaved work back after the app was closed without saving', async () => {
    await page.getByLabel('אשכול אזורי').fill('אשכול הגליל המערבי');
    await expect.poll(() => session.recoveryEntries(), { timeout: 15_000 }).toBe(1);
    await page.close({ runBeforeUnload: false });

    await session.restart();
    page = await session.open();
    const offer = page.getByRole('dialog', { name: 'שחזור עבודה שלא נשמרה' });
    await offer.getByRole('button', { name: /^שחזור/ }).click();
    await page.getByText('יש שינויים שלא נשמרו').waitFor();
    expect(await page.getByLabel('אשכול אזורי').inputValue()).toBe('אשכול הגליל המערבי');
    expect(JSON.parse(await readFile(join(session.workspace, sample), 'utf8')).details.cluster).toBe('אשכול עמק המעיינות');

    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
    expect(JSON.parse(await readFile(join(session.workspace, sample), 'utf8')).details.cluster).toBe('אשכול הגליל המערבי');

    await session.restart();
    page = await session.open();
    await page.getByLabel('רשות מקומית').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});

describe('file actions that a hurried user repeats or abandons', () => {
  it('saves once when Ctrl+S is pressed twice, without a false conflict', async () => {
    await page.getByLabel('הוכן על ידי').fill('צוות המדור, טיוטה 2');
    await page.keyboard.press('Control+s');
    await page.keyboard.press('Control+s');
    await page.getByText('כל השינויים נשמרו').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(JSON.parse(await readFile(join(session.workspace, sample), 'utf8')).details.preparedBy).toBe('צוות המדור, טיוטה 2');
  });

  it('keeps the recovery copy when the user agrees to leave unsaved work but then cancels Open', async () => {
    await page.getByLabel('אשכול אזורי').fill('אשכול שעוד לא נשמר');
    await expect.poll(() => session.recoveryEntries(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('button', { name: 'פתיחה' }).click();
    await page.getByRole('dialog', { name: 'שינויים שלא נשמרו' }).getByRole('button', { name: 'המשך בלי לשמור' }).click();
    await page.getByRole('dialog', { name: 'פתיחת תכנית' }).getByRole('button', { name: 'ביטול' }).click();
    expect(await page.getByLabel('אשכול אזורי').inputValue()).toBe('אשכול שעוד לא נשמר');
    await page.waitForTimeout(1500);
    expect(await session.recoveryEntries()).toBe(1);
  });

  it('returns focus to the button that opened a dialog', async () => {
    const open = page.getByRole('button', { name: 'פתיחה' });
    await open.click();
    await page.getByRole('dialog', { name: 'פתיחת תכנית' }).getByRole('button', { name: 'ביטול' }).click();
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
