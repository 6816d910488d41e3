import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';

const sampleFile = 'givat-hadkalim-2027.tamhil';
/** A topic of station 1 that the sample has not marked. */
const lonelinessTopic = 'בדידות ובידוד חברתי: ותיקים הגרים לבד, מרותקי בית וותיקים שאינם מוכרים למחלקה כלל';

describe('a desk team edits the sample plan in Hebrew and saves it', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await AppSession.start();
    page = await session.open();
  });
  afterAll(async () => session?.stop());

  it('opens on the bundled sample, in Hebrew, right to left, with money in shekels', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('he');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'פרטי התכנית', level: 1 }).waitFor();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים');
    const totals = page.getByRole('region', { name: 'התמהיל במספרים' });
    expect(await totals.textContent()).toContain('4,309,500');
    expect(await totals.textContent()).toContain('₪');
    expect(await page.getByText('כל השינויים נשמרו').isVisible()).toBe(true);
  });

  it('lists the six stations of the guide with their status', async () => {
    const navigation = page.getByRole('navigation', { name: 'ניווט בתכנית' });
    const names = [
      'הערכת המצב המצוי',
      'הגדרת המצב הרצוי',
      'בניית תמהיל שירותים',
      'הערכת משאבים נדרשים',
      'תיעדוף וקבלת החלטות',
      'תרגום ליישום',
    ];
    for (const name of names) expect(await navigation.getByRole('button', { name: new RegExp(name) }).count()).toBe(1);
    expect(await navigation.getByRole('button', { name: /תיעדוף וקבלת החלטות/ }).textContent()).toContain('בעבודה');
    expect(await navigation.getByRole('button', { name: /תרגום ליישום/ }).textContent()).toContain('טרם התחילה');
  });

  it('changes a detail, marks a station item, undoes and redoes both', async () => {
    const authority = page.getByLabel('רשות מקומית');
    await authority.fill('גבעת הדקלים החדשה');
    await page.getByText('יש שינויים שלא נשמרו').waitFor();

    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    await page.getByRole('heading', { name: 'הערכת המצב המצוי', level: 1 }).waitFor();
    const topic = page.getByRole('checkbox', { name: lonelinessTopic });
    expect(await topic.isChecked()).toBe(false);
    await topic.check();
    expect(await topic.isChecked()).toBe(true);

    await page.keyboard.press('Control+z');
    expect(await topic.isChecked()).toBe(false);
    await page.keyboard.press('Control+y');
    expect(await topic.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await topic.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'פרטי התכנית' }).click();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים');

    await page.getByRole('button', { name: 'ביצוע מחדש' }).click();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים החדשה');
    await page.getByRole('button', { name: 'ביצוע מחדש' }).click();
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    expect(await page.getByRole('checkbox', { name: lonelinessTopic }).isChecked()).toBe(true);
  });

  it("adds the team's own item and notes to a station", async () => {
    const risks = page.getByRole('region', { name: /^סיכונים/ });
    await risks.getByLabel('הוספת פריט משלכם לסיכונים').fill('עזיבת רכזת המתנדבים באמצע השנה');
    await risks.getByRole('button', { name: 'הוספה' }).click();
    expect(await risks.getByRole('checkbox', { name: 'עזיבת רכזת המתנדבים באמצע השנה' }).isChecked()).toBe(true);
    await page.getByLabel('הערות הצוות לתחנה').fill('לתאם קבוצת מיקוד נוספת עם בני 75+');
  });

  it('saves atomically, keeping the previous version, and shows the change after a restart', async () => {
    const path = join(session.workspace, sampleFile);
    const before = await readFile(path, 'utf8');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('התכנית נשמרה');

    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.details.authority).toBe('גבעת הדקלים החדשה');
    expect(saved.stations['current-state'].marked).toContain('current-state.topics.loneliness-and-isolation');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(before);

    await session.restart();
    page = await session.open();
    await page.getByRole('heading', { name: 'פרטי התכנית', level: 1 }).waitFor();
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים החדשה');
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    expect(await page.getByRole('checkbox', { name: lonelinessTopic }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'עזיבת רכזת המתנדבים באמצע השנה' }).isChecked()).toBe(true);
    expect(await page.getByLabel('הערות הצוות לתחנה').inputValue()).toBe('לתאם קבוצת מיקוד נוספת עם בני 75+');
    expect((await stat(path)).size).toBeGreaterThan(1000);
  });

  it('switches to English, left to right, and back to Hebrew', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: 'Current state assessment', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Plan details' }).click();
    expect(await page.getByRole('region', { name: 'The mix in figures' }).textContent()).toContain('₪');
    await page.getByRole('button', { name: 'עברית' }).click();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'פרטי התכנית', level: 1 }).waitFor();
  });

  it('refuses a wrong number with a message that names the problem and keeps the last good value', async () => {
    const budget = page.getByLabel('התקציב המיועד לקהילה (₪)');
    await budget.fill('חמישה מיליון');
    expect(await page.getByRole('alert').filter({ hasText: 'יש להזין מספר' }).count()).toBe(1);
    expect(await budget.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('region', { name: 'התמהיל במספרים' }).textContent()).toContain('11.51%');
    await budget.fill('2,500,000');
    expect(await budget.getAttribute('aria-invalid')).toBe('false');
    expect(await page.getByRole('region', { name: 'התמהיל במספרים' }).textContent()).toContain('23.02%');
    expect(await page.getByRole('region', { name: 'התמהיל במספרים' }).textContent()).toContain('מעל המגבלה');
  });

  it('has no page errors', () => {
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});

