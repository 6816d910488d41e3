import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { openWorkspacePlan } from './support/open-workspace-plan.ts';
import { overLimitSampleName } from '../helpers/samples.ts';
import { seriousViolations } from './support/axe.ts';

/** The over-limit sample: its self-developed programs cost more than 20% of the community budget, so one must fall below the line. */
describe('station 5: prioritising the over-limit sample', () => {
  let session: AppSession;
  let page: Page;
  beforeAll(async () => {
    session = await AppSession.start();
    page = await session.open();
    await openWorkspacePlan(page, overLimitSampleName);
    await page.getByRole('navigation').getByRole('button', { name: /תיעדוף וקבלת החלטות/ }).click();
    await page.getByRole('heading', { name: 'אמות המידה ומשקלן' }).waitFor();
  });
  afterAll(async () => session?.stop());

  const ranking = () => page.getByRole('region', { name: 'הדירוג' });
  const line = () => page.getByRole('region', { name: 'קו התקציב: התמהיל המוצע' });
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&');
  const rowOf = (name: string) => line().getByRole('row', { name: new RegExp(`^${escaped(name)}`) });

  it('ranks the services by weighted score, and a weight changes the ranking', async () => {
    const first = () => ranking().getByRole('row').nth(1).getByRole('rowheader').textContent();
    expect(await first()).toBe('קו טלפוני יזום "שלום, מה שלומך?"');
    await page.getByLabel('משקל "עלות למשתתף"').fill('90');
    await expect.poll(first).toBe('ביקורי בית של מתנדבים');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await expect.poll(first).toBe('קו טלפוני יזום "שלום, מה שלומך?"');
  });

  it('sets the weights by pairwise comparison, refuses answers that contradict one another, and applies consistent ones', async () => {
    await page.getByRole('button', { name: 'קביעת המשקלים בהשוואה בין זוגות' }).click();
    const pair = page.getByLabel('"חומרת הצורך והיקפו" מול "עלות למשתתף"');
    const verdict = page.getByRole('status').filter({ hasText: 'המשקלים העולים מההשוואות' });
    const apply = page.getByRole('button', { name: 'שימוש במשקלים אלה' });
    // One pair at the top of the scale while every other pair is equal does not hang together (ratio 0.10 > 0.1).
    await pair.selectOption({ label: '"חומרת הצורך והיקפו" חשובה לאין שיעור יותר' });
    await expect.poll(() => verdict.textContent()).toMatch(/התשובות אינן עקביות \(יחס עקביות 0\.1/);
    expect(await apply.isDisabled()).toBe(true);
    await pair.selectOption({ label: '"חומרת הצורך והיקפו" חשובה בהרבה' });
    await expect.poll(() => verdict.textContent()).toMatch(/התשובות עקביות \(יחס עקביות 0\.05/);
    await apply.click();
    const weights = await Promise.all(['חומרת הצורך והיקפו', 'עלות למשתתף'].map((name) => page.getByLabel(`משקל "${name}"`).inputValue()));
    expect(Number(weights[0])).toBeGreaterThan(Number(weights[1]));
    expect(await page.getByRole('row', { name: /סך המשקלים/ }).textContent()).toContain('100');
    expect(await seriousViolations(page)).toEqual([]);
    for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await page.getByLabel('משקל "חומרת הצורך והיקפו"').inputValue()).toBe('25');
  });

  it('proposes the best mix within the 20% limit, takes a forced program in, and compares the two mixes as scenarios', async () => {
    const below = line().getByRole('row').filter({ hasText: 'מתחת לקו: חורג ממגבלת הפיתוח העצמי' });
    expect(await below.count()).toBe(1);
    const dropped = (await below.getByRole('rowheader').textContent())!;
    await page.getByLabel('שם התרחיש').fill('לפי ההצעה');
    await page.getByRole('button', { name: 'שמירת התמהיל המוצע כתרחיש' }).click();

    await page.getByLabel(`החלטת הצוות על "${dropped}"`).selectOption({ label: 'לכלול בכל מקרה' });
    await expect.poll(() => rowOf(dropped).textContent()).toContain('מעל הקו');
    expect(await line().getByRole('row').filter({ hasText: 'מתחת לקו' }).count()).toBeGreaterThan(0);
    await page.getByLabel('שם התרחיש').fill(`עם ${dropped}`);
    await page.getByRole('button', { name: 'שמירת התמהיל המוצע כתרחיש' }).click();

    await page.getByLabel('השוואת "לפי ההצעה"').check();
    await page.getByLabel(`השוואת "עם ${dropped}"`).check();
    const comparison = page.getByRole('table', { name: 'השוואת התרחישים' });
    await comparison.waitFor();
    const cells = async (row: string) => comparison.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').allTextContents();
    expect(await cells('בתוך מגבלת הפיתוח העצמי')).toEqual(['כן', 'כן']);
    expect(await cells(escaped(dropped))).toEqual(['—', 'בתמהיל']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('makes a scenario the plan in one undoable step, recording approved and deferred decisions with their history', async () => {
    await page.getByRole('button', { name: '"לפי ההצעה" יהיה התכנית' }).click();
    const decisions = page.getByRole('region', { name: 'החלטות' });
    const decisionOf = (service: string) => decisions.getByLabel(`ההחלטה על "${service}"`, { exact: true });
    await expect.poll(() => decisionOf('קו טלפוני יזום "שלום, מה שלומך?"').inputValue()).toBe('approved');
    expect(await decisionOf('קבוצות הפגת בדידות בשכונות').inputValue()).toBe('deferred');
    expect(await decisions.getByLabel('נימוק ההחלטה על "קבוצות הפגת בדידות בשכונות"').inputValue()).toBe('לא נכלל בתרחיש "לפי ההצעה" שנבחר.');
    expect(await rowOf('קבוצות הפגת בדידות בשכונות').textContent()).toContain('מתחת לקו: הוצא בהחלטת הצוות');

    // The deferred program leaves this year's budget: station 4 no longer finds the plan over the 20% limit.
    await page.getByRole('navigation').getByRole('button', { name: /הערכת משאבים נדרשים/ }).click();
    const findings = page.getByRole('region', { name: /ממצאי בדיקה/ });
    await expect.poll(() => findings.getByRole('heading').textContent()).toContain('0 שגיאות');
    expect(await page.getByRole('rowheader', { name: /מחוץ לתקציב/ }).count()).toBe(1);
    await page.getByRole('navigation').getByRole('button', { name: /תיעדוף וקבלת החלטות/ }).click();

    await decisionOf('קבוצות הפגת בדידות בשכונות').selectOption({ label: 'לא אושר' });
    await decisions.getByLabel('נימוק ההחלטה על "קבוצות הפגת בדידות בשכונות"').fill('אין רכזת לקבוצות בשנה הבאה');
    const history = decisions.getByRole('row', { name: /^קבוצות הפגת בדידות בשכונות/ }).getByRole('listitem');
    expect(await history.count()).toBe(2);
    expect(await history.first().textContent()).toMatch(/^נדחה לשנה אחרת, /);
    expect(await seriousViolations(page)).toEqual([]);

    for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await decisionOf('קבוצות הפגת בדידות בשכונות').inputValue()).toBe('');
    expect(await rowOf('קבוצות הפגת בדידות בשכונות').textContent()).not.toContain('הוצא בהחלטת הצוות');
  });
});
