import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';

describe('station 2: outcomes with indicators from the library, and the leading values', () => {
  const opened = sessionAtStation(/הגדרת המצב הרצוי/, 'התוצאות הרצויות ומדדיהן');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  it('writes an outcome under a goal, ties it to a need, and measures it with a library indicator', async () => {
    const section = page.getByRole('region', { name: 'התוצאות הרצויות ומדדיהן' });
    const count = await section.getByRole('button', { name: /^מחיקת / }).count();
    await section.getByRole('button', { name: 'הוספת תוצאה' }).click();
    const card = section.getByRole('group', { name: `תוצאה ${count + 1}`, exact: true });
    await card.getByLabel('התוצאה', { exact: true }).fill('פחות נפילות בבית בקרב בני 75 ומעלה');
    const named = section.getByRole('group', { name: 'פחות נפילות בבית בקרב בני 75 ומעלה' });
    await named.getByLabel('יעד המינהל').selectOption({ label: 'דחיקת תלות ושימור תפקוד' });
    await named.getByText(/הצרכים שהתוצאה עונה עליהם \(0 מתוך/).click();
    await named.getByRole('checkbox').first().check();
    expect(await named.getByText(/הצרכים שהתוצאה עונה עליהם \(1 מתוך/).isVisible()).toBe(true);
    await named.getByLabel('ספריית המדדים').selectOption({ label: 'ותיקים שנפלו בשנה האחרונה · בריאות ותפקוד, תוצאת שירות' });
    await named.getByRole('button', { name: 'הוספת המדד מהספרייה' }).click();
    const indicator = named.getByRole('group', { name: 'ותיקים שנפלו בשנה האחרונה' });
    await indicator.getByLabel('ערך בסיס').fill('18');
    await indicator.getByLabel('יעד', { exact: true }).fill('12');
    await indicator.getByLabel('שנת הבסיס').fill('2026');
    expect(await indicator.getByText('מספריית המדדים').isVisible()).toBe(true);
    // The same library indicator cannot be added twice to one outcome.
    expect(await named.getByRole('option', { name: 'ותיקים שנפלו בשנה האחרונה · בריאות ותפקוד, תוצאת שירות' }).isDisabled()).toBe(true);
  });

  it('asks before deleting an outcome that services advance', async () => {
    const section = page.getByRole('region', { name: 'התוצאות הרצויות ומדדיהן' });
    const first = section.getByRole('listitem').first();
    const title = await first.getByLabel('התוצאה', { exact: true }).inputValue();
    await first.getByRole('button', { name: `מחיקת "${title}"` }).click();
    expect(await page.getByRole('dialog').textContent()).toContain('שירות: ');
    await page.getByRole('dialog').getByRole('button', { name: 'ביטול' }).click();
    expect(await section.getByRole('group', { name: title }).count()).toBe(1);
  });

  it('keeps the leading values as a short list', async () => {
    const values = page.getByRole('region', { name: 'הערכים המובילים של הצוות לשנה' });
    await values.getByLabel('ערך חדש').fill('שייכות בקהילה הטבעית');
    await values.getByRole('button', { name: 'הוספה' }).click();
    expect(await values.getByText('שייכות בקהילה הטבעית', { exact: true }).isVisible()).toBe(true);
    await values.getByRole('button', { name: 'הסרת "שייכות בקהילה הטבעית"' }).click();
    expect(await values.getByText('שייכות בקהילה הטבעית', { exact: true }).count()).toBe(0);
  });
});
