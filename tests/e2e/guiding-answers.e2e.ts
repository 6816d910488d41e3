import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionOnSample } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

const writer = 'דנה לוי, עובדת קהילה';
const answerText = 'הצורך הבולט הוא בדידות בשעות הערב ובסופי השבוע.\n- ותיקים הגרים לבד בשכונות הוותיקות\n- מטפלים עיקריים שאין להם הפוגה';

describe('written answers to the guiding questions', () => {
  const opened = sessionOnSample();
  let page: Page;
  const nav = () => page.getByRole('navigation', { name: 'ניווט בתכנית' });
  const questions = () => page.getByRole('region', { name: 'שאלות מנחות' });
  const guidePart = () => page.getByRole('navigation', { name: 'בתחנה זו' }).getByRole('button', { name: /המטרה והשאלות המנחות/ });
  let needName = '';
  let answeredBefore = 0;
  let ofBefore = 0;
  const ownQuestion = 'אילו שותפים כבר פוגשים ותיקים הגרים לבד, ואיפה?';
  const counted = async () => (await questions().getByText(/מתוך \d+ נענו/).textContent()) ?? '';
  const answeredOf = (text: string | null) => Number(/(\d+) מתוך/.exec(text ?? '')?.[1]);

  beforeAll(async () => {
    page = opened.page;
    await nav().getByRole('button', { name: 'בדיקה ואישור' }).click();
    await page.getByLabel('שמך (נרשם בכל פעולה והערה)').fill(writer);
    await page.getByLabel('שמך (נרשם בכל פעולה והערה)').press('Tab');
    await nav().getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    await questions().waitFor();
  });

  it('answers a question of station 1 with a paragraph and a list, links a need, and counts it answered', async () => {
    [answeredBefore, ofBefore] = (/(\d+) מתוך (\d+)/.exec(await counted()) ?? []).slice(1).map(Number) as [number, number];
    expect(answeredOf(await guidePart().textContent())).toBe(answeredBefore);
    // The sample answers the guide's questions of station 1, so the team asks one of its own and answers it.
    await questions().getByLabel('שאלה מנחה משלכם').fill(ownQuestion);
    await questions().getByRole('button', { name: 'הוספה' }).click();
    expect(await counted()).toBe(`${answeredBefore} מתוך ${ofBefore + 1} נענו`);
    const number = ofBefore + 1;
    await questions().getByRole('heading', { name: `שאלה ${number} ${ownQuestion}` }).waitFor();
    await questions().getByLabel(`התשובה לשאלה ${number}`, { exact: true }).fill(answerText);
    await questions().getByText(`נכתבה בידי ${writer}`, { exact: false }).waitFor();
    expect(await counted()).toBe(`${answeredBefore + 1} מתוך ${ofBefore + 1} נענו`);
    expect(await guidePart().textContent()).toContain(`${answeredBefore + 1} מתוך ${ofBefore + 1}`);

    const links = questions().getByRole('group', { name: `הקישורים של התשובה לשאלה ${number}` });
    await links.getByLabel(`סוג הפריט לשאלה ${number}`).selectOption({ label: 'צורך' });
    const item = links.getByLabel(`הפריט לשאלה ${number}`, { exact: true });
    needName = (await item.locator('option:checked').textContent())!.trim();
    await links.getByRole('button', { name: 'הוספת קישור' }).click();
    const linkButton = links.getByRole('button', { name: `צורך: ${needName}`, exact: true });
    await linkButton.waitFor();
    expect(await links.getByRole('button', { name: `הסרת הקישור אל צורך: ${needName}`, exact: true }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await links.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots/guiding-answers-${width}x${height}.png` });
      await page.getByRole('heading', { name: 'הערכת המצב המצוי', level: 1 }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots/guiding-answers-top-${width}x${height}.png` });
    }

    // The link leads to the need's card in the needs register.
    await linkButton.click();
    const focused = page.getByRole('region', { name: 'מרשם הצרכים' }).locator(':focus');
    await focused.waitFor();
    expect(await focused.textContent()).toMatch(/^ממצא \d+$/);
  });

  it('shows the answer with who wrote it and what it rests on in the reviewer’s package', async () => {
    await nav().getByRole('button', { name: 'בדיקה ואישור' }).click();
    await page.getByRole('button', { name: 'הכנת חבילת הבודק' }).click();
    const station = page.getByRole('region', { name: 'תחנה 1: הערכת המצב המצוי' });
    const answer = station.getByRole('listitem').filter({ hasText: ownQuestion });
    await answer.getByText('הצורך הבולט הוא בדידות בשעות הערב ובסופי השבוע.').waitFor();
    expect(await answer.getByRole('listitem').allTextContents()).toEqual(['ותיקים הגרים לבד בשכונות הוותיקות', 'מטפלים עיקריים שאין להם הפוגה']);
    expect(await answer.getByText(`נכתבה בידי ${writer}`, { exact: false }).isVisible()).toBe(true);
    expect(await answer.getByText(`התשובה נשענת על: צורך: ${needName}`).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await answer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/guiding-answers-package-1920x1080.png' });
  });

  it('removes the team’s own question with its answer, and the count goes back', async () => {
    await nav().getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    await questions().getByRole('button', { name: `הסרת השאלה "${ownQuestion}"` }).click();
    expect(await counted()).toBe(`${answeredBefore} מתוך ${ofBefore} נענו`);
    expect(await guidePart().textContent()).toContain(`${answeredBefore} מתוך ${ofBefore}`);
  });

  it('leads from an answer in station 3 to the existing service, the activity and the population year it rests on, with focus there', async () => {
    await nav().getByRole('button', { name: /בניית תמהיל שירותים/ }).click();
    const links = questions().getByRole('group', { name: 'הקישורים של התשובה לשאלה 1' });
    const linkFirst = async (kind: string) => {
      await links.getByLabel('סוג הפריט לשאלה 1').selectOption({ label: kind });
      const name = (await links.getByLabel('הפריט לשאלה 1', { exact: true }).locator('option:checked').textContent())!.trim();
      await links.getByRole('button', { name: 'הוספת קישור' }).click();
      return `${kind}: ${name}`;
    };
    const linked = [await linkFirst('שירות קיים'), await linkFirst('פעילות שיתוף'), await linkFirst('נתוני אוכלוסייה')];
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (const label of linked) {
      await links.getByRole('button', { name: label, exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'הערכת המצב המצוי', level: 1 }).waitFor();
      const name = label.slice(label.indexOf(': ') + 2);
      // A population year lands on its column's heading, which holds the year and its kind.
      if (label.startsWith('נתוני אוכלוסייה')) {
        await expect.poll(focusedText).toContain(/\d{4}/.exec(name)![0]);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: '/tmp/shots/answer-link-population-year.png' });
      } else await expect.poll(focusedText).toBe(name);
      await nav().getByRole('button', { name: /בניית תמהיל שירותים/ }).click();
      await links.waitFor();
    }
  });

  it('grows the answer box with its text from six lines, and scrolls it past its largest size', async () => {
    const box = questions().getByLabel('התשובה לשאלה 1', { exact: true });
    const measure = () => box.evaluate((element) => ({ height: element.clientHeight, scrolled: element.scrollHeight > element.clientHeight, line: parseFloat(getComputedStyle(element).lineHeight) }));
    await box.fill('');
    const empty = await measure();
    expect(empty.height).toBeGreaterThanOrEqual(6 * empty.line);
    await box.fill(answerText + '\n' + Array.from({ length: 8 }, (_, index) => `- שורה ${index + 1}`).join('\n'));
    const longer = await measure();
    expect(longer.height).toBeGreaterThan(empty.height);
    expect(longer.scrolled).toBe(false);
    await box.fill(Array.from({ length: 60 }, (_, index) => `- שורה ${index + 1}`).join('\n'));
    const longest = await measure();
    expect(longest.height).toBeGreaterThan(longer.height);
    expect(longest.scrolled).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await box.fill(answerText);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/guiding-answer-box-1366.png' });
  });
});
