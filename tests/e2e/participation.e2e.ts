import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';
import { typeDate } from './support/date-field.ts';

const partnerName = 'עמותת "יד לוותיק"';
const title = 'קבוצת מיקוד: בני משפחה מטפלים דוברי אמהרית';
const findings = ['המשפחות אינן מכירות את מרכז היום ואת זכאותן לגמלת סיעוד', 'מבקשים מפגשים בשעות הערב ובהנחיה דוברת אמהרית'];

describe('station 1: the partners list and the participation log feeding the needs register', () => {
  const opened = sessionAtStation(/הערכת המצב המצוי/, 'יומן השיתוף');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  const register = () => page.getByRole('region', { name: 'מרשם הצרכים' });
  const needCards = () => register().getByRole('list').first().getByRole('listitem');
  const card = () => page.getByRole('region', { name: `פרטי הפעילות "${title}"` });

  it('adds a partner to the list the plan keeps once', async () => {
    const partners = page.getByRole('region', { name: 'רשימת השותפים' });
    await partners.getByRole('button', { name: 'הוספת שותף' }).click();
    const added = partners.getByRole('group').last();
    await added.getByLabel('שם השותף').fill(partnerName);
    await added.getByLabel('סוג השותף').selectOption({ label: 'עמותה' });
    await added.getByLabel('איש הקשר (תפקיד)').fill('רכזת הקהילה');
    expect(await partners.getByRole('group', { name: partnerName }).isVisible()).toBe(true);
  });

  it('records a focus group with its date, invited groups, attendance by band and by group, and the partner present', async () => {
    const log = page.getByRole('region', { name: 'יומן השיתוף' });
    await log.getByRole('button', { name: 'הוספת פעילות' }).click();
    await log.getByRole('region', { name: /^פרטי הפעילות/ }).getByLabel('שם הפעילות').fill(title);
    expect(await card().getByLabel('סוג הפעילות').inputValue()).toBe('focus-group');
    await typeDate(card().getByRole('group', { name: 'תאריך', exact: true }), '05/03/2026');
    await card().getByLabel('מקום או ערוץ').fill('מרכז הקהילה, חדר 2');
    const invited = card().getByRole('group', { name: 'הקבוצות שהוזמנו' });
    await invited.getByLabel('בני משפחה מטפלים').check();
    await invited.getByLabel('דוברי אמהרית').check();
    await card().getByLabel('סך המשתתפים').fill('12');
    await card().getByRole('group', { name: 'לפי קבוצת גיל' }).getByLabel('גילאי 55-64').fill('7');
    const byGroup = card().getByRole('group', { name: 'לפי קבוצה (אם ידוע)' });
    await byGroup.getByLabel('בני משפחה מטפלים').fill('12');
    await byGroup.getByLabel('דוברי אמהרית').fill('9');
    await card().getByRole('group', { name: 'שותפים שהשתתפו' }).getByLabel(partnerName).check();
    await card().getByLabel(/^חומרים/).fill('מדריך המנחה.docx\nhttps://example.org/summary.pdf');
    const row = log.getByRole('row', { name: new RegExp(title) });
    expect(await row.textContent()).toContain('05.03.2026');
    expect(await row.textContent()).toContain('12');
    // A link among the materials is text to read, never a link to follow.
    expect(await card().getByRole('link').count()).toBe(0);
  });

  it('turns two findings into needs, each one step, and each finding then leads to its need', async () => {
    const before = await needCards().count();
    for (const [index, text] of findings.entries()) {
      await card().getByRole('button', { name: 'הוספת ממצא' }).click();
      await card().getByLabel(`ממצא ${index + 1}`, { exact: true }).fill(text);
      await card().getByRole('button', { name: `העברת ממצא ${index + 1} למרשם הצרכים` }).click();
    }
    expect(await needCards().count()).toBe(before + 2);
    const newest = register().getByRole('group', { name: `ממצא ${before + 2}`, exact: true });
    expect(await newest.getByLabel('הממצא').inputValue()).toBe(findings[1]);
    expect(await newest.getByLabel('מקור').inputValue()).toBe('focus-group');
    expect(await newest.getByLabel('הקבוצה שממנה עלה').inputValue()).toBe('בני משפחה מטפלים ודוברי אמהרית');
    await card().getByRole('button', { name: `ממצא ${before + 1} במרשם הצרכים` }).click();
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe(`ממצא ${before + 1}`);
  });

  it('shows each need its evidence, leading back to the activity', async () => {
    const count = await needCards().count();
    const evidence = register().getByRole('group', { name: `ממצא ${count}`, exact: true }).getByRole('group', { name: 'הראיות לצורך' });
    const link = evidence.getByRole('button', { name: new RegExp(title) });
    expect(await link.textContent()).toContain(findings[1]);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
  });

  it('shows who was heard: the groups that came, with how many, and those not heard', async () => {
    const coverage = page.getByRole('region', { name: 'מי נשמע' });
    const attended = coverage.getByRole('definition').first();
    expect(await attended.textContent()).toMatch(/דוברי אמהרית \(\d+\)/);
    expect(await coverage.getByRole('term').allTextContents()).toEqual(['השתתפו', 'הוזמנו, בלי השתתפות רשומה', 'עדיין לא נשמעו']);
  });

  it('undoes the second need in one step, and its finding can become a need again', async () => {
    const count = await needCards().count();
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await needCards().count()).toBe(count - 1);
    expect(await card().getByRole('button', { name: 'העברת ממצא 2 למרשם הצרכים' }).isVisible()).toBe(true);
    expect(await card().getByLabel('ממצא 2', { exact: true }).inputValue()).toBe(findings[1]);
  });

  it('imports a log of activities from a CSV file, says what it could not read, and takes the import back in one undo', async () => {
    const csv = [
      'סוג,תאריך,שם הפעילות,הקבוצות שהוזמנו,סך המשתתפים,ניצולי שואה,ממצאים',
      'ביקור בית,2026-05-04,ביקורי בית אצל ניצולי שואה,ניצולי שואה,6,6,"חוששים לצאת מהבית בחורף\nמבקשים ביקור קבוע"',
      'פיקניק,2026-05-10,טיול,,,,',
    ].join('\r\n');
    await writeFile(join(opened.session.workspace, 'יומן שיתוף.csv'), `\uFEFF${csv}`);
    const log = page.getByRole('region', { name: 'יומן השיתוף' });
    const rows = await log.getByRole('row').count();
    await log.getByRole('button', { name: 'ייבוא פעילויות מקובץ…' }).click();
    await page.getByRole('dialog', { name: 'בחירת קובץ של פעילויות שיתוף' }).getByRole('button', { name: /יומן שיתוף\.csv/ }).click();
    const dialog = page.getByRole('dialog', { name: /^ייבוא פעילויות מ/ });
    await dialog.getByText('פעילויות שנקראו: 1').waitFor();
    expect(await dialog.getByRole('region', { name: 'ערכים שלא נקראו (1)' }).textContent()).toContain('פיקניק');
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir('/tmp/shots', { recursive: true });
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/shots/participation-import-${width}x${height}.png` });
    }
    await dialog.getByRole('button', { name: 'הוספה ליומן (1)' }).click();
    expect(await log.getByRole('row').count()).toBe(rows + 1);
    const imported = log.getByRole('row', { name: /ביקורי בית אצל ניצולי שואה/ });
    expect(await imported.textContent()).toContain('04.05.2026');
    expect(await imported.textContent()).toContain('2, מהם 0 צרכים');
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await log.getByRole('row').count()).toBe(rows);
  });

  it('passes axe with the activity card open, and fits the laptop and the desktop screen', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir('/tmp/shots', { recursive: true });
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.getByRole('region', { name: 'יומן השיתוף' }).getByRole('heading', { name: 'יומן השיתוף' }).scrollIntoViewIfNeeded();
      await page.getByRole('region', { name: 'יומן השיתוף' }).screenshot({ path: `/tmp/shots/participation-log-${width}x${height}.png` });
      await card().screenshot({ path: `/tmp/shots/participation-card-${width}x${height}.png` });
      await page.getByRole('region', { name: 'רשימת השותפים' }).screenshot({ path: `/tmp/shots/participation-partners-${width}x${height}.png` });
      await page.getByRole('region', { name: 'מי נשמע' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots/participation-needs-${width}x${height}.png` });
    }
  });
});
