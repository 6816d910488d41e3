import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

describe('the logic model as tables of links', () => {
  const opened = sessionAtStation(/בניית תמהיל שירותים/, 'התמהיל במבט אחד');
  let page: Page;
  beforeAll(async () => {
    page = opened.page;
    await page.getByRole('navigation').getByRole('button', { name: 'מודל לוגי' }).click();
    await page.getByRole('heading', { name: 'מודל לוגי', level: 1 }).waitFor();
  });

  it('shows the sample whole, and passes the axe scan', async () => {
    expect(await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('unlinking a service from its only outcome flags it, here and in station 3, and undo clears it', async () => {
    const link = page.getByRole('checkbox', { name: '"מועדון חברתי "בית הדקלים"" מקדם את "ותיקי העיר חשים שייכות ומשמעות בקהילה"' });
    expect(await link.isChecked()).toBe(true);
    await link.uncheck();
    await page.getByRole('heading', { name: 'בדיקות המודל (1)' }).waitFor();
    await page.getByRole('button', { name: 'אל "מועדון חברתי "בית הדקלים""' }).click();
    await page.getByRole('heading', { name: 'בניית תמהיל שירותים', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('ללא תוצאה');
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'מודל לוגי' }).click();
    await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).waitFor();
    expect(await link.isChecked()).toBe(true);
  });
});
