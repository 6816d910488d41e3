import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';
import { windows1255 } from '../helpers/windows-1255.ts';


describe('station 1: survey results, and a finding from an item', () => {
  const opened = sessionAtStation(/הערכת המצב המצוי/, 'תוצאות סקרים');
  let page: Page;
  beforeAll(() => {
    page = opened.page;
  });

  it("imports respondents' answers in the questionnaire's own words and shows each item's average, agreement and spread", async () => {
    const answers = [
      'מס משיב,העובדת מתייחסת אלי בכבוד,אני מקבל מידע על זכויותיי',
      '1,כן,בדרך כלל כן',
      '2,כן,בדרך כלל לא',
      '3,בדרך כלל כן,לא',
      '4,כן,',
      '5,כן,7',
      '',
    ].join('\r\n');
    await writeFile(join(opened.session.workspace, 'סקר שביעות רצון.csv'), windows1255(answers));
    await page.getByRole('button', { name: 'ייבוא תוצאות סקר מקובץ…' }).click();
    await page.getByRole('dialog', { name: 'ייבוא תוצאות סקר' }).getByRole('button', { name: /סקר שביעות רצון\.csv/ }).click();
    const dialog = page.getByRole('dialog', { name: 'ייבוא סקר מ-"\u2068סקר שביעות רצון.csv\u2069"' });
    await dialog.getByText('נקראו תשובות של משיבים: 2 פריטים, סולם 1-4.').waitFor();
    expect(await dialog.getByRole('region', { name: 'תשובות שלא נקראו (1)' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'ייבוא 2 פריטים' }).click();
    const results = page.getByRole('figure').filter({ hasText: 'סקר שביעות רצון' }).last();
    // Respect: 4 × "כן" (4) and one "בדרך כלל כן" (3): average 19 ÷ 5 = 3.8, all five agree.
    const respect = results.getByRole('row', { name: /העובדת מתייחסת אלי בכבוד/ });
    expect((await respect.textContent())!.replace(/[\u200e\u200f]/g, '')).toContain('3.8');
    expect(await respect.textContent()).toContain('100%');
    // Rights: 3, 2, 1 (the blank and the 7 are not counted): average 2, one of three agrees.
    const rights = results.getByRole('row', { name: /אני מקבל מידע על זכויותיי/ });
    expect(await rights.getByRole('img').getAttribute('aria-label')).toBe('התפלגות התשובות: 1: 33%, 2: 33%, 3: 33%, 4: 0%');
  });

  it('records a finding from an item and lands on it in the needs register', async () => {
    const results = page.getByRole('figure').filter({ hasText: 'סקר שביעות רצון' }).last();
    await results.getByRole('row', { name: /אני מקבל מידע על זכויותיי/ }).getByRole('button', { name: 'רישום כממצא' }).click();
    const focused = await page.evaluate(() => document.activeElement?.closest('fieldset')?.textContent ?? '');
    expect(focused).toContain('אני מקבל מידע על זכויותיי');
    expect(focused).toContain('ממוצע 2 מתוך 4');
  });
});