describe("the team's own items", () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await AppSession.start();
    page = await session.open();
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /תיעדוף וקבלת החלטות/ }).click();
  });
  afterAll(async () => session?.stop());

  it('keeps Ctrl+Z for the text of a new item that is not in the plan yet', async () => {
    const partners = page.getByRole('region', { name: /^שותפים/ });
    const field = partners.getByLabel('הוספת פריט משלכם לשותפים');
    await field.fill('');
    await field.pressSequentially('מתנ"ס השכונה');
    await page.keyboard.press('Control+z');
    expect(await field.inputValue()).not.toBe('מתנ"ס השכונה');
    expect(await page.getByRole('button', { name: 'ביטול פעולה' }).isDisabled()).toBe(true);
  });

  it('edits an own item in place, refuses to empty it, and undoes the edit', async () => {
    const partners = page.getByRole('region', { name: /^שותפים/ });
    await partners.getByLabel('הוספת פריט משלכם לשותפים').fill('מתנ"ס השכונה');
    await partners.getByRole('button', { name: 'הוספה' }).click();
    const text = partners.getByLabel('עריכת "מתנ"ס השכונה"');
    await text.fill('מתנ"ס שכונת הגפן');
    expect(await partners.getByRole('checkbox', { name: 'מתנ"ס שכונת הגפן' }).isChecked()).toBe(true);
    const edited = partners.getByLabel('עריכת "מתנ"ס שכונת הגפן"');
    await edited.fill('');
    expect(await partners.getByRole('alert').textContent()).toContain('אינו יכול להיות ריק');
    expect(await partners.getByRole('checkbox', { name: 'מתנ"ס שכונת הגפן' }).count()).toBe(1);
    await edited.fill('מתנ"ס שכונת הגפן');
    await partners.getByRole('heading', { name: 'שותפים' }).click();
    await page.keyboard.press('Control+z');
    expect(await partners.getByRole('checkbox', { name: 'מתנ"ס השכונה' }).count()).toBe(1);
    await partners.getByRole('button', { name: 'הסרת "מתנ"ס השכונה"' }).click();
    expect(await partners.getByRole('checkbox', { name: 'מתנ"ס השכונה' }).count()).toBe(0);
  });
});
