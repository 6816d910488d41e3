import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe.ts';
import { sessionOnSample } from './support/station-session.ts';
import { openWorkspacePlan } from './support/open-workspace-plan.ts';
import { validSampleName } from '../helpers/samples.ts';

const budgetLabel = 'התקציב המיועד לקהילה (₪)';
const copyName = 'עותק שחזר מהאשכול';

/** The plan went to the cluster by mail and came back changed, while the team went on working on its own copy. */
describe('merging a copy that came back by mail', () => {
  const opened = sessionOnSample();
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  const save = () => page.getByRole('button', { name: 'שמירה', exact: true }).click();
  const saved = () => page.getByText('כל השינויים נשמרו').waitFor();
  /** How many versions a file of the workspace records; 0 while it is not there. */
  const versionsIn = async (name: string) => {
    try {
      return (JSON.parse(await readFile(join(opened.session.workspace, name), 'utf8')) as { history: { versions: unknown[] } }).history.versions.length;
    } catch {
      return 0;
    }
  };

  it('finds where the two copies parted, shows what comes in with the totals, and merges it in one step to undo', async () => {
    // A save records the version both copies start from; Save As makes the copy that is sent.
    // The sample opens with nothing unsaved, so the file, not the status line, tells when each is written.
    await save();
    await expect.poll(() => versionsIn(validSampleName)).toBe(1);
    await page.getByRole('button', { name: 'שמירה בשם' }).click();
    const saveAs = page.getByRole('dialog', { name: 'שמירת התכנית בשם' });
    await saveAs.getByLabel('שם הקובץ').fill(copyName);
    await saveAs.getByRole('button', { name: 'שמירה בתיקיית העבודה' }).click();
    await expect.poll(() => versionsIn(`${copyName}.tamhil`)).toBe(1);
    // The cluster's change, in the copy, saved three times: older versions than the last two must still be found.
    for (const budget of ['5,200,000', '5,300,000', '5,400,000']) {
      await page.getByLabel(budgetLabel).fill(budget);
      await save();
      await saved();
    }

    // The team's own change, in the plan, saved three times too.
    await openWorkspacePlan(page, validSampleName);
    for (const cluster of ['אשכול הגליל', 'אשכול העמק', 'אשכול השרון']) {
      await page.getByLabel('אשכול אזורי').fill(cluster);
      await page.keyboard.press('Tab');
      await save();
      await saved();
    }

    await page.getByRole('button', { name: 'מיזוג עותק…' }).click();
    const chooser = page.getByRole('dialog', { name: 'בחירת העותק למיזוג' });
    await chooser.getByRole('button', { name: new RegExp(copyName) }).click();
    const dialog = page.getByRole('dialog', { name: 'מיזוג שני עותקים של התכנית' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('שינוי אחד של');
    expect(await dialog.getByRole('listitem').filter({ hasText: 'תקציב לשירותים בקהילה' }).count()).toBe(1);
    expect(await dialog.getByRole('region', { name: 'התכנית הממוזגת' }).textContent()).toContain('5,400,000');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'מיזוג' }).click();
    expect(await page.getByLabel(budgetLabel).inputValue()).toBe('5,400,000');
    expect(await page.getByLabel('אשכול אזורי').inputValue()).toBe('אשכול השרון');

    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await page.getByLabel(budgetLabel).inputValue()).toBe('5,000,000');
    await page.getByRole('button', { name: 'ביצוע מחדש' }).click();
    await save();
    await saved();
    const onDisk = JSON.parse(await readFile(join(opened.session.workspace, validSampleName), 'utf8')) as { details: { communityBudget: number; cluster: string }; history: { versions: { parents: string[] }[] } };
    expect(onDisk.details).toMatchObject({ communityBudget: 5_400_000, cluster: 'אשכול השרון' });
    expect(onDisk.history.versions.at(-1)!.parents).toHaveLength(2);
  });

  it('compares two copies that share no version, asking at every difference, and shows the result over the 20% limit before it is taken', async () => {
    await page.getByRole('button', { name: 'מיזוג עותק…' }).click();
    await page.getByRole('dialog', { name: 'בחירת העותק למיזוג' }).getByRole('button', { name: /givat-hadkalim-2027-over-limit/ }).click();
    const question = page.getByRole('dialog', { name: 'למזג בלי גרסה משותפת?' });
    await question.getByRole('button', { name: 'להשוות ולבחור בכל הבדל' }).click();
    // The over-limit sample is a plan of its own (another id) for the same authority: asked before it is mixed in.
    const another = page.getByRole('dialog', { name: 'למזג תכנית אחרת?' });
    expect(await another.textContent()).toContain('מזהה תכנית אחר');
    await another.getByRole('button', { name: 'למזג בכל זאת' }).click();
    const dialog = page.getByRole('dialog', { name: 'מיזוג שני עותקים של התכנית' });
    await dialog.waitFor();
    expect(await dialog.textContent()).not.toContain('גרסת המוצא');
    const loneliness = dialog.getByRole('group', { name: /קבוצות הפגת בדידות בשכונות.*משתתפים/ });
    expect(await loneliness.textContent()).toContain('168');
    await dialog.getByRole('button', { name: 'הכול לפי הצד השני' }).click();
    const result = dialog.getByRole('region', { name: 'התכנית הממוזגת' });
    await expect.poll(() => result.textContent()).toContain('מעל המגבלה');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: '/tmp/shots/merge-two-way-1366x768.png' });
    await dialog.getByRole('button', { name: 'ביטול' }).click();
    expect(await dialog.count()).toBe(0);
  });
});
