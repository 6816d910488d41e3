import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allStations } from '@shared/stations/all-stations.ts';
import { repositoryRoot } from '../helpers/samples.ts';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';
import { typeDate } from './support/date-field.ts';
import { sessionOnSample } from './support/station-session.ts';

/** The screens a desk team works in, each reached from the navigation by its name. */
const screens: { name: string; nav: RegExp; heading: string }[] = [
  { name: 'details', nav: /^פרטי התכנית$/, heading: 'פרטי התכנית' },
  ...allStations.map((station) => ({ name: `station-${station.number}`, nav: new RegExp(station.name.he), heading: station.name.he })),
  { name: 'logic-model', nav: /^מודל לוגי$/, heading: 'מודל לוגי' },
  { name: 'cluster', nav: /^השוואה באשכול$/, heading: 'השוואת תכניות באשכול' },
  { name: 'review', nav: /^בדיקה ואישור$/, heading: 'בדיקה ואישור' },
];

/** The municipal laptop (also at 125% zoom, which leaves it 1093×614 CSS pixels), a common office screen and a large one. */
const sizes = [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** Screenshots are kept for people to look at: test-results/screens/NAME-WIDTHxHEIGHT-WHERE.png. */
const shots = join(repositoryRoot, 'test-results', 'screens');

/**
 * Elements that stick or float (position sticky or fixed) and overlap the header: each such
 * overlap hides the title or the toolbar. The header itself, its own parts, dialogs, the notices
 * in their corner and the drop overlay are not counted.
 */
async function stuckOverHeader(page: Page): Promise<string[]> {
  const banner = await page.getByRole('banner').elementHandle();
  return page.evaluate((topbar) => {
    if (!topbar) return ['no header'];
    const bar = topbar.getBoundingClientRect();
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (topbar.contains(element) || element.closest('dialog, [role="alert"], [role="status"], [aria-hidden="true"]')) continue;
      const { position } = getComputedStyle(element);
      if (position !== 'sticky' && position !== 'fixed') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const overlaps = box.top < bar.bottom - 1 && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
      if (overlaps) found.push(`${element.tagName.toLowerCase()}.${element.className} at ${Math.round(box.top)}–${Math.round(box.bottom)} (header ends at ${Math.round(bar.bottom)})`);
    }
    return found;
  }, banner);
}

/** The toolbar's buttons all lie inside the window, none cut or pushed off. */
function toolbarOutOfReach(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="toolbar"] button')]
      .filter((button) => {
        const box = button.getBoundingClientRect();
        return box.left < 0 || box.right > window.innerWidth || box.top < 0 || box.bottom > window.innerHeight;
      })
      .map((button) => button.textContent ?? ''),
  );
}

describe.each(sizes)('every screen at $width×$height', ({ width, height }) => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await AppSession.start();
    page = await session.open();
    await page.setViewportSize({ width, height });
    await page.getByLabel('רשות מקומית').waitFor();
  });
  afterAll(async () => session?.stop());

  for (const screen of screens) {
    it(`${screen.name}: opens at its top, nothing covers the header, the toolbar is in reach, axe finds nothing serious`, async () => {
      // Deep in the previous screen first, as a user is after working there.
      await page.mouse.wheel(0, 5_000);
      await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: screen.nav }).click();
      await page.getByRole('heading', { name: screen.heading, level: 1 }).waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.screenshot({ path: join(shots, `${screen.name}-${width}x${height}-top.png`) });
      expect(await toolbarOutOfReach(page)).toEqual([]);
      expect(await stuckOverHeader(page)).toEqual([]);
      for (const share of [0.5, 1]) {
        await page.evaluate((share) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * share), share);
        await page.waitForTimeout(100);
        expect(await stuckOverHeader(page)).toEqual([]);
      }
      await page.screenshot({ path: join(shots, `${screen.name}-${width}x${height}-bottom.png`) });
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it('moves back and forward between the screens as pages', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    await page.getByRole('heading', { name: 'הערכת המצב המצוי', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /תרגום ליישום/ }).click();
    await page.getByRole('heading', { name: 'תרגום ליישום', level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'הערכת המצב המצוי', level: 1 }).waitFor();
    expect(page.url()).toContain('#station/current-state');
    await page.goForward();
    await page.getByRole('heading', { name: 'תרגום ליישום', level: 1 }).waitFor();
  });

  it('jumps within a long station from its table of contents, and back to its top', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    const contents = page.getByRole('navigation', { name: 'בתחנה זו' });
    await contents.getByRole('button', { name: /מרשם הצרכים/ }).click();
    const needs = page.getByRole('heading', { name: /מרשם הצרכים/ }).first();
    await expect.poll(async () => (await needs.boundingBox())?.y ?? -1).toBeGreaterThan(0);
    expect((await needs.boundingBox())!.y).toBeLessThan(height / 2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1_000);
    await page.getByRole('button', { name: 'חזרה לראש התחנה' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
  });
});

