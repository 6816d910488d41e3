import { readFile, writeFile } from 'node:fs/promises';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { finishedSamplePlan } from '../helpers/samples.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';

const digitalLiteracy = 'אוריינות דיגיטלית לותיקים';

/** A service's cell in the given grid column (0 is the service's name), found by role. */
function cellOf(page: Page, serviceName: string, column: number) {
  const row = page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: serviceName, exact: true }) });
  return row.getByRole('gridcell').nth(column);
}

/** Opens a cell's editor as a user does (double-click), replaces its content and commits with Enter. */
async function typeIntoCell(page: Page, serviceName: string, column: number, text: string): Promise<void> {
  await cellOf(page, serviceName, column).dblclick();
  const editor = page.getByRole('textbox', { name: 'עריכת התא הנבחר בטבלת התקציב' });
  await editor.fill(text);
  await editor.press('Enter');
}

const formulaBar = (page: Page) => page.getByRole('textbox', { name: /^נוסחת התא \u2068[A-Z]+\d+\u2069$/ });
const summary = (page: Page) => page.getByRole('region', { name: 'תקציב השירותים' });

describe('station 4: the budget grid', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await AppSession.start();
    // Every station finished, so "ready" depends on the budget alone here.
    await writeFile(join(session.workspace, 'givat-hadkalim-2027.tamhil'), serializePlan(finishedSamplePlan()));
    page = await session.open();
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת משאבים נדרשים/ }).click();
    await page.getByRole('gridcell', { name: digitalLiteracy, exact: true }).waitFor();
  });
  afterAll(async () => session?.stop());

  it('shows every service of the plan as a row, with its total, in Hebrew right to left', async () => {
    expect(await page.getByRole('gridcell', { name: 'קבוצת סריגה קהילתית', exact: true }).count()).toBe(1);
    expect(await summary(page).textContent()).toContain('4,309,500');
    expect(await summary(page).textContent()).toContain('בתוך המגבלה');
  });

  it('takes an Excel formula in a cell and shows its value, with the formula in the formula bar', async () => {
    await typeIntoCell(page, digitalLiteracy, 3, '=45*2');
    await summary(page).getByRole('definition').filter({ hasText: '4,323,100' }).waitFor();
    await cellOf(page, digitalLiteracy, 3).click();
    await expect.poll(() => formulaBar(page).inputValue()).toBe('=45*2');
    expect(await formulaBar(page).getAttribute('aria-label')).toBe('נוסחת התא \u2068D16\u2069');
    expect(await page.getByRole('gridcell', { name: '90', exact: true }).count()).toBeGreaterThan(0);
  });

  it('pastes a block of rows copied from a spreadsheet as new services', async () => {
    await page.getByRole('gridcell', { name: 'סה"כ', exact: true }).click();
    const block = ['מועדון שכונתי חדש\tשירות קבוע\t8431\t25\tשבוע\t40\t30', 'הרצאות בריאות\tפיתוח עצמי\t8432\t60\tמפגש\t10\t40'].join('\n');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, block);
    await page.getByRole('gridcell', { name: 'מועדון שכונתי חדש', exact: true }).waitFor();
    expect(await page.getByRole('gridcell', { name: 'הרצאות בריאות', exact: true }).count()).toBe(1);
    expect(await summary(page).textContent()).toContain('4,377,100');
  });

  it('turns the meter red when a self-developed program goes over the limit, points at the row, and refuses "ready"', async () => {
    await typeIntoCell(page, digitalLiteracy, 6, '500');
    await summary(page).getByText('מעל המגבלה', { exact: true }).waitFor();
    const meter = page.getByRole('meter', { name: /^פיתוח עצמי/ });
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(20);

    const findings = page.getByRole('region', { name: /ממצאי בדיקה/ });
    await findings.getByRole('button', { name: /תכניות בפיתוח עצמי עולות/ }).first().click();
    expect(await page.getByText('H16', { exact: true }).count()).toBe(1);

    const mark = page.getByRole('button', { name: 'סימון התכנית כמוכנה להגשה' });
    expect(await mark.isDisabled()).toBe(true);
    const readiness = page.getByRole('region', { name: 'מוכנות להגשה' });
    const missing = await readiness.getByRole('listitem').allTextContents();
    expect(missing).toEqual(expect.arrayContaining([expect.stringContaining('פיתוח עצמי בתוך המגבלה'), expect.stringContaining('אין ממצאי שגיאה')]));
    // The services pasted in above advance no outcome yet: that is missing too, each a link to its card.
    expect(missing).toContainEqual(expect.stringContaining('כל שירות בתקציב מקושר לתוצאה: מועדון שכונתי חדש, הרצאות בריאות'));
    expect(await mark.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('fixes it with undo, marks the plan ready, and undoes and redoes that too', async () => {
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await summary(page).getByText('בתוך המגבלה', { exact: true }).waitFor();
    // The pasted services go too, so every service in the budget advances an outcome again.
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('gridcell', { name: 'מועדון שכונתי חדש', exact: true }).waitFor({ state: 'detached' });
    const mark = page.getByRole('button', { name: 'סימון התכנית כמוכנה להגשה' });
    await mark.click();
    await page.getByText('התכנית סומנה כמוכנה להגשה.').waitFor();
    await page.keyboard.press('Control+z');
    await page.getByText('התכנית עדיין לא סומנה כמוכנה להגשה.').waitFor();
    await page.keyboard.press('Control+y');
    await page.getByText('התכנית סומנה כמוכנה להגשה.').waitFor();
    await page.getByRole('button', { name: 'ביצוע מחדש' }).isDisabled();
  });

  it('saves the formulas in a form that follows the rows', async () => {
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
    const saved = JSON.parse(await readFile(join(session.workspace, 'givat-hadkalim-2027.tamhil'), 'utf8'));
    const service = saved.services.find((candidate: { name: string }) => candidate.name === digitalLiteracy);
    expect(service.formulas).toEqual([{ field: 'participants', formula: '=45*2' }]);
    expect(service.participants).toBe(90);
    expect(saved.review.readyForSubmission).toBe(true);
  });

  it('passes the axe scan with the grid on screen', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  // Handsontable draws an edited cell before React renders again: it must read the session the edit made.
  it('has no page errors after all those edits, pastes, undos and redos', () => {
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
