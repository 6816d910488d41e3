import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from '../helpers/plan-builders.ts';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';

const club = 'מועדון חברתי לוותיקים';

/** Text as read, without the direction marks Intl puts around Hebrew amounts and with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();

/** A neighbour's plan for 2027 with the 65-74 and 75+ of the plan year. */
function neighbour(authority: string, aged65to74: number, aged75Plus: number, services: Plan['services']): string {
  return serializePlan(
    buildPlan({
      id: `plan-${authority}`,
      details: { authority, communityBudget: 100_000, cluster: 'אשכול העמק', illustrative: true },
      population: {
        ...buildPlan().population,
        years: [{ year: 2027, kind: 'forecast', counts: [{ bandId: '55-64', count: 900 }, { bandId: '65-74', count: aged65to74 }, { bandId: '75+', count: aged75Plus }] }],
      },
      services,
    }),
  );
}

/**
 * Worked out by hand:
 *   אלון: the club 10 × 48 weeks × ₪20 = ₪9,600 and painting 12 × 30 sessions × ₪15 = ₪5,400;
 *         ₪15,000 over 3,000 aged 65+ = ₪5 a senior.
 *   ברוש: the club 20 × 48 × ₪30 = ₪28,800 and a self-developed ₪30,000 (30% of ₪100,000, over
 *         the 20% limit); ₪58,800 over 1,500 = ₪39.20.
 *   גפן:  the club 15 × 48 × ₪25 = ₪18,000 and a phone line 100 × 12 months × ₪10 = ₪12,000;
 *         ₪30,000 over 4,000 = ₪7.50.
 * The club's weekly unit costs ₪20, ₪30, ₪25: median ₪25.
 */
async function writeCluster(folder: string): Promise<void> {
  await mkdir(folder);
  await writeFile(
    join(folder, 'alon.tamhil'),
    neighbour('אלון', 2_000, 1_000, [
      buildService({ id: 'a1', name: club, participants: 10, frequency: { unit: 'week', perYear: 48 }, unitCost: 20 }),
      buildService({ id: 'a2', name: 'חוג ציור', participants: 12, frequency: { unit: 'session', perYear: 30 }, unitCost: 15, description: 'חוג ציור שבועי במתנ"ס' }),
    ]),
  );
  await writeFile(
    join(folder, 'brosh.tamhil'),
    neighbour('ברוש', 1_000, 500, [
      buildService({ id: 'b1', name: `${club} ברוש`, participants: 20, frequency: { unit: 'week', perYear: 48 }, unitCost: 30 }),
      buildService({ id: 'b2', name: 'גינה קהילתית', kind: 'self-developed', participants: 1, unitCost: 30_000 }),
    ]),
  );
  await writeFile(
    join(folder, 'gefen.tamhil'),
    neighbour('גפן', 2_000, 2_000, [
      buildService({ id: 'g1', name: club, participants: 15, frequency: { unit: 'week', perYear: 48 }, unitCost: 25 }),
      buildService({ id: 'g2', name: 'קו טלפוני יזום', participants: 100, frequency: { unit: 'month', perYear: 12 }, unitCost: 10 }),
    ]),
  );
  await writeFile(join(folder, 'broken.tamhil'), '{"schemaVersion": 2, "id": "cu');
}

