import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';
import { windows1255 } from '../helpers/windows-1255.ts';

/** The name the export dialog suggests for the bundled sample: its authority and year. */
const sampleExport = 'גבעת הדקלים 2027';
const firstService = 'מועדון חברתי "בית הדקלים"';

let session: AppSession;
let page: Page;

beforeEach(async () => {
  session = await AppSession.start();
  page = await session.open();
  await page.getByLabel('רשות מקומית').waitFor();
});
afterEach(async () => session?.stop());

/** Opens the toolbar's "import and export" disclosure and picks one of its actions. */
async function spreadsheetAction(name: 'ייצוא לאקסל…' | 'ייבוא מאקסל…' | 'ייבוא טבלת שירותים…'): Promise<void> {
  const disclosure = page.getByRole('toolbar').getByRole('button', { name: 'ייבוא וייצוא' });
  await disclosure.click();
  expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('group', { name: 'ייבוא וייצוא' }).getByRole('button', { name }).click();
}

/** Exports the open plan to `<name>.xlsx` in the workspace folder through the browser host's file-name dialog. */
async function exportWorkbookAs(name: string): Promise<void> {
  await spreadsheetAction('ייצוא לאקסל…');
  const dialog = page.getByRole('dialog', { name: 'ייצוא התכנית לחוברת אקסל' });
  await dialog.getByLabel('שם הקובץ').fill(name);
  await dialog.getByRole('button', { name: 'שמירה בתיקיית העבודה' }).click();
}

