import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';
import { windows1255 } from '../helpers/windows-1255.ts';


/**
 * The guide's order as one user's afternoon, in Hebrew: the current state (population and a
 * survey), a finding, an outcome measured by a library indicator, a service from the catalogue
 * linked to both, its budget line and back; every screen on the way passes the axe scan.
 */
describe('from the needs heard to a costed service, linked end to end', () => {
  let session: AppSession;
  let page: Page;
  const outcomeTitle = 'ותיקים מכירים את זכויותיהם ומממשים אותן';

  beforeAll(async () => {
    session = await AppSession.start();
    page = await session.open();
    await page.getByLabel('רשות מקומית').waitFor();
    await writeFile(join(session.workspace, 'אוכלוסייה.csv'), windows1255('שנה,55-64,65-74,75+\r\n2023,5950,4800,3050\r\n'));
    await writeFile(join(session.workspace, 'סקר.csv'), windows1255('מס משיב,אני יודע אילו זכויות מגיעות לי\r\n1,לא\r\n2,בדרך כלל לא\r\n3,כן\r\n'));
  });
  afterAll(async () => session?.stop());

  it('station 1: imports the population and a survey, and records a finding from the survey', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    await page.getByRole('button', { name: 'ייבוא נתוני אוכלוסייה מקובץ…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /אוכלוסייה\.csv/ }).click();
    await page.getByRole('button', { name: 'ייבוא 1 שנים' }).click();
    expect(await page.getByLabel('מספר התושבים בני 75+ בשנת 2023', { exact: true }).inputValue()).toBe('3,050');
    await page.getByRole('button', { name: 'ייבוא תוצאות סקר מקובץ…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /סקר\.csv/ }).click();
    await page.getByRole('button', { name: 'ייבוא 1 פריטים' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('row', { name: /אני יודע אילו זכויות מגיעות לי/ }).last().getByRole('button', { name: 'רישום כממצא' }).click();
    const finding = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(finding).toMatch(/^ממצא \d+$/);
  });

  it('station 2: writes an outcome that answers the finding, measured by a library indicator', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הגדרת המצב הרצוי/ }).click();
    const section = page.getByRole('region', { name: 'התוצאות הרצויות ומדדיהן' });
    const count = await section.getByRole('button', { name: /^מחיקת / }).count();
    await section.getByRole('button', { name: 'הוספת תוצאה' }).click();
    await section.getByRole('group', { name: `תוצאה ${count + 1}`, exact: true }).getByLabel('התוצאה', { exact: true }).fill(outcomeTitle);
    const outcome = section.getByRole('group', { name: outcomeTitle });
    await outcome.getByLabel('יעד המינהל').selectOption({ label: 'מניעת מצבי סיכון וסכנה' });
    await outcome.getByText(/הצרכים שהתוצאה עונה עליהם \(0 מתוך/).click();
    await outcome.getByRole('checkbox', { name: /אני יודע אילו זכויות מגיעות לי/ }).check();
    await outcome.getByLabel('ספריית המדדים').selectOption({ label: 'ותיקים שמימשו זכות שלא מימשו קודם לכן · חוסן כלכלי, תוצאת שירות' });
    await outcome.getByRole('button', { name: 'הוספת המדד מהספרייה' }).click();
    await outcome.getByRole('group', { name: 'ותיקים שמימשו זכות שלא מימשו קודם לכן' }).getByLabel('יעד', { exact: true }).fill('120');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('station 3: creates a service from the catalogue, linked to the outcome (through its indicator) and the need', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /בניית תמהיל שירותים/ }).click();
    await page.getByLabel('קטלוג השירותים').selectOption({ label: 'ייעוץ למימוש זכויות' });
    await page.getByRole('button', { name: 'הוספה מהקטלוג' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: 'התוצאות שהשירות מקדם' }) }).filter({ hasText: 'ייעוץ למימוש זכויות' }).last();
    const outcomes = card.getByRole('group', { name: 'התוצאות שהשירות מקדם' });
    expect(await outcomes.getByRole('checkbox', { name: outcomeTitle }).isChecked()).toBe(true);
    await card.getByRole('group', { name: 'הצרכים שהשירות עונה עליהם' }).getByRole('checkbox', { name: /אני יודע אילו זכויות מגיעות לי/ }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'לשורת התקציב בתחנה 4' }).click();
    await page.getByRole('heading', { name: 'הערכת משאבים נדרשים', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'לכרטיס השירות "ייעוץ למימוש זכויות"' }).click();
    await page.getByRole('heading', { name: 'בניית תמהיל שירותים', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('ייעוץ למימוש זכויות');
  });

  it('and from the finding, the outcome answering it is one click away', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הגדרת המצב הרצוי/ }).click();
    await page.getByRole('group', { name: outcomeTitle }).getByRole('group', { name: 'שירותים שמקדמים אותה' }).getByRole('button', { name: 'ייעוץ למימוש זכויות' }).waitFor();
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    await page.getByRole('group', { name: 'תוצאות שעונות על הצורך' }).getByRole('button', { name: outcomeTitle }).click();
    await page.getByRole('heading', { name: 'הגדרת המצב הרצוי', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(outcomeTitle);
  });
});
