import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionOnSample } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

const title = 'קבוצת מיקוד: ותיקים הגרים לבד בשכונה הוותיקה';
const findings = ['רבים אינם יוצאים מהבית אחרי החשיכה בגלל תאורה ומדרכות שבורות', 'מבקשים מפגש קבוע בשעות אחר הצהריים, קרוב לבית'];
const answerText = 'שמענו ותיקים הגרים לבד בקבוצת מיקוד, והבדידות בשעות הערב עלתה שוב ושוב.';

/**
 * The guide at work, as a team does it in one sitting: a focus group recorded with who came, two
 * of its findings turned into needs, a guiding question answered on one of them, the station's
 * completeness moving as it fills, and the answer where the reviewer reads it.
 */
describe('a team records a focus group, turns its findings into needs and answers a guiding question on one', () => {
  const opened = sessionOnSample();
  let page: Page;
  const nav = () => page.getByRole('navigation', { name: 'ניווט בתכנית' });
  const completeness = async () => Number(/^(\d+) מתוך/.exec((await page.getByText(/^\d+ מתוך \d+ חלקים הושלמו$/).textContent()) ?? '')?.[1]);
  const card = () => page.getByRole('region', { name: `פרטי הפעילות "${title}"` });
  let question = '';

  beforeAll(async () => {
    page = opened.page;
    await page.getByRole('button', { name: 'תכנית חדשה' }).click();
    await page.getByLabel('רשות מקומית').fill('כפר האלונים');
    await nav().getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    await page.getByRole('heading', { name: 'יומן השיתוף' }).waitFor();
  });

  it('records the focus group with its attendance, and the station counts the log as done', async () => {
    const before = await completeness();
    const log = page.getByRole('region', { name: 'יומן השיתוף' });
    await log.getByRole('button', { name: 'הוספת פעילות' }).click();
    await log.getByRole('region', { name: /^פרטי הפעילות/ }).getByLabel('שם הפעילות').fill(title);
    await card().getByRole('group', { name: 'הקבוצות שהוזמנו' }).getByLabel('גרים לבד', { exact: true }).check();
    await card().getByLabel('סך המשתתפים').fill('11');
    await card().getByRole('group', { name: 'לפי קבוצה (אם ידוע)' }).getByLabel('גרים לבד', { exact: true }).fill('11');
    expect(await completeness()).toBe(before + 1);
  });

  it('turns two findings into needs of the register, and the register counts too', async () => {
    const before = await completeness();
    for (const [index, text] of findings.entries()) {
      await card().getByRole('button', { name: 'הוספת ממצא' }).click();
      await card().getByLabel(`ממצא ${index + 1}`, { exact: true }).fill(text);
      await card().getByRole('button', { name: `העברת ממצא ${index + 1} למרשם הצרכים` }).click();
    }
    const register = page.getByRole('region', { name: 'מרשם הצרכים' });
    expect(await register.getByRole('group', { name: 'ממצא 2', exact: true }).getByLabel('הממצא').inputValue()).toBe(findings[1]);
    expect(await completeness()).toBe(before + 1);
  });

  it('answers the first guiding question, resting it on the first of those needs, and the station counts it', async () => {
    await page.getByText(/^\d+ מתוך \d+ חלקים הושלמו$/).click();
    const questionsPart = page.getByRole('list', { name: 'מה הושלם בתחנה' }).getByRole('listitem').filter({ hasText: 'השאלות המנחות נענו בכתב' });
    expect(await questionsPart.textContent()).toMatch(/\(0 מתוך \d+\)/);
    const questions = page.getByRole('region', { name: 'שאלות מנחות' });
    question = ((await questions.getByRole('heading', { name: /^שאלה 1 / }).textContent()) ?? '').replace(/^שאלה 1\s*/, '').trim();
    await questions.getByLabel('התשובה לשאלה 1', { exact: true }).fill(answerText);
    const links = questions.getByRole('group', { name: 'הקישורים של התשובה לשאלה 1' });
    await links.getByLabel('סוג הפריט לשאלה 1').selectOption({ label: 'צורך' });
    const item = links.getByLabel('הפריט לשאלה 1', { exact: true });
    const value = await item.locator('option', { hasText: findings[0]!.slice(0, 20) }).getAttribute('value');
    await item.selectOption(value!);
    await links.getByRole('button', { name: 'הוספת קישור' }).click();
    await links.getByRole('button', { name: new RegExp(`^צורך: ${findings[0]!.slice(0, 20)}`) }).waitFor();
    // One answer of the station's questions: counted, though the part is done only when all are.
    expect(await questionsPart.textContent()).toMatch(/\(1 מתוך \d+\)/);
    expect(await page.getByText('המצב המוצע לפי התוכן: בעבודה').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the answer, with the need it rests on, in the reviewer’s package', async () => {
    await nav().getByRole('button', { name: 'בדיקה ואישור' }).click();
    await page.getByRole('button', { name: 'הכנת חבילת הבודק' }).click();
    const answer = page.getByRole('region', { name: 'תחנה 1: הערכת המצב המצוי' }).getByRole('listitem').filter({ hasText: question });
    await answer.getByText(answerText).waitFor();
    expect(await answer.textContent()).toContain(findings[0]!.slice(0, 20));
  });
});
