import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';
import { chooseWorkspacePlan } from './support/open-workspace-plan.ts';
import { validSampleName } from '../helpers/samples.ts';

const budgetLabel = 'התקציב המיועד לקהילה (₪)';
const notesLabel = 'הערות הצוות לתחנה';
const note = 'לתאם קבוצת מיקוד נוספת עם בני 75+ בשכונות הצפוניות';

/** Two people of one desk team, each on their own computer, working on one plan file on the municipality's shared drive. */
describe('two people, one plan on the shared drive', () => {
  let coordinator: AppSession;
  let socialWorker: AppSession;
  let mine: Page;
  let theirs: Page;
  beforeAll(async () => {
    coordinator = await AppSession.start();
    socialWorker = await AppSession.start({ sharedWorkspace: coordinator.workspace });
    mine = await coordinator.open();
    theirs = await socialWorker.open();
  });
  afterAll(async () => {
    await socialWorker?.stop();
    await coordinator?.stop();
  });

  const goTo = async (page: Page, place: RegExp | string, heading: string) => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: place }).click();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  };
  const save = async (page: Page) => page.getByRole('toolbar', { name: 'פעולות קובץ ועריכה' }).getByRole('button', { name: 'שמירה', exact: true }).click();
  const openAgain = async (page: Page) => {
    await chooseWorkspacePlan(page, validSampleName);
    await goTo(page, 'פרטי התכנית', 'פרטי התכנית');
  };
  const fileOnDrive = async () => JSON.parse(await readFile(join(coordinator.workspace, validSampleName), 'utf8')) as { details: { communityBudget: number }; stations: Record<string, { notes: string }>; history: { versions: { author: string; parents: string[] }[] } };
  /**
   * Does `act` and waits until the file on the drive is written again. A notice of an earlier
   * save may still be on screen, and a merge is announced before its save is written: only the
   * file tells when a save landed.
   */
  const writtenBy = async (act: () => Promise<unknown>) => {
    const writtenAt = async () => (await stat(join(coordinator.workspace, validSampleName))).mtimeMs;
    const before = await writtenAt();
    await act();
    await expect.poll(writtenAt).toBeGreaterThan(before);
  };

  it('merges the other person’s saved change when saving, keeps both, and says what came in', async () => {
    await goTo(theirs, 'בדיקה ואישור', 'בדיקה ואישור');
    await theirs.getByLabel('שמך (נרשם בכל פעולה והערה)').fill('נועה');
    await theirs.keyboard.press('Tab');
    await goTo(theirs, 'פרטי התכנית', 'פרטי התכנית');
    await theirs.getByLabel(budgetLabel).fill('5,200,000');
    await writtenBy(() => save(theirs));

    await goTo(mine, /הערכת המצב המצוי/, 'הערכת המצב המצוי');
    await mine.getByLabel(notesLabel).fill(note);
    await mine.keyboard.press('Tab');
    await writtenBy(() => save(mine));
    await mine.getByText(/שינוי אחד של נועה מוזג/).waitFor();
    const onDrive = await fileOnDrive();
    expect(onDrive.details.communityBudget).toBe(5_200_000);
    expect(onDrive.stations['current-state']!.notes).toBe(note);
    expect(onDrive.history.versions.at(-1)!.parents).toHaveLength(2);
    await goTo(mine, 'פרטי התכנית', 'פרטי התכנית');
    expect(await mine.getByLabel(budgetLabel).inputValue()).toBe('5,200,000');
  });

  it('shows a conflict side by side with the result’s totals, takes the other side’s value, and undoes the merge in one step', async () => {
    // The social worker opens the coordinator's merged file again, then both change the budget.
    await openAgain(theirs);
    await theirs.getByLabel(budgetLabel).fill('5,100,000');
    await writtenBy(() => save(theirs));

    await mine.getByLabel(budgetLabel).fill('5,300,000');
    await save(mine);
    const dialog = mine.getByRole('dialog', { name: 'מיזוג שני עותקים של התכנית' });
    await dialog.waitFor();
    const conflict = dialog.getByRole('group', { name: /התנגשות 1 · תקציב/ });
    expect(await conflict.textContent()).toContain('5,200,000');
    expect(await conflict.textContent()).toContain('5,300,000');
    expect(await conflict.textContent()).toContain('5,100,000');
    const result = dialog.getByRole('region', { name: 'התכנית הממוזגת' });
    expect(await result.textContent()).toContain('5,300,000');
    expect(await dialog.getByRole('button', { name: 'מיזוג' }).isDisabled()).toBe(true);
    expect(await seriousViolations(mine)).toEqual([]);
    await mkdir('/tmp/shots', { recursive: true });
    await mine.setViewportSize({ width: 1366, height: 768 });
    await mine.screenshot({ path: '/tmp/shots/merge-dialog-1366x768.png' });

    await conflict.getByLabel('של הצד השני').check();
    await expect.poll(() => result.textContent()).toContain('5,100,000');
    await writtenBy(() => dialog.getByRole('button', { name: 'מיזוג' }).click());
    expect(await mine.getByLabel(budgetLabel).inputValue()).toBe('5,100,000');
    expect((await fileOnDrive()).details.communityBudget).toBe(5_100_000);

    await mine.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await mine.getByLabel(budgetLabel).inputValue()).toBe('5,300,000');
  });

  it('leaves the file and the plan as they were when the merge is cancelled', async () => {
    await mine.getByRole('button', { name: 'ביצוע מחדש' }).click();
    await writtenBy(() => save(mine));
    await openAgain(theirs);
    await theirs.getByLabel(budgetLabel).fill('4,900,000');
    await writtenBy(() => save(theirs));
    await mine.getByLabel(budgetLabel).fill('5,050,000');
    await save(mine);
    const dialog = mine.getByRole('dialog', { name: 'מיזוג שני עותקים של התכנית' });
    await dialog.getByRole('button', { name: 'ביטול' }).click();
    expect(await dialog.count()).toBe(0);
    expect((await fileOnDrive()).details.communityBudget).toBe(4_900_000);
    expect(await mine.getByLabel(budgetLabel).inputValue()).toBe('5,050,000');
  });
});