describe('a new plan', () => {
  const opened = sessionOnSample({ width: 1366, height: 768 });

  it('cannot be submitted or marked ready while empty, and the refusal leads to each missing place', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'תכנית חדשה' }).click();
    await page.getByLabel('רשות מקומית').waitFor();
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: 'בדיקה ואישור' }).click();
    const submit = page.getByRole('button', { name: 'הגשה לבדיקה' });
    expect(await submit.isDisabled()).toBe(true);
    // The button names its reasons: the list of what is missing.
    const reasonsOf = async () => page.locator(`[id="${await submit.getAttribute('aria-describedby')}"]`);
    const reasons = await reasonsOf();
    const missing = await reasons.getByRole('listitem').allTextContents();
    expect(missing.map((text) => text.split(':')[0])).toEqual([
      'פרטי התכנית מולאו',
      'כל תחנה הושלמה, או סומנה כלא נדרשת עם נימוק',
      'נבחרו שירותים לתמהיל',
      'לכל מדד ערך בסיס ויעד',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await reasons.getByRole('button', { name: 'תרגום ליישום' }).click();
    await page.getByRole('heading', { name: 'תרגום ליישום', level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'בדיקה ואישור', level: 1 }).waitFor();
    await (await reasonsOf()).getByRole('button', { name: 'שם הרשות' }).click();
    await page.getByLabel('רשות מקומית').waitFor();
  });
});

describe('the sample plan over its community budget', () => {
  const opened = sessionOnSample();

  it('turns the total and the budget meter to the error state at once, with the amount over', async () => {
    const { page } = opened;
    await page.getByLabel('התקציב המיועד לקהילה (₪)').fill('4000000');
    const budgetMeter = page.getByRole('meter', { name: /עלות השירותים/ });
    await expect.poll(() => budgetMeter.getAttribute('aria-valuetext')).toMatch(/^חריגה של \S*309,500\s\S*₪ מהתקציב$/);
    const figures = page.getByRole('region', { name: 'התמהיל במספרים' });
    const terms = await figures.getByRole('term').allTextContents();
    const values = await figures.getByRole('definition').allTextContents();
    expect(values[terms.indexOf('עלות כוללת')]).toContain('חריגה של');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('dates', () => {
  const opened = sessionOnSample();

  it('are typed and read day / month / year, and stored as ISO dates', async () => {
    const { page, session } = opened;
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת המצב המצוי/ }).click();
    const date = page.getByRole('group', { name: 'תאריך', exact: true }).first();
    await date.scrollIntoViewIfNeeded();
    await typeDate(date, '10/02/2027');
    await expect.poll(async () => (await date.textContent())?.replace(/[\u2066-\u2069\u200e\u200f]/g, '')).toBe('10.02.2027');
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
    const saved = JSON.parse(await readFile(join(session.workspace, 'givat-hadkalim-2027.tamhil'), 'utf8')) as { needs: { date: string | null }[] };
    expect(saved.needs.map((need) => need.date)).toContain('2027-02-10');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => (await page.getByRole('group', { name: 'Date', exact: true }).first().textContent())?.replace(/[\u2066-\u2069\u200e\u200f]/g, '')).toBe('10/02/2027');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