describe('the regional cluster view: a coordinator compares a folder of plans and copies a neighbour’s service', () => {
  let session: AppSession;
  let page: Page;
  beforeAll(async () => {
    session = await AppSession.start();
    await writeCluster(join(session.workspace, 'אשכול-העמק'));
    page = await session.open();
    await page.getByLabel('רשות מקומית').waitFor();
  });
  afterAll(async () => session?.stop());

  const table = () => page.getByRole('table', { name: 'התכניות בתיקייה' });
  const authorities = async () => (await table().getByRole('rowheader').allTextContents()).map((text) => text.split('קובץ:')[0]!.trim());

  it('opens the folder from the workspace, lists the unreadable file with its reason, and shows each plan’s figures', async () => {
    await page.getByRole('button', { name: 'פתיחת תיקיית אשכול' }).click();
    await page.getByRole('heading', { name: 'השוואת תכניות באשכול', level: 1 }).waitFor();
    const folders = page.getByRole('region', { name: 'בחירת תיקיית אשכול' });
    expect(plain(await folders.getByRole('button', { name: /תיקיית העבודה/ }).textContent())).toContain('2 קובצי תכנית');
    expect(await seriousViolations(page)).toEqual([]);
    await folders.getByRole('button', { name: /אשכול-העמק/ }).click();
    await table().waitFor();
    expect(await page.getByText('3 תכניות · 1 קבצים שלא נקראו').isVisible()).toBe(true);
    const unreadable = page.getByRole('region', { name: 'קבצים שלא נקראו (1)' });
    expect(await unreadable.textContent()).toContain('אשכול-העמק/broken.tamhil: זה אינו קובץ תכנית של תמהיל: התוכן פגום או שאינו JSON.');

    const brosh = table().getByRole('row', { name: /^ברוש/ });
    const cells = await brosh.getByRole('cell').allTextContents();
    // year, status, 65+, 75+, total, ministry, authority, self-development, per senior, four goals
    expect(cells[0]).toBe('2027');
    expect(cells[1]).toBe('טיוטה');
    expect(cells[2]).toBe('1,500');
    expect(cells[3]).toBe('500');
    expect(cells[4]).toContain('58,800');
    expect(cells[5]).toBe('75%');
    expect(cells[7]).toContain('30% מתוך 20%');
    expect(cells[7]).toContain('חריגה');
    expect(cells[8]).toContain('39.20');
    expect(cells.slice(9)).toEqual(['0', '0', '0', '2']);
    expect(plain(await table().getByRole('row', { name: /^אלון/ }).getByRole('cell').nth(8).textContent())).toBe('5 ₪');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sorts by a column, both ways, and says so to assistive technology', async () => {
    const perSenior = table().getByRole('columnheader', { name: 'עלות לוותיק' });
    await perSenior.getByRole('button').click();
    expect(await perSenior.getAttribute('aria-sort')).toBe('ascending');
    expect(await authorities()).toEqual(['אלון', 'גפן', 'ברוש']);
    await perSenior.getByRole('button').click();
    expect(await perSenior.getAttribute('aria-sort')).toBe('descending');
    expect(await authorities()).toEqual(['ברוש', 'גפן', 'אלון']);
    expect(await table().getByRole('columnheader', { name: 'רשות', exact: true }).getAttribute('aria-sort')).toBeNull();
  });

  it('compares the authorities in charts whose figures are text', async () => {
    const chart = page.getByRole('figure', { name: 'עלות לוותיק (בן 65+) לפי רשות' });
    const bars = await chart.getByRole('listitem').allTextContents();
    expect(bars.map(plain)).toEqual(['ברוש 202739.20 ₪', 'גפן 20277.50 ₪', 'אלון 20275 ₪']);
    expect(await page.getByRole('figure', { name: 'שיעור הפיתוח העצמי מול המגבלה' }).getByRole('listitem').first().textContent()).toContain('ברוש');
  });

  it('shows which services several neighbours run, their unit costs side by side, and copies one into the open plan', async () => {
    const services = page.getByRole('table', { name: 'שירותים באשכול' });
    const rowOf = (kind: string) => services.getByRole('row').filter({ has: page.getByRole('button', { name: `פירוט: ${kind}` }) });
    const clubText = plain(await rowOf(club).textContent());
    expect(clubText).toContain('3 רשויות');
    expect(clubText).toContain('25 ₪ לשבוע (20 ₪–30 ₪, 3 שירותים)');
    expect(clubText).toContain('אפשר להפעיל במשותף');
    await page.getByRole('checkbox', { name: 'רק שירותים ששתי רשויות או יותר מפעילות' }).check();
    expect(await services.getByRole('button', { name: /^פירוט:/ }).count()).toBe(1);
    await page.getByRole('checkbox', { name: 'רק שירותים ששתי רשויות או יותר מפעילות' }).uncheck();

    await services.getByRole('button', { name: 'פירוט: חוג ציור' }).click();
    const entries = page.getByRole('table', { name: 'השירותים מסוג "חוג ציור"' });
    expect(await entries.getByRole('row', { name: /^אלון 2027/ }).textContent()).toContain('5,400');
    expect(await seriousViolations(page)).toEqual([]);

    await entries.getByRole('button', { name: 'העתקה לתכנית שלי: "חוג ציור" של אלון' }).click();
    expect(await page.getByText('השירות "חוג ציור" הועתק מאלון לסוף התכנית').isVisible()).toBe(true);
    await expect.poll(() => rowOf('חוג ציור').getByRole('cell').last().textContent()).toBe('כן');
  });

  it('shows the copy in station 3 marked as copied and in the budget of station 4, and undoes it in one step', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /בניית תמהיל שירותים/ }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByText('הועתק מאלון 2027') }).last();
    await card.waitFor();
    expect(await card.textContent()).toContain('חוג ציור');
    expect(plain(await card.textContent())).toContain('5,400 ₪');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /הערכת משאבים נדרשים/ }).click();
    await page.getByRole('heading', { name: 'הערכת משאבים נדרשים', level: 1 }).waitFor();
    await page.getByRole('gridcell', { name: 'חוג ציור', exact: true }).waitFor();

    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await expect.poll(() => page.getByRole('gridcell', { name: 'חוג ציור', exact: true }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: /בניית תמהיל שירותים/ }).click();
    expect(await page.getByText('הועתק מאלון 2027').count()).toBe(0);
  });
});
