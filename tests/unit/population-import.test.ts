import { describe, expect, it } from 'vitest';
import { coverage, parseAgeRange } from '@shared/population/age-range.ts';
import { detectLayout, partlyCoveredBands, readPopulationTable, sourceBands, suggestBandMapping } from '@shared/population/population-import.ts';
import { importPopulationYears } from '@shared/commands/population-commands.ts';
import { readTableSource } from '@shared/xlsx/table-source.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { buildPlan } from '../helpers/population-plan.ts';
import { windows1255 } from '../helpers/windows-1255.ts';


describe('reading age bands as data tables write them', () => {
  it.each([
    ['55-64', { from: 55, to: 64 }],
    ['גילאי 65–74', { from: 65, to: 74 }],
    ['65+', { from: 65, to: null }],
    ['75 ומעלה', { from: 75, to: null }],
    ['85 and over', { from: 85, to: null }],
    ['סה"כ', null],
  ])('%s', (text, range) => expect(parseAgeRange(text)).toEqual(range));

  it('knows when a band fits inside another and when it straddles two', () => {
    expect(coverage({ from: 56, to: 64 }, { from: 55, to: 64 })).toBe('inside');
    expect(coverage({ from: 65, to: null }, { from: 65, to: 74 })).toBe('spans');
    expect(coverage({ from: 75, to: null }, { from: 75, to: null })).toBe('exact');
    expect(coverage({ from: 40, to: 54 }, { from: 55, to: 64 })).toBe('outside');
  });
});

describe('importing population figures whose bands differ from the plan', () => {
  it('reads a windows-1255 CSV, adds bands that fit inside one of the plan, and reports the one that spans two', async () => {
    const csv = [
      'אוכלוסייה לפי גיל, גבעת הדקלים',
      'שנה,56-64,65-69,70-74,65+',
      '2023,5900,2700,2100,"7,950"',
      '2024,5980,2750,2170,8150',
      '2025,6010,2790,x,8300',
    ].join('\r\n');
    const source = await readTableSource(windows1255(csv), 'cbs.csv');
    if (!source.ok) throw new Error(JSON.stringify(source.failure));
    const sheet = source.sheets[0]!;
    const { headerRow, layout } = detectLayout(sheet.rows);
    expect({ headerRow, layout }).toEqual({ headerRow: 1, layout: 'row-per-year' });
    const labels = sourceBands(sheet.rows, headerRow, layout).map((band) => band.label);
    expect(labels).toEqual(['56-64', '65-69', '70-74', '65+']);
    const plan = buildPlan();
    const suggested = suggestBandMapping(labels, plan.population.bands);
    expect(suggested).toEqual({
      '56-64': { bandId: '55-64', coverage: 'inside' },
      '65-69': { bandId: '65-74', coverage: 'inside' },
      '70-74': { bandId: '65-74', coverage: 'inside' },
      '65+': { bandId: null, coverage: 'spans' },
    });
    const mapping = Object.fromEntries(Object.entries(suggested).map(([label, match]) => [label, match.bandId]));
    const { years, problems } = readPopulationTable(sheet, headerRow, layout, mapping);
    // 65-74 adds 65-69 and 70-74: 2,700 + 2,100 = 4,800 in 2023; 2,750 + 2,170 = 4,920 in 2024.
    expect(years).toEqual([
      { year: 2023, counts: [{ bandId: '55-64', count: 5_900 }, { bandId: '65-74', count: 4_800 }] },
      { year: 2024, counts: [{ bandId: '55-64', count: 5_980 }, { bandId: '65-74', count: 4_920 }] },
    ]);
    // 2025 has a figure that is not a number, so the year is left out rather than half counted.
    expect(problems).toEqual([{ sheet: 'cbs', row: 5, column: '70-74', reason: { code: 'not-a-number', text: 'x' }, outcome: 'row-skipped' }]);
    expect(partlyCoveredBands(mapping, plan.population.bands)).toEqual([{ bandId: '55-64', covered: '56-64' }]);
    const imported = importPopulationYears(plan, { years });
    expect(imported.population.years.map((year) => [year.year, year.kind])).toEqual([
      [2023, 'actual'], [2024, 'actual'], [2026, 'actual'], [2028, 'forecast'], [2029, 'forecast'],
    ]);
    // 2024 had 55-64 and 65-74 already; they are replaced, the rest of the year stays.
    expect(imported.population.years[1]!.counts).toEqual([{ bandId: '55-64', count: 5_980 }, { bandId: '65-74', count: 4_920 }]);
    expect(PlanSchema.safeParse(imported).success).toBe(true);
  });

  it("reads a row per band with a column per year, as Tamhil's own workbook has it", () => {
    const rows = [
      ['קבוצת גיל', '2025 בפועל', '2026 בפועל', '2027 תחזית'],
      ['55-64', 6050, 6100, 6150],
      ['75+', 3410, 3600, 3810],
    ];
    const { headerRow, layout } = detectLayout(rows);
    expect(layout).toBe('row-per-band');
    const { years } = readPopulationTable({ name: 'אוכלוסייה', rows }, headerRow, layout, { '55-64': '55-64', '75+': '75+' });
    expect(years.map((year) => [year.year, year.counts])).toEqual([
      [2025, [{ bandId: '55-64', count: 6050 }, { bandId: '75+', count: 3410 }]],
      [2026, [{ bandId: '55-64', count: 6100 }, { bandId: '75+', count: 3600 }]],
      [2027, [{ bandId: '55-64', count: 6150 }, { bandId: '75+', count: 3810 }]],
    ]);
  });
});
