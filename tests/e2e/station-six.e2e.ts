import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';
import { clearDate, typeDate } from './support/date-field.ts';

const caregivers = 'קבוצות תמיכה לבני משפחה מטפלים';

describe('station 6: the work plan of the sample', () => {
  const opened = sessionAtStation(/תרגום ליישום/, 'לוח השנה: 2027');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  it('shows the year by quarter, the quarters each service runs and its milestones, and passes the axe scan', async () => {
    const timeline = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'רבעון 1' }) }).first();
    const phone = timeline.getByRole('row', { name: /^קו טלפוני יזום/ });
    expect(await phone.getByRole('cell').first().textContent()).toContain('גיוס והכשרה');
    expect(await phone.getByText('פועל ברבעון', { exact: true }).count()).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('gives a service an owner, a milestone and its dates, enters a quarter’s actuals, and flags the deviation', async () => {
    await page.getByRole('button', { name: caregivers, exact: true }).click();
    const plan = page.getByRole('region', { name: `תכנית העבודה של "${caregivers}"` });
    await plan.getByLabel('אחראי', { exact: true }).fill('עובדת סוציאלית קהילתית');
    await typeDate(plan.getByRole('group', { name: 'התחלה', exact: true }), '01/04/2027');
    await typeDate(plan.getByRole('group', { name: 'סיום', exact: true }), '01/03/2027');
    await plan.getByRole('alert').waitFor();
    expect(await plan.getByRole('alert').textContent()).toContain('תאריך הסיום קודם לתאריך ההתחלה');
    await clearDate(plan.getByRole('group', { name: 'סיום', exact: true }));
    expect(await plan.getByRole('alert').count()).toBe(0);
    await page.getByLabel(`אבן הדרך של "${caregivers}" ברבעון 2`).fill('פתיחת שתי קבוצות');
    const monitoring = page.getByRole('table', { name: `מעקב: "${caregivers}" — מתוכנן מול ביצוע` });
    // ₪72,000 a year over the three quarters from April: ₪24,000 a quarter, for 30 participants.
    expect(await monitoring.getByRole('row', { name: /^רבעון 1/ }).getByRole('cell').first().textContent()).toMatch(/^\u200f?0\s\u200f?₪$/);
    const second = monitoring.getByRole('row', { name: /^רבעון 2/ });
    expect(await second.textContent()).toContain('24,000');
    await page.getByLabel(`ההוצאה בפועל של "${caregivers}" ברבעון 2`).fill('12000');
    await page.getByLabel(`המשתתפים בפועל של "${caregivers}" ברבעון 2`).fill('29');
    await expect.poll(() => second.textContent()).toContain('סטייה:');
    expect(await second.textContent()).toContain('-50%');
    expect(await page.getByText('סטיות מהתכנית: 1').isVisible()).toBe(true);
    const timeline = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'רבעון 1' }) }).first();
    const row = timeline.getByRole('row', { name: new RegExp(`^${caregivers}`) });
    expect(await row.getByText('פועל ברבעון', { exact: true }).count()).toBe(3);
    expect(await row.textContent()).toContain('פתיחת שתי קבוצות');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(`ההוצאה בפועל של "${caregivers}" ברבעון 2`).fill('24000');
    await expect.poll(() => second.textContent()).not.toContain('סטייה:');
  });

  it('tracks an indicator against its quarterly target and flags a shortfall', async () => {
    const phone = 'קו טלפוני יזום "שלום, מה שלומך?"';
    await page.getByRole('button', { name: phone, exact: true }).click();
    const plan = page.getByRole('region', { name: `תכנית העבודה של "${phone}"` });
    const referrals = plan.getByRole('table', { name: /ותיקים במצב סיכון שאותרו והופנו/ });
    expect(await referrals.getByLabel(/^היעד של .* ברבעון 1$/).inputValue()).toBe('10');
    await referrals.getByLabel(/^המדידה בפועל של .* ברבעון 1$/).fill('6');
    const deviation = referrals.getByRole('row', { name: /^סטייה/ });
    await expect.poll(() => deviation.textContent()).toContain('-40%');
    expect(await deviation.textContent()).toContain('סטייה:');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await expect.poll(() => deviation.textContent()).not.toContain('-40%');
  });

  it('prints the work plan as a document of its own, with the plan’s header', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'גבעת הדקלים · תכנית העבודה לשנת 2027' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'תרגום ליישום', level: 1 }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
