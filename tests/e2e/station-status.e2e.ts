import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionOnSample } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

const stationOne = /הערכת המצב המצוי/;

describe('a station’s status from what was done', () => {
  const opened = sessionOnSample();
  let page: Page;
  let year: number;
  beforeAll(async () => {
    page = opened.page;
    await page.getByRole('button', { name: 'תכנית חדשה' }).click();
    await page.getByLabel('רשות מקומית').fill('כפר האלונים');
    year = Number((await page.getByLabel('שנת התכנית').inputValue()).replace(/\D/g, ''));
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: stationOne }).click();
    await page.getByRole('heading', { name: 'מרשם הצרכים' }).waitFor();
  });

  const nav = () => page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: stationOne });
  const summary = () => page.getByText(/^\d+ מתוך \d+ חלקים הושלמו$/);

  it('suggests "not started" for an empty station 1, and lists its parts as missing', async () => {
    expect(await page.getByText('המצב המוצע לפי התוכן: טרם התחילה').isVisible()).toBe(true);
    expect(await summary().textContent()).toBe('0 מתוך 6 חלקים הושלמו');
    await summary().click();
    const parts = page.getByRole('list', { name: 'מה הושלם בתחנה' });
    expect(await parts.getByRole('listitem').count()).toBe(6);
    expect(await parts.getByRole('listitem').filter({ hasText: 'חסר' }).count()).toBe(6);
    expect(await nav().textContent()).toContain('טרם התחילה');
  });

  it('moves to "in progress" as the team fills the population and the needs register, and counts the parts done', async () => {
    await page.getByLabel(`מספר התושבים בני 75+ בשנת ${year - 1}`, { exact: true }).fill('3,600');
    expect(await page.getByText('המצב המוצע לפי התוכן: בעבודה').isVisible()).toBe(true);
    expect(await summary().textContent()).toBe('1 מתוך 6 חלקים הושלמו');
    await page.getByLabel(`מספר התושבים בני 75+ בשנת ${year}`, { exact: true }).fill('3,750');
    const register = page.getByRole('region', { name: 'מרשם הצרכים' });
    await register.getByRole('button', { name: 'הוספת ממצא' }).click();
    await register.getByRole('group', { name: 'ממצא 1', exact: true }).getByLabel('הממצא').fill('ותיקים הגרים לבד מרגישים בודדים בשעות הערב');
    expect(await summary().textContent()).toBe('3 מתוך 6 חלקים הושלמו');
    const parts = page.getByRole('list', { name: 'מה הושלם בתחנה' });
    expect(await parts.getByRole('listitem').filter({ hasText: 'צרכים במרשם הצרכים' }).textContent()).toContain('הושלם');
    // Each part leads to where it is filled.
    await parts.getByRole('button', { name: 'צרכים במרשם הצרכים' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('מרשם הצרכים');
    // The status follows the suggestion, in the station list as well.
    expect(await page.getByLabel('מצב התחנה').inputValue()).toBe('follow');
    expect(await nav().textContent()).toContain('בעבודה');
  });

  it('lets the team set the station done only with a reason, and return to the suggestion', async () => {
    await page.getByLabel('מצב התחנה').selectOption({ label: 'הושלמה' });
    const reason = page.getByLabel('הנימוק לקביעת המצב');
    expect(await page.getByText('המצב שונה מהמוצע, ולכן נדרש נימוק.', { exact: false }).isVisible()).toBe(true);
    // Without a reason the status stays as the content suggests.
    expect(await nav().textContent()).toContain('בעבודה');
    await reason.fill('השירותים הקיימים מופו בתכנית האסטרטגית של הרשות ב-2026');
    expect(await nav().textContent()).toContain('הושלמה');
    expect(await page.getByText('המצב נקבע על ידי הצוות').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the reviewer the status the team set, with its reason, in the review checklist', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: 'בדיקה ואישור' }).click();
    await page.getByRole('button', { name: 'הכנת חבילת הבודק' }).click();
    const checklist = page.getByRole('table', { name: 'רשימת בדיקה' });
    const row = checklist.getByRole('row', { name: /כל תחנה הושלמה/ });
    const text = await row.textContent();
    expect(text).toContain('הערכת המצב המצוי: הושלמה לפי הצוות (המוצע: בעבודה), בנימוק: השירותים הקיימים מופו בתכנית האסטרטגית של הרשות ב-2026');
    // The stations not finished name what their content still lacks.
    expect(text).toMatch(/הגדרת המצב הרצוי: חסר: תוצאות רצויות; /);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('returns station 1 to the suggested status, which clears the reason', async () => {
    await nav().click();
    await page.getByRole('button', { name: 'חזרה למצב המוצע' }).click();
    expect(await page.getByLabel('מצב התחנה').inputValue()).toBe('follow');
    expect(await page.getByLabel('הנימוק לקביעת המצב').count()).toBe(0);
    expect(await nav().textContent()).toContain('בעבודה');
  });

  it('looks right at 1366×768 and 1920×1080, right to left', async () => {
    await page.getByLabel('מצב התחנה').selectOption({ label: 'טרם התחילה' });
    await page.getByLabel('הנימוק לקביעת המצב').fill('נחזור לתחנה אחרי קבוצות המיקוד');
    await summary().click();
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/shots/station-status-${width}.png` });
    }
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: 'בדיקה ואישור' }).click();
    const open = page.getByRole('button', { name: 'הכנת חבילת הבודק' });
    if (await open.isVisible()) await open.click();
    await page.getByRole('table', { name: 'רשימת בדיקה' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/station-status-checklist-1920.png' });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
