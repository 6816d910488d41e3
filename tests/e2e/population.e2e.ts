import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';
import { windows1255 } from '../helpers/windows-1255.ts';


/** What a cell shows, without the direction marks numbers may carry. */
const cell = async (page: Page, name: string) => (await page.getByLabel(name, { exact: true }).inputValue()).replace(/[\u200e\u200f]/g, '');

describe('station 1: the population by age band, actual and forecast', () => {
  const opened = sessionAtStation(/הערכת המצב המצוי/, 'אוכלוסיית הזקנים לפי קבוצות גיל');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  it("shows the sample's counts by band and year, with each band's growth rate and a chart", async () => {
    expect(await cell(page, 'מספר התושבים בני 75+ בשנת 2026')).toBe('3,600');
    expect(await cell(page, 'שיעור הגידול השנתי, 65-74')).toBe('2.77%');
    expect(await page.getByLabel('סוג הנתון לשנת 2027').inputValue()).toBe('forecast');
    await page.getByRole('figure').filter({ hasText: 'מספר התושבים לפי קבוצת גיל לאורך השנים' }).waitFor();
  });

  it('works out the forecast from a typed figure and rate, and undoes it', async () => {
    await page.getByLabel('מספר התושבים בני 75+ בשנת 2026', { exact: true }).fill('4,000');
    await page.getByLabel('שיעור הגידול השנתי, 75+', { exact: true }).fill('5%');
    // The sample's forecast years hold figures of their own: the forecast asks before replacing them.
    await page.getByRole('button', { name: 'חישוב התחזית לפי שיעורי הגידול' }).click();
    const question = page.getByRole('dialog', { name: 'להחליף את נתוני שנות התחזית?' });
    await question.getByRole('button', { name: 'ביטול' }).click();
    expect(await cell(page, 'מספר התושבים בני 75+ בשנת 2027')).toBe('3,810');
    await page.getByRole('button', { name: 'חישוב התחזית לפי שיעורי הגידול' }).click();
    await question.getByRole('button', { name: 'החלפה בתחזית' }).click();
    // 4,000 × 1.05 = 4,200 in 2027; × 1.05⁴ = 4,862.025 → 4,862 in 2030.
    expect(await cell(page, 'מספר התושבים בני 75+ בשנת 2027')).toBe('4,200');
    expect(await cell(page, 'מספר התושבים בני 75+ בשנת 2030')).toBe('4,862');
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await cell(page, 'מספר התושבים בני 75+ בשנת 2027')).toBe('3,810');
  });

  it('keeps a wrong entry in its cell, marked, and the plan keeps its figure', async () => {
    const count = page.getByLabel('מספר התושבים בני 55-64 בשנת 2025', { exact: true });
    await count.fill('הרבה');
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    expect(await count.getAttribute('title')).toBe('יש להקליד מספר');
    await count.fill('6,050');
    expect(await count.getAttribute('aria-invalid')).toBe('false');
  });

  it('adds a year as a forecast and removes it again', async () => {
    await page.getByRole('button', { name: 'הוספת שנת 2031' }).click();
    expect(await page.getByLabel('סוג הנתון לשנת 2031').inputValue()).toBe('forecast');
    await page.getByRole('button', { name: 'הסרת שנת 2031' }).click();
    expect(await page.getByLabel('סוג הנתון לשנת 2031').count()).toBe(0);
  });

  it('imports a windows-1255 table whose bands differ: parts of a band add up, a band across two is left out and said so', async () => {
    const table = ['אוכלוסייה לפי גיל, גבעת הדקלים', 'שנה,56-64,65-69,70-74,65+', '2022,5900,2700,2100,7950', '2023,5980,2750,2170,8150', ''].join('\r\n');
    await writeFile(join(opened.session.workspace, 'אוכלוסייה לפי גיל.csv'), windows1255(table));
    await page.getByRole('button', { name: 'ייבוא נתוני אוכלוסייה מקובץ…' }).click();
    await page.getByRole('dialog', { name: 'ייבוא נתוני אוכלוסייה' }).getByRole('button', { name: /אוכלוסייה לפי גיל\.csv/ }).click();
    const dialog = page.getByRole('dialog', { name: 'ייבוא נתוני אוכלוסייה מ-"\u2068אוכלוסייה לפי גיל.csv\u2069"' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('קבוצת הגיל בתכנית עבור 65-69').inputValue()).toBe('65-74');
    expect(await dialog.getByLabel('קבוצת הגיל בתכנית עבור 65+').inputValue()).toBe('');
    expect(await dialog.getByText('חוצה שתי קבוצות של התכנית ואי אפשר לפצל אותה').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'ייבוא 2 שנים' }).click();
    // 65-74 in 2023 is 65-69 and 70-74 together: 2,750 + 2,170 = 4,920.
    expect(await cell(page, 'מספר התושבים בני 65-74 בשנת 2023')).toBe('4,920');
    expect(await page.getByLabel('סוג הנתון לשנת 2022').inputValue()).toBe('actual');
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await page.getByLabel('סוג הנתון לשנת 2022').count()).toBe(0);
  });
});
