import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';

describe('station 1: what runs today and the needs heard', () => {
  const opened = sessionAtStation(/הערכת המצב המצוי/, 'מרשם הצרכים');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  it('records a finding from a round table with its group, strength and breadth', async () => {
    const register = page.getByRole('region', { name: 'מרשם הצרכים' });
    const before = await register.getByRole('listitem').count();
    await register.getByRole('button', { name: 'הוספת ממצא' }).click();
    const card = register.getByRole('group', { name: `ממצא ${before + 1}`, exact: true });
    await card.getByLabel('הממצא').fill('מטפלים עיקריים שחוקים ואינם מכירים את זכויותיהם');
    await card.getByLabel('מקור').selectOption({ label: 'שולחן עגול' });
    await card.getByLabel('הקבוצה שממנה עלה').fill('מטפלים עיקריים');
    await card.getByLabel('עוצמה').selectOption('5');
    await card.getByLabel('היקף').selectOption('4');
    expect(await card.getByText('משקל הצורך: 20 מתוך 25').isVisible()).toBe(true);
    expect(await page.getByText('יש שינויים שלא נשמרו').isVisible()).toBe(true);
  });

  it('asks before deleting a finding that outcomes and services answer, naming them', async () => {
    const register = page.getByRole('region', { name: 'מרשם הצרכים' });
    const before = await register.getByRole('listitem').count();
    await register.getByRole('button', { name: 'מחיקת ממצא 1', exact: true }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(/פריטים מקושרים \(\d+\) יישארו בלי הקישור: תוצאה: /);
    await dialog.getByRole('button', { name: 'ביטול' }).click();
    expect(await register.getByRole('listitem').count()).toBe(before);
    await register.getByRole('button', { name: 'מחיקת ממצא 1', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'מחיקה' }).click();
    expect(await register.getByRole('listitem').count()).toBe(before - 1);
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await register.getByRole('listitem').count()).toBe(before);
  });

  it('adds a service running today with what works and what does not', async () => {
    const section = page.getByRole('region', { name: 'השירותים הקיימים היום' });
    await section.getByRole('button', { name: 'הוספת שירות קיים' }).click();
    const card = section.getByRole('group').last();
    await card.getByLabel('שם השירות').fill('חוג התעמלות בפארק');
    await card.getByLabel('משתתפים').fill('24');
    await card.getByLabel('מה עובד').fill('קבוצה קבועה ומגובשת');
    expect(await section.getByRole('group', { name: 'חוג התעמלות בפארק' }).isVisible()).toBe(true);
  });
});
