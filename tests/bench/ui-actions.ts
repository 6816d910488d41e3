/**
 * The user's actions the UI benchmark times, each done as a user does it (controls found by role
 * and accessible name) and timed in the page from the input to the frame that shows its result.
 */
import type { ElementHandle, Locator, Page } from 'playwright-core';
import type { CellEdit } from './ui-plans.ts';
import {
  armedTiming,
  armEditorEcho,
  armGridCellShown,
  armModelDrawn,
  armTextChange,
  armTextShown,
  longestTaskAfter,
  type Trigger,
} from './ui-page-probe.ts';

/** The budget grid's participants column (0 is the service's name). */
const participantsColumn = 3;
/** After an edit, the recovery copy is written ~0.8 s later: its work must be inside the window. */
const afterEditWindowMs = 2_000;
/** Far above any target: past it the result is not coming. */
const shortTimeoutMs = 60_000;
const longTimeoutMs = 180_000;
/**
 * Two clicks on one cell within 500 ms are a double-click to the grid, which opens the cell's
 * editor (a paste then goes into the editor as text): a click that selects a cell comes after
 * a pause longer than that.
 */
const doubleClickWindowMs = 600;
const onClick: Trigger = { event: 'click' };
const onKeydown: Trigger = { event: 'keydown' };
const enterKey: Trigger = { event: 'keydown', key: 'Enter' };

export type EditTiming = { enterMs: number; echoMs: number[]; echoWorkMs: number[]; longestTaskMs: number };

const stations = (page: Page) => page.getByRole('navigation', { name: 'ניווט בתכנית' });
const totalFigure = (page: Page) => page.getByRole('region', { name: 'תקציב השירותים' }).getByRole('definition').first();
const findingsPanel = (page: Page) => page.getByRole('region', { name: /^ממצאי בדיקה/ });
const cellEditor = (page: Page) => page.getByRole('textbox', { name: 'עריכת התא הנבחר בטבלת התקציב' });

/** A service's cell in the given grid column, found by role in the row that holds its name. */
function cellOf(page: Page, serviceName: string, column: number): Locator {
  const row = page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: serviceName, exact: true }) });
  return row.getByRole('gridcell').nth(column);
}

async function selectCell(page: Page, cell: Locator): Promise<void> {
  await page.waitForTimeout(doubleClickWindowMs);
  await cell.click();
}

async function handles(...locators: Locator[]): Promise<ElementHandle<HTMLElement | SVGElement>[]> {
  return Promise.all(
    locators.map(async (locator) => {
      const handle = await locator.elementHandle();
      if (!handle) throw new Error(`nothing on screen for ${String(locator)}`);
      return handle;
    }),
  );
}

/** Arms a text-change watch on `locators`, acts, and returns how long until the change was painted. */
async function timeChange(page: Page, locators: Locator[], trigger: Trigger, what: string, act: () => Promise<void>) {
  const elements = await handles(...locators);
  await page.evaluate(armTextChange, { elements, trigger, what, timeoutMs: shortTimeoutMs });
  await act();
  try {
    return await armedTiming(page);
  } finally {
    await Promise.all(elements.map((element) => element.dispose()));
  }
}

/** Opens a plan of the workspace through the Open dialog: from the click on it to the frame that shows it open. */
export async function openPlan(page: Page, fileName: string): Promise<number> {
  await page.getByRole('button', { name: 'פתיחה', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'פתיחת תכנית' });
  const stem = fileName.replace(/\.tamhil$/, '');
  const planButton = dialog.getByRole('region', { name: 'תכניות בתיקיית העבודה' }).getByRole('button', { name: new RegExp(stem) });
  await planButton.waitFor();
  const elements = await handles(page.getByRole('banner'));
  await page.evaluate(armTextShown, { elements, text: fileName, trigger: onClick, what: `${fileName} open`, timeoutMs: longTimeoutMs });
  await planButton.click();
  const { milliseconds } = await armedTiming(page);
  await elements[0]!.dispose();
  await dialog.waitFor({ state: 'detached' });
  return milliseconds;
}

/** Station 4 from the station list: from the click to the frame that shows the grid with its first service. */
export async function openBudget(page: Page, firstServiceName: string): Promise<number> {
  await page.evaluate(armGridCellShown, { text: firstServiceName, trigger: onClick, what: 'the budget grid', timeoutMs: longTimeoutMs });
  await stations(page).getByRole('button', { name: /הערכת משאבים נדרשים/ }).click();
  return (await armedTiming(page)).milliseconds;
}

/** The logic model from the station list: from the click to the frame that shows its boxes laid out. */
export async function drawLogicModel(page: Page, timeoutMs: number): Promise<number> {
  await page.evaluate(armModelDrawn, { canvasName: 'תרשים המודל הלוגי', trigger: onClick, what: 'the logic model drawn', timeoutMs });
  await stations(page).getByRole('button', { name: 'מודל לוגי' }).click();
  return (await armedTiming(page)).milliseconds;
}

/** One character typed into the focused editor, timed until its echo is painted and until its input event was handled. */
export async function typeTimed(page: Page, character: string) {
  await page.evaluate(armEditorEcho, { trigger: onKeydown, what: `the echo of "${character}"`, timeoutMs: shortTimeoutMs });
  await page.keyboard.press(character);
  return armedTiming(page);
}

/**
 * One edit as a user types it: double-click the cell, clear it, type the text (each keystroke's
 * echo timed), Enter (timed until both the totals card and the findings panel changed), then the
 * longest task in the two seconds after Enter, which hold the recovery copy's write.
 */
