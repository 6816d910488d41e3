import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allStations } from '@shared/stations/all-stations.ts';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';

describe('every screen passes an axe scan with no serious or critical violation', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await AppSession.start();
    page = await session.open();
    await page.getByLabel('רשות מקומית').waitFor();
  });
  afterAll(async () => session?.stop());

  it('the plan details with totals', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a field showing a wrong number', async () => {
    await page.getByLabel('שנת התכנית').fill('שנה');
    await page.getByRole('alert').filter({ hasText: 'שנה בת ארבע ספרות' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('שנת התכנית').fill('2027');
  });

  for (const station of allStations) {
    it(`station ${station.number}, ${station.name.he}`, async () => {
      await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: new RegExp(station.name.he) }).click();
      await page.getByRole('heading', { name: station.name.he, level: 1 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it('the open dialog', async () => {
    await page.getByRole('button', { name: 'פתיחה' }).click();
    await page.getByRole('dialog', { name: 'פתיחת תכנית' }).getByRole('button').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the save-as dialog', async () => {
    await page.getByRole('button', { name: 'שמירה בשם' }).click();
    await page.getByRole('dialog', { name: 'שמירת התכנית בשם' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the question before unsaved work is replaced', async () => {
    await page.getByRole('button', { name: 'פרטי התכנית' }).click();
    await page.getByLabel('אשכול אזורי').fill('אשכול לבדיקה');
    await page.getByRole('button', { name: 'תכנית חדשה' }).click();
    await page.getByRole('dialog', { name: 'שינויים שלא נשמרו' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the plan details in English, left to right', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Plan details', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'עברית' }).click();
  });
});

describe('the recovery offer passes the axe scan too', () => {
  it('after a crash left unsaved work behind', async () => {
    const session = await AppSession.start();
    try {
      const page = await session.open();
      await page.getByLabel('אשכול אזורי').fill('אשכול שלא נשמר');
      await expect.poll(() => session.recoveryEntries(), { timeout: 15_000 }).toBe(1);
      await page.close({ runBeforeUnload: false });
      await session.restart();
      const next = await session.open();
      await next.getByRole('dialog', { name: 'שחזור עבודה שלא נשמרה' }).waitFor();
      expect(await seriousViolations(next)).toEqual([]);
    } finally {
      await session.stop();
    }
  });
});
