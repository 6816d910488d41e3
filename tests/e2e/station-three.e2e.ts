import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

describe('station 3: a service from the catalogue, linked end to end', () => {
  const opened = sessionAtStation(/בניית תמהיל שירותים/, 'התמהיל במבט אחד');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  it('shows the mix at a glance and passes the axe scan', async () => {
    const overview = page.getByRole('region', { name: 'התמהיל במבט אחד' });
    expect(await overview.getByRole('table', { name: 'לפי יעדי המינהל' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adds a service from the catalogue, ties it to an outcome and a need, and follows it to its budget line and back', async () => {
    await page.getByLabel('קטלוג השירותים').selectOption({ label: 'תכנית למניעת נפילות' });
    await page.getByRole('button', { name: 'הוספה מהקטלוג' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: 'התוצאות שהשירות מקדם' }) }).filter({ hasText: 'תכנית למניעת נפילות' }).last();
    expect(await card.getByText('ללא תוצאה').isVisible()).toBe(true);
    expect(await card.getByText('יש לקשר את השירות לתוצאה אחת לפחות.').isVisible()).toBe(true);
    const outcomes = card.getByRole('group', { name: 'התוצאות שהשירות מקדם' });
    await outcomes.getByRole('checkbox').first().check();
    await card.getByRole('group', { name: 'הצרכים שהשירות עונה עליהם' }).getByRole('checkbox').first().check();
    expect(await card.getByText('יש לקשר את השירות לתוצאה אחת לפחות.').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'לשורת התקציב בתחנה 4' }).click();
    await page.getByRole('heading', { name: 'הערכת משאבים נדרשים', level: 1 }).waitFor();
    const back = page.getByRole('button', { name: 'לכרטיס השירות "תכנית למניעת נפילות"' });
    await back.waitFor();
    await back.click();
    await page.getByRole('heading', { name: 'בניית תמהיל שירותים', level: 1 }).waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('תכנית למניעת נפילות');
  });

  it('goes from an outcome to a service advancing it, and from a need to the outcomes answering it', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הגדרת המצב הרצוי/ }).click();
    const serviceLink = page.getByRole('group', { name: 'שירותים שמקדמים אותה' }).first().getByRole('button').first();
    const serviceName = (await serviceLink.textContent())!;
    await serviceLink.click();
    await page.getByRole('heading', { name: 'בניית תמהיל שירותים', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(serviceName);
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    const outcomeLink = page.getByRole('group', { name: 'תוצאות שעונות על הצורך' }).first().getByRole('button').first();
    const outcomeTitle = (await outcomeLink.textContent())!;
    await outcomeLink.click();
    await page.getByRole('heading', { name: 'הגדרת המצב הרצוי', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(outcomeTitle);
  });
});
