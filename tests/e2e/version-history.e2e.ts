import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withVersionRecorded, type Recording } from '@shared/history/record-version.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';
import { openWorkspacePlan } from './support/open-workspace-plan.ts';
import { sessionOnSample } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

const navigation = (page: Page) => page.getByRole('navigation', { name: 'ניווט בתכנית' });

/** Saves, and waits until the window says the plan is saved (no unsaved changes). */
async function save(page: Page): Promise<void> {
  await page.getByText('יש שינויים שלא נשמרו').waitFor();
  await page.getByRole('button', { name: 'שמירה', exact: true }).click();
  await page.getByText('יש שינויים שלא נשמרו').waitFor({ state: 'detached' });
}

describe('the version history of a plan', () => {
  const opened = sessionOnSample();

  it('lists each save with its author and what changed, compares a version with the plan, and restores it', async () => {
    const { page } = opened;
    await navigation(page).getByRole('button', { name: 'בדיקה ואישור' }).click();
    const name = page.getByLabel('שמך (נרשם בכל פעולה והערה)');
    await name.fill('נועה כהן');
    await name.blur();

    await navigation(page).getByRole('button', { name: 'פרטי התכנית' }).click();
    const budget = page.getByLabel('התקציב המיועד לקהילה (₪)');
    const preparedBy = page.getByLabel('הוכן על ידי');
    await preparedBy.fill('צוות המדור, טיוטה ראשונה');
    await preparedBy.blur();
    await save(page);
    const budgetAtFirstSave = await budget.inputValue();
    await budget.fill('5200000');
    await budget.blur();
    await save(page);

    await navigation(page).getByRole('button', { name: 'היסטוריית גרסאות' }).click();
    await page.getByRole('heading', { level: 1, name: 'היסטוריית גרסאות' }).waitFor();
    const versions = page.getByRole('list', { name: 'גרסאות, מהחדשה לישנה' }).getByRole('article');
    expect(await versions.count()).toBe(2);
    for (const version of await versions.all()) {
      expect(await version.textContent()).toContain('מאת נועה כהן');
      expect(await version.textContent()).toMatch(/שינוי אחד: שינוי ב/);
    }
    await versions.first().getByText('הגרסה האחרונה שנשמרה').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const first = versions.last();
    await first.getByRole('button', { name: 'השוואה עם התכנית הנוכחית' }).click();
    const comparison = first.getByRole('region', { name: /^מה השתנה מאז הגרסה מ־/ });
    await comparison.getByText('שינוי אחד', { exact: true }).waitFor();
    expect(await comparison.textContent()).toContain('תקציב לשירותים בקהילה');
    expect(await seriousViolations(page)).toEqual([]);

    await first.getByRole('button', { name: 'שחזור כגרסה חדשה' }).click();
    await page.getByRole('dialog', { name: 'לשחזר את הגרסה?' }).getByRole('button', { name: 'שחזור', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'שוחזרה' }).waitFor();
    await comparison.getByText('אין הבדלים בתוכן התכנית.').waitFor();

    await save(page);
    expect(await versions.count()).toBe(3);
    await navigation(page).getByRole('button', { name: 'פרטי התכנית' }).click();
    expect(await budget.inputValue()).toBe(budgetAtFirstSave);
  });

  it('says so, instead of comparing, when what a file keeps of a version no longer matches it', async () => {
    const { page } = opened;
    const plan = samplePlan(validSampleName);
    const recording = (id: string): Recording => ({ newVersionId: () => id, author: 'דנה', at: '2026-12-01T09:00:00.000Z', language: 'he' });
    const first = withVersionRecorded({ ...plan, details: { ...plan.details, preparedBy: 'א' } }, plan, recording('v-1'));
    const second = withVersionRecorded({ ...first, details: { ...first.details, preparedBy: 'ב' } }, first, recording('v-2'));
    // Edited outside Tamhil: the delta that rebuilds the first version now says something else.
    const tampered: Plan = { ...second, history: { ...second.history, deltas: [{ ...second.history.deltas[0]!, delta: { fields: { details: { fields: { preparedBy: { set: 'נכתב ביד' } } } } } }] } };
    await writeFile(join(opened.session.workspace, 'גרסה-שנערכה-ביד.tamhil'), serializePlan(tampered));
    await openWorkspacePlan(page, 'גרסה-שנערכה-ביד.tamhil');

    await navigation(page).getByRole('button', { name: 'היסטוריית גרסאות' }).click();
    const versions = page.getByRole('list', { name: 'גרסאות, מהחדשה לישנה' }).getByRole('article');
    expect(await versions.count()).toBe(2);
    await versions.last().getByRole('button', { name: 'השוואה עם התכנית הנוכחית' }).click();
    await versions.last().getByRole('alert').filter({ hasText: 'אי אפשר להציג את הגרסה הזו' }).waitFor();
    await versions.first().getByRole('button', { name: 'השוואה עם התכנית הנוכחית' }).click();
    await versions.first().getByText('אין הבדלים בתוכן התכנית.').waitFor();
  });
});
