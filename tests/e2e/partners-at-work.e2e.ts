import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

const caregivers = 'קבוצות תמיכה לבני משפחה מטפלים';
const centre = 'מתנ"ס גבעת הדקלים';
const fund = 'קופת החולים — מרפאת הגבעה';

describe('the partner list at work: who runs a service, who answers for its work plan, and the logic model’s inputs', () => {
  const opened = sessionAtStation(/בניית תמהיל שירותים/, 'בניית תמהיל שירותים');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  const go = async (station: RegExp | string, heading: string) => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: station }).click();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  };
  const serviceCard = () => page.getByRole('region', { name: 'כרטיסי השירותים' }).getByRole('listitem').filter({ has: page.getByText(caregivers, { exact: true }) });

  it('names the partner running a service in station 3, and the kind of operator follows the partner’s kind', async () => {
    await serviceCard().getByText(caregivers, { exact: true }).click();
    const card = serviceCard();
    expect(await card.getByLabel('השותף המפעיל').inputValue()).toBe('');
    await card.getByLabel('השותף המפעיל').selectOption({ label: centre });
    expect(await card.getByLabel('מפעיל', { exact: true }).inputValue()).toBe('other');
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir('/tmp/shots', { recursive: true });
    await card.getByLabel('השותף המפעיל').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/partners-service-card-1366x768.png' });
  });

  it('gives the work plan in station 6 a body responsible and partners from the same list', async () => {
    await go(/תרגום ליישום/, 'תרגום ליישום');
    await page.getByRole('button', { name: caregivers, exact: true }).click();
    const plan = page.getByRole('region', { name: `תכנית העבודה של "${caregivers}"` });
    await plan.getByLabel('הגוף האחראי').selectOption({ label: centre });
    const partners = plan.getByRole('group', { name: 'שותפים לביצוע' });
    await partners.getByLabel(fund).check();
    expect(await partners.getByLabel(fund).isChecked()).toBe(true);
    expect(await partners.getByRole('checkbox').count()).toBe(11);
    expect(await seriousViolations(page)).toEqual([]);
    await plan.getByLabel('הגוף האחראי').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/partners-work-plan-1366x768.png' });
  });

  it('shows each partner as an input of the logic model, by name, with the services it feeds', async () => {
    await go('מודל לוגי', 'מודל לוגי');
    await page.getByRole('tab', { name: 'טבלאות קישורים' }).click();
    const inputs = page.getByRole('region', { name: 'תשומות' });
    // The community centre takes part in the falls prevention and loneliness work plans, and now runs the caregivers' groups.
    expect(await inputs.getByText(`${centre} (מרכז קהילתי (מתנ"ס)): 3 שירותים`).isVisible()).toBe(true);
    expect(await inputs.getByText(`${fund} (קופת חולים): 3 שירותים`).isVisible()).toBe(true);
  });

  it('asks before removing a partner that services and work plans name, and undoes the removal in one step', async () => {
    await go(/הערכת המצב המצוי/, 'הערכת המצב המצוי');
    const partners = page.getByRole('region', { name: 'רשימת השותפים' });
    await partners.getByRole('button', { name: `מחיקת השותף "${centre}"` }).click();
    const dialog = page.getByRole('dialog');
    // Two activities of the log, the falls and loneliness work plans, and now the caregivers' groups and their work plan.
    expect(await dialog.textContent()).toContain('רשום ב-6 מקומות');
    await dialog.getByRole('button', { name: 'מחיקת השותף' }).click();
    expect(await partners.getByRole('group', { name: centre }).count()).toBe(0);
    await go(/בניית תמהיל שירותים/, 'בניית תמהיל שירותים');
    if (!(await serviceCard().getByLabel('השותף המפעיל').isVisible())) await serviceCard().getByText(caregivers, { exact: true }).click();
    expect(await serviceCard().getByLabel('השותף המפעיל').inputValue()).toBe('');
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await expect.poll(() => serviceCard().getByLabel('השותף המפעיל').inputValue()).toBe('partner-community-centre');
  });
});
