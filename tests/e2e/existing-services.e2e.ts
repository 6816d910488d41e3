import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

const club = 'מועדון מופת "הגפן" בשכונת הרקפות';
const walking = 'קבוצת הליכה בפארק העירוני';

describe('existing services in full, and carrying one into the service mix', () => {
  const opened = sessionAtStation(/הערכת המצב המצוי/, 'השירותים הקיימים היום');
  let page: Page;
  let section: Locator;
  beforeAll(() => {
    page = opened.page;
    section = page.getByRole('region', { name: 'השירותים הקיימים היום' });
  });

  const table = () => section.getByRole('table', { name: /השירותים הקיימים:/ });
  const rowNames = async () => (await table().getByRole('rowheader').allTextContents()).map((text) => text.trim());

  async function addService(figures: { name: string; kind: string; operator: string; participants: string; capacity: string; waiting: string; cost: string; line: string; funding: string; hours: string; place: string }) {
    await section.getByRole('button', { name: 'הוספת שירות קיים' }).click();
    const card = section.getByRole('group').last();
    await card.getByLabel('שם השירות').fill(figures.name);
    await card.getByLabel('סוג', { exact: true }).selectOption({ label: figures.kind });
    await card.getByLabel('משתתפים').fill(figures.participants);
    await card.getByLabel('מקומות (קיבולת)').fill(figures.capacity);
    await card.getByLabel('רשימת המתנה').fill(figures.waiting);
    await card.getByLabel('עלות שנתית (₪)').fill(figures.cost);
    await card.getByLabel('סעיף תקציבי').fill(figures.line);
    await card.getByLabel('מקורות מימון').fill(figures.funding);
    await card.getByLabel('שם המפעיל').fill(figures.operator);
    await card.getByLabel('ימים ושעות פעילות').fill(figures.hours);
    await card.getByLabel('מקום', { exact: true }).fill(figures.place);
    return section.getByRole('group', { name: figures.name });
  }

  it('records two services with their operator, figures, cost and budget line, and says what is wrong with a figure', async () => {
    const card = await addService({
      name: club, kind: 'שירות קבוע', operator: 'עמותת "בית חם"', participants: '30', capacity: '30', waiting: '12', cost: '100,000', line: '8430',
      funding: 'המשרד 75%, הרשות 25%, דמי חבר', hours: 'א׳, ג׳, ה׳ 08:30–13:00', place: 'בית העם, רחוב הדקל 4',
    });
    expect(await card.getByText('עלות למשתתף בשנה: ‏3,333.33 ₪').or(card.getByText(/עלות למשתתף בשנה: .*3,333\.33/)).first().isVisible()).toBe(true);
    await card.getByLabel('רשימת המתנה').fill('2.5');
    expect(await card.getByRole('alert').textContent()).toBe('סופרים אנשים במספרים שלמים');
    await card.getByLabel('רשימת המתנה').fill('12');
    expect(await card.getByRole('alert').count()).toBe(0);

    await addService({
      name: walking, kind: 'פיתוח עצמי', operator: 'מתנדבי הקהילה', participants: '18', capacity: '25', waiting: '0', cost: '24,000', line: '8437',
      funding: 'הרשות', hours: 'ב׳ 07:00', place: 'פארק הדקלים',
    });
    const clubRow = table().getByRole('row').filter({ has: page.getByRole('rowheader', { name: club }) });
    expect((await clubRow.getByRole('cell').allTextContents()).map((text) => text.trim())).toEqual(
      expect.arrayContaining(['עמותת "בית חם"', '30', '12', '8430', 'עדיין לא']),
    );
    expect(await clubRow.getByRole('cell').filter({ hasText: '100,000' }).count()).toBe(1);
  });

  it('sorts by any column either way, told through aria-sort, and filters by kind and by text', async () => {
    const costHeader = table().getByRole('columnheader', { name: 'עלות שנתית' });
    await costHeader.getByRole('button').click();
    expect(await costHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rowNames();
    expect(ascending.indexOf(walking)).toBeLessThan(ascending.indexOf(club));
    await costHeader.getByRole('button').click();
    expect(await costHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = await rowNames();
    expect(descending.indexOf(club)).toBeLessThan(descending.indexOf(walking));
    const nameHeader = table().getByRole('columnheader', { name: 'שירות' });
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await costHeader.getAttribute('aria-sort')).toBeNull();

    await section.getByLabel('סינון לפי סוג').selectOption({ label: 'פיתוח עצמי' });
    expect(await rowNames()).toContain(walking);
    expect(await rowNames()).not.toContain(club);
    await section.getByLabel('סינון לפי סוג').selectOption({ label: 'כל הסוגים' });
    await section.getByLabel(/^חיפוש/).fill('בית חם');
    expect(await rowNames()).toEqual([club]);
    expect(await table().getByText('השירותים הקיימים: 1 מתוך', { exact: false }).isVisible()).toBe(true);
    await section.getByLabel(/^חיפוש/).fill('');
  });

  it('opens one service’s card at a time from its row, and passes the axe scan', async () => {
    const open = table().getByRole('button', { name: club });
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await table().getByRole('button', { name: walking }).getAttribute('aria-expanded')).toBe('false');
    const card = section.getByRole('group', { name: club });
    expect(await card.getByLabel('מקום', { exact: true }).inputValue()).toBe('בית העם, רחוב הדקל 4');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await table().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/existing-services-1366.png' });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/existing-service-card-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await table().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/existing-services-1920.png' });
  });

  it('carries the service into station 3 in one step, with the link both ways, and undoes it in one step', async () => {
    const card = section.getByRole('group', { name: club });
    await card.getByRole('button', { name: 'העברה לתמהיל השירותים (תחנה 3)' }).click();
    expect(await card.getByText('הועבר לתמהיל השירותים בתכנית החדשה, בכרטיס:').isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'העברה לתמהיל השירותים (תחנה 3)' }).count()).toBe(0);
    expect(await card.getByText('שירות קיים מועבר לתכנית פעם אחת.', { exact: false }).isVisible()).toBe(true);
    const clubRow = table().getByRole('row').filter({ has: page.getByRole('rowheader', { name: club }) });
    expect(await clubRow.getByRole('cell').last().textContent()).toBe(club);
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('button', { name: club, exact: true }).click();
    await page.getByRole('heading', { name: 'בניית תמהיל שירותים', level: 1 }).waitFor();
    const origin = page.getByRole('button', { name: `ממשיך את ${club}` });
    await origin.waitFor();
    const serviceCard = page.getByRole('listitem').filter({ has: origin });
    // Once in the summary, seen while the card is closed, and once as the link in the open card.
    expect(await serviceCard.getByText(`ממשיך את ${club}`).count()).toBe(2);
    expect(await serviceCard.textContent()).toContain('99,999.90');
    expect(await serviceCard.getByRole('textbox', { name: 'משתתפים' }).inputValue()).toBe('30');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await origin.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: '/tmp/shots/carried-service-card-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await origin.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: '/tmp/shots/carried-service-card-1920.png' });

    await origin.click();
    await page.getByRole('heading', { name: 'הערכת המצב המצוי', level: 1 }).waitFor();
    const back = section.getByRole('group', { name: club });
    await back.waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe(club);

    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await back.getByRole('button', { name: 'העברה לתמהיל השירותים (תחנה 3)' }).waitFor();
    expect(await clubRow.getByRole('cell').last().textContent()).toBe('עדיין לא');
  });

  it('asks before removing a service, naming the card carried from it and the answer resting on it, and undoes the removal in one step', async () => {
    const card = section.getByRole('group', { name: club });
    await card.getByRole('button', { name: 'העברה לתמהיל השירותים (תחנה 3)' }).click();
    const links = page.getByRole('region', { name: 'שאלות מנחות' }).getByRole('group', { name: 'הקישורים של התשובה לשאלה 1' });
    await links.getByLabel('סוג הפריט לשאלה 1').selectOption({ label: 'שירות קיים' });
    await links.getByLabel('הפריט לשאלה 1', { exact: true }).selectOption({ label: club });
    await links.getByRole('button', { name: 'הוספת קישור' }).click();
    const answerLink = links.getByRole('button', { name: `שירות קיים: ${club}`, exact: true });
    await answerLink.waitFor();

    const remove = () => section.getByRole('group', { name: club }).getByRole('button', { name: `מחיקת "${club}"` });
    await remove().click();
    const dialog = page.getByRole('dialog', { name: `למחוק את השירות הקיים "${club}"?` });
    await dialog.waitFor();
    const question = (await dialog.textContent()) ?? '';
    expect(question).toContain(`יישארו בתכנית החדשה, בלי הקישור אליו: "${club}"`);
    expect(question).toContain('בלי הקישור: תחנה 1, שאלה 1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: '/tmp/shots/existing-service-remove-1366.png' });
    await dialog.getByRole('button', { name: 'ביטול', exact: true }).click();
    expect(await rowNames()).toContain(club);

    await remove().click();
    await dialog.getByRole('button', { name: 'מחיקת השירות הקיים' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rowNames()).not.toContain(club);
    expect(await links.getByRole('button', { name: `שירות קיים: ${club}`, exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await table().getByRole('rowheader', { name: club }).waitFor();
    await answerLink.waitFor();
    const clubRow = table().getByRole('row').filter({ has: page.getByRole('rowheader', { name: club }) });
    expect(await clubRow.getByRole('cell').last().textContent()).toBe(club);
  });
});