/** Picks a file of the workspace in the import dialog that the given action opens. */
async function importFrom(action: 'ייבוא מאקסל…' | 'ייבוא טבלת שירותים…', fileName: string): Promise<void> {
  await spreadsheetAction(action);
  const title = action === 'ייבוא מאקסל…' ? 'ייבוא מחוברת אקסל' : 'ייבוא טבלת שירותים';
  await page.getByRole('dialog', { name: title }).getByRole('button', { name: new RegExp(`^${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
}

/** Text as a user reads it: without the bidi marks that keep numbers and names in place, and with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ');

/** A figure of the totals panel ("התמהיל במספרים") on the plan details view, as the user reads it. */
async function figure(label: string): Promise<string> {
  const panel = page.getByRole('region', { name: 'התמהיל במספרים' });
  const terms = await panel.getByRole('term').allTextContents();
  const values = await panel.getByRole('definition').allTextContents();
  const index = terms.indexOf(label);
  if (index < 0) throw new Error(`no figure "${label}" in ${terms.join(', ')}`);
  return plain(values[index]!);
}

const shekels = (shown: string) => Number(shown.replace(/[^\d.-]/g, ''));

/** Waits until the totals panel shows `value` for `label`. */
async function expectFigure(label: string, value: string): Promise<void> {
  await expect.poll(() => figure(label)).toBe(value);
}

async function readWorkbook(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(session.workspace, name));
  return workbook;
}

/** The cell beside a label in column A (the details and summary sheets are label/value pairs). */
function valueCellOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(`A${row}`).value === label) return sheet.getCell(`B${row}`);
  }
  throw new Error(`no row "${label}" on sheet ${sheet.name}`);
}

/** The text of the selected option of a select, as the user sees it. */
const chosen = (select: Locator) => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? null);

const departmentTable = windows1255(
  [
    'שם השירות,מספר משתתפים,עלות שנתית',
    'חוג ציור,20,12000',
    'סדנת זיכרון,עשרים,8000',
    'הליכה בפארק,15,4500',
    '',
  ].join('\r\n'),
);

/** Exports the sample, then changes it "in Excel": the first service's participants and the community budget. */
async function workbookEditedInExcel(name: string): Promise<void> {
  await exportWorkbookAs(sampleExport);
  await page.getByRole('status').filter({ hasText: `הקובץ נשמר: \u2068${sampleExport}.xlsx\u2069` }).waitFor();
  const workbook = await readWorkbook(`${sampleExport}.xlsx`);
  const services = workbook.getWorksheet('שירותים ותקציב')!;
  expect([services.getCell('A2').value, services.getCell('D1').value, services.getCell('D2').value]).toEqual([firstService, 'משתתפים', 120]);
  services.getCell('D2').value = 150;
  valueCellOf(workbook.getWorksheet('פרטי התכנית')!, 'תקציב לשירותים בקהילה').value = 5_500_000;
  await workbook.xlsx.writeFile(join(session.workspace, name));
}

describe('exporting the plan to an Excel workbook', () => {
  it('writes a Hebrew workbook with live formulas whose summary total is the total the app shows', async () => {
    const shownTotal = shekels(await figure('עלות כוללת'));
    expect(shownTotal).toBe(4_309_500);

    await exportWorkbookAs(sampleExport);
    await page.getByRole('status').filter({ hasText: `הקובץ נשמר: \u2068${sampleExport}.xlsx\u2069` }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    const workbook = await readWorkbook(`${sampleExport}.xlsx`);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['פרטי התכנית', 'שירותים ותקציב', 'סיכום']));
    const services = workbook.getWorksheet('שירותים ותקציב')!;
    expect(services.views[0]?.rightToLeft).toBe(true);
    expect(services.getCell('H1').value).toBe('עלות כוללת');
    expect(services.getCell('H2').value).toMatchObject({ formula: 'ROUND(D2*F2*G2,2)', result: 120 * 48 * 25 });
    const total = valueCellOf(workbook.getWorksheet('סיכום')!, 'סך עלות התכנית').value as ExcelJS.CellFormulaValue;
    // Every service's total, but those decided against in station 5 (marked in the sheet's last column).
    expect(total.formula).toMatch(/^SUMIFS\('שירותים ותקציב'!H:H,'שירותים ותקציב'![A-Z]+:[A-Z]+,"<>לא"\)$/);
    expect(total.result).toBe(shownTotal);
  });

  it('returns focus to the import and export button when its dialog closes', async () => {
    await spreadsheetAction('ייצוא לאקסל…');
    await page.getByRole('dialog', { name: 'ייצוא התכנית לחוברת אקסל' }).getByRole('button', { name: 'ביטול' }).click();
    const disclosure = page.getByRole('toolbar').getByRole('button', { name: 'ייבוא וייצוא' });
    expect(await disclosure.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('asks before replacing a workbook of the same name, and replaces it only when told to', async () => {
    const path = join(session.workspace, `${sampleExport}.xlsx`);
    await exportWorkbookAs(sampleExport);
    await page.getByRole('status').filter({ hasText: `הקובץ נשמר: \u2068${sampleExport}.xlsx\u2069` }).waitFor();
    const first = await readFile(path);

    await page.getByLabel('התקציב המיועד לקהילה (₪)').fill('5,200,000');
    await expectFigure('התקציב המיועד לקהילה', '5,200,000 ₪');
    await exportWorkbookAs(sampleExport);
    const question = page.getByRole('dialog', { name: 'להחליף את הקובץ?' });
    expect(plain(await question.textContent())).toContain(`בתיקייה כבר יש קובץ בשם "${sampleExport}.xlsx"`);
    await question.getByRole('button', { name: 'ביטול' }).click();
    await question.waitFor({ state: 'detached' });
    expect((await readFile(path)).equals(first)).toBe(true);

    await exportWorkbookAs(sampleExport);
    await question.getByRole('button', { name: 'החלפה' }).click();
    await expect.poll(async () => (await readFile(path)).equals(first)).toBe(false);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const replaced = await readWorkbook(`${sampleExport}.xlsx`);
    expect(valueCellOf(replaced.getWorksheet('פרטי התכנית')!, 'תקציב לשירותים בקהילה').value).toBe(5_200_000);
  });
});

describe('importing a workbook back', () => {
  it('shows what an edit made in Excel would change, applies it to the open plan, and undoes it', async () => {
    await workbookEditedInExcel('נערך באקסל.xlsx');
    await importFrom('ייבוא מאקסל…', 'נערך באקסל.xlsx');

    const preview = page.getByRole('dialog', { name: 'ייבוא "\u2068נערך באקסל.xlsx\u2069": מה ישתנה' });
    await preview.waitFor();
    expect(plain(await preview.getByRole('strong').textContent())).toBe('2 שינויים לעומת התכנית הפתוחה:');
    expect(plain(await preview.getByRole('region', { name: 'פרטי התכנית ומדיניות' }).getByRole('listitem').allTextContents().then((items) => items.join('\n')))).toBe(
      'תקציב לשירותים בקהילה: 5,000,000 ₪ ← 5,500,000 ₪',
    );
    expect(await preview.getByRole('region', { name: 'שירותים ותקציב' }).getByRole('listitem').allTextContents()).toEqual([`שונה: ${firstService} (משתתפים)`]);
    expect(await figure('עלות כוללת')).toBe('4,309,500 ₪');

    await preview.getByRole('button', { name: 'עדכון התכנית הפתוחה' }).click();
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'התכנית עודכנה מ-"\u2068נערך באקסל.xlsx\u2069"' }).waitFor();
    // 150 participants × 48 weeks × ₪25 instead of 120 × 48 × 25: ₪36,000 more.
    await expectFigure('עלות כוללת', '4,345,500 ₪');
    await expectFigure('התקציב המיועד לקהילה', '5,500,000 ₪');
    expect(await page.getByLabel('התקציב המיועד לקהילה (₪)').inputValue()).toBe('5,500,000');
    await page.getByText('יש שינויים שלא נשמרו').waitFor();

    await page.getByRole('toolbar').getByRole('button', { name: 'ביטול פעולה' }).click();
    await expectFigure('עלות כוללת', '4,309,500 ₪');
    await expectFigure('התקציב המיועד לקהילה', '5,000,000 ₪');
    expect(await page.getByLabel('התקציב המיועד לקהילה (₪)').inputValue()).toBe('5,000,000');
  });

  it('names the file that is not a workbook and leaves the plan as it was', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37 + 11) % 256));
    await writeFile(join(session.workspace, 'broken.xlsx'), bytes);

    await importFrom('ייבוא מאקסל…', 'broken.xlsx');
    const alert = page.getByRole('alert').filter({ hasText: 'לא ניתן לייבא את "\u2068broken.xlsx\u2069"' });
    await alert.waitFor();
    expect(plain(await alert.textContent())).toContain('הקובץ אינו חוברת Excel בתבנית xlsx');
    expect(plain(await alert.textContent())).toContain('התכנית הפתוחה לא שונתה');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await figure('עלות כוללת')).toBe('4,309,500 ₪');
    expect(await figure('שירותים בתמהיל')).toBe('16');
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'ביטול פעולה' }).isDisabled()).toBe(true);
    await page.getByText('כל השינויים נשמרו').waitFor();
    expect((await readFile(join(session.workspace, 'broken.xlsx'))).equals(bytes)).toBe(true);
  });
});

describe('importing a services table from another department', () => {
  it('reads a windows-1255 CSV, suggests the columns, lists the unreadable row, adds the rest, and undoes it', async () => {
    await writeFile(join(session.workspace, 'שירותים מהמחלקה.csv'), departmentTable);
    await importFrom('ייבוא טבלת שירותים…', 'שירותים מהמחלקה.csv');

    const dialog = page.getByRole('dialog', { name: 'ייבוא שירותים מ-"\u2068שירותים מהמחלקה.csv\u2069"' });
    await dialog.waitFor();
    const mapping = dialog.getByRole('group', { name: 'התאמת עמודות לשדות' });
    const field = (name: string) => mapping.getByRole('combobox', { name, exact: true });
    expect(await chosen(field('שירות'))).toBe('שם השירות');
    expect(await chosen(field('משתתפים'))).toBe('מספר משתתפים');
    expect(await chosen(field('עלות שנתית כוללת'))).toBe('עלות שנתית');
    expect(await chosen(field('עלות ליחידה'))).toBe('(לא לייבא)');

    await dialog.getByRole('heading', { name: 'יתווספו 2 שירותים' }).waitFor();
    const rows = dialog.getByRole('table').getByRole('row');
    expect((await rows.allTextContents()).slice(1).map(plain)).toEqual(['חוג ציורשירות קבוע2012,000 ₪', 'הליכה בפארקשירות קבוע154,500 ₪']);
    const skipped = dialog.getByRole('region', { name: 'שורות שלא ייובאו (1)' }).getByRole('listitem');
    expect((await skipped.allTextContents()).map(plain)).toEqual(['גיליון "שירותים מהמחלקה", שורה 3, עמודה "מספר משתתפים": "עשרים" אינו מספר. השורה לא יובאה.']);

    await dialog.getByRole('button', { name: 'ייבוא 2 שירותים' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '2 שירותים נוספו מ-"\u2068שירותים מהמחלקה.csv\u2069"' }).waitFor();
    await expectFigure('שירותים בתמהיל', '18');
    await expectFigure('עלות כוללת', '4,326,000 ₪');

    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת משאבים נדרשים/ }).click();
    await page.getByRole('gridcell', { name: 'חוג ציור', exact: true }).waitFor();
    expect(await page.getByRole('gridcell', { name: 'הליכה בפארק', exact: true }).count()).toBe(1);
    expect(await page.getByRole('gridcell', { name: 'סדנת זיכרון', exact: true }).count()).toBe(0);

    await page.getByRole('toolbar').getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('gridcell', { name: 'חוג ציור', exact: true }).waitFor({ state: 'detached' });
    expect(await page.getByRole('gridcell', { name: 'הליכה בפארק', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'פרטי התכנית' }).click();
    await expectFigure('שירותים בתמהיל', '16');
    await expectFigure('עלות כוללת', '4,309,500 ₪');
  });
});

describe('a spreadsheet job the user stops', () => {
  it('shows an accessible progress bar and a cancel button, and cancelling leaves the plan unchanged', async () => {
    await workbookEditedInExcel('נערך באקסל.xlsx');
    // The job runs in a worker; holding the worker's script keeps the job at its start, so the
    // progress dialog is on screen for as long as the test needs, and the cancel comes first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await page.route(/workbook-worker/, async (route) => {
      if (++requests === 1) {
        await held;
        await route.abort().catch(() => undefined);
      } else await route.continue();
    });

    await importFrom('ייבוא מאקסל…', 'נערך באקסל.xlsx');
    const progress = page.getByRole('dialog', { name: 'קוראים את "\u2068נערך באקסל.xlsx\u2069"' });
    await progress.getByRole('progressbar', { name: 'מתחילים…' }).waitFor();
    await expect.poll(() => requests).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await progress.getByRole('button', { name: 'ביטול' }).click();
    await progress.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'הפעולה בוטלה. שום דבר לא נכתב ולא שונה.' }).waitFor();
    release();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await figure('עלות כוללת')).toBe('4,309,500 ₪');
    expect(await figure('התקציב המיועד לקהילה')).toBe('5,000,000 ₪');

    // Nothing is left stuck: the same import runs to its preview afterwards.
    await importFrom('ייבוא מאקסל…', 'נערך באקסל.xlsx');
    await page.getByRole('dialog', { name: 'ייבוא "\u2068נערך באקסל.xlsx\u2069": מה ישתנה' }).waitFor();
  });
});

describe('the import dialogs pass the axe scan with no serious or critical violation', () => {
  it('the preview of a workbook import', async () => {
    await workbookEditedInExcel('נערך באקסל.xlsx');
    await importFrom('ייבוא מאקסל…', 'נערך באקסל.xlsx');
    await page.getByRole('dialog', { name: 'ייבוא "\u2068נערך באקסל.xlsx\u2069": מה ישתנה' }).getByRole('button', { name: 'עדכון התכנית הפתוחה' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the services-table import, with a row it cannot read', async () => {
    await writeFile(join(session.workspace, 'שירותים מהמחלקה.csv'), departmentTable);
    await importFrom('ייבוא טבלת שירותים…', 'שירותים מהמחלקה.csv');
    await page.getByRole('dialog', { name: 'ייבוא שירותים מ-"\u2068שירותים מהמחלקה.csv\u2069"' }).getByRole('button', { name: 'ייבוא 2 שירותים' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