export async function editCell(page: Page, edit: CellEdit): Promise<EditTiming> {
  await cellOf(page, edit.serviceName, participantsColumn).dblclick();
  const editor = cellEditor(page);
  await editor.fill('');
  const echoMs: number[] = [];
  const echoWorkMs: number[] = [];
  for (const character of edit.text) {
    const echo = await typeTimed(page, character);
    echoMs.push(echo.milliseconds);
    if (echo.workMilliseconds !== undefined) echoWorkMs.push(echo.workMilliseconds);
  }
  const enter = await timeChange(page, [totalFigure(page), findingsPanel(page)], enterKey, 'the totals card and findings after Enter', () =>
    page.keyboard.press('Enter'),
  );
  const longestTaskMs = await longestTaskAfter(page, enter.start, afterEditWindowMs);
  return { enterMs: enter.milliseconds, echoMs, echoWorkMs, longestTaskMs };
}

/**
 * Saves the open plan, which has unsaved changes, with the toolbar's Save: from the click to the
 * title saying every change is saved, so the version recorded, the file written and the answer.
 */
export async function savePlan(page: Page): Promise<number> {
  const state = await page.getByText('יש שינויים שלא נשמרו', { exact: true }).elementHandle();
  if (!state) throw new Error('the plan has no unsaved changes to save');
  const text = 'כל השינויים נשמרו';
  await page.evaluate(armTextShown, { elements: [state], text, trigger: onClick, what: `the title's "${text}"`, timeoutMs: longTimeoutMs });
  await page.getByRole('button', { name: 'שמירה', exact: true }).click();
  const { milliseconds } = await armedTiming(page);
  await state.dispose();
  return milliseconds;
}

/** Exports the open plan to `<name>.xlsx` in the workspace: from the click on Save to the notice that it is written. */
export async function exportWorkbook(page: Page, name: string): Promise<number> {
  const disclosure = page.getByRole('toolbar').getByRole('button', { name: 'ייבוא וייצוא' });
  await disclosure.click();
  await page.getByRole('group', { name: 'ייבוא וייצוא' }).getByRole('button', { name: 'ייצוא לאקסל…' }).click();
  const dialog = page.getByRole('dialog', { name: 'ייצוא התכנית לחוברת אקסל' });
  await dialog.getByLabel('שם הקובץ').fill(name);
  const elements = await page.getByRole('status').elementHandles();
  const text = `הקובץ נשמר: \u2068${name}.xlsx\u2069`;
  await page.evaluate(armTextShown, { elements, text, trigger: onClick, what: `the notice "${text}"`, timeoutMs: longTimeoutMs });
  await dialog.getByRole('button', { name: 'שמירה בתיקיית העבודה' }).click();
  const { milliseconds } = await armedTiming(page);
  await Promise.all(elements.map((element) => element.dispose()));
  return milliseconds;
}

/**
 * A column of participants pasted over every row from the first service's cell, as a user pastes
 * a column copied from a spreadsheet: the text on the clipboard, the cell selected, Ctrl+V.
 * Timed from the V's keydown to the totals changed.
 */
export async function pasteParticipants(page: Page, firstServiceName: string, block: string): Promise<number> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await selectCell(page, cellOf(page, firstServiceName, participantsColumn));
  const pasted = await timeChange(page, [totalFigure(page)], { event: 'keydown', key: 'v' }, 'the totals after a paste', () => page.keyboard.press('Control+KeyV'));
  return pasted.milliseconds;
}

/**
 * The first service's participants set to `value`, then filled down the whole column: the cell
 * selected, the selection stretched to the column's end (Ctrl+Shift+Down) and filled with the
 * cell's value (Ctrl+Enter). The fill handle's double-click fills only empty cells below, as in
 * Excel, and every service has participants. Timed from Ctrl+Enter to the totals changed.
 */
export async function fillParticipants(page: Page, firstServiceName: string, value: string): Promise<number> {
  const cell = cellOf(page, firstServiceName, participantsColumn);
  await timeChange(page, [totalFigure(page)], enterKey, 'the totals after the fill source is typed', async () => {
    await cell.dblclick();
    await cellEditor(page).fill(value);
    await page.keyboard.press('Enter');
  });
  await selectCell(page, cell);
  await page.keyboard.press('Control+Shift+ArrowDown');
  const fill = await timeChange(page, [totalFigure(page)], enterKey, 'the totals after a fill down', () => page.keyboard.press('Control+Enter'));
  return fill.milliseconds;
}

/** Sorts the services by total cost with the budget's sort controls: from the click to the grid's first row redrawn. */
export async function sortByTotal(page: Page, direction: 'ascending' | 'descending'): Promise<number> {
  await page.getByLabel('מיון לפי').selectOption({ label: 'עלות כוללת' });
  const firstName = page.getByRole('row').filter({ has: page.getByRole('gridcell') }).first().getByRole('gridcell').first();
  const button = page.getByRole('button', { name: direction === 'ascending' ? 'מיון עולה' : 'מיון יורד' });
  const sorted = await timeChange(page, [firstName], onClick, `the grid sorted ${direction}`, () => button.click());
  return sorted.milliseconds;
}

/** What the page shows that could explain a step that never finished: its alerts and open dialogs. */
export async function whatIsOnScreen(page: Page): Promise<string> {
  const texts = async (role: 'alert' | 'dialog') => (await page.getByRole(role).allTextContents()).map((text) => text.trim().slice(0, 160)).filter((text) => text !== '');
  const [alerts, dialogs] = await Promise.all([texts('alert'), texts('dialog')]).catch(() => [[], []]);
  return [...alerts.map((text) => `alert "${text}"`), ...dialogs.map((text) => `dialog "${text}"`)].join('; ') || 'no alert or dialog on screen';
}
