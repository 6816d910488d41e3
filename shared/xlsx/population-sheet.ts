import type { Workbook, Worksheet } from 'exceljs';
import { PopulationSchema, type Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { cellFormats } from './cell-formats.ts';
import { cellContent, contentText } from './cell-content.ts';
import { parseNumberCell } from './parse-cell.ts';
import { notValid, type RowProblem } from './row-problem.ts';
import { headerKey, uniqueId } from './sheet-headers.ts';
import { addPlanSheet, styleHeaderRow } from './sheet-style.ts';
import { idHeader } from './table-sheet.ts';

type Population = Plan['population'];

export const populationSheetName: LocalizedText = { he: 'אוכלוסייה', en: 'Population' };

const headers = {
  band: { he: 'קבוצת גיל', en: 'Age band' },
  fromAge: { he: 'מגיל', en: 'From age' },
  toAge: { he: 'עד גיל', en: 'To age' },
  growth: { he: 'גידול שנתי', en: 'Yearly growth' },
  source: { he: 'מקור הנתונים', en: 'Data source' },
} satisfies Record<string, LocalizedText>;
const kindWords: Record<'actual' | 'forecast', LocalizedText> = { actual: { he: 'בפועל', en: 'actual' }, forecast: { he: 'תחזית', en: 'forecast' } };
const fixedColumns = 5;

/** Age bands down, years across (one column per year, marked actual or forecast), as demographic tables are read. */
export function writePopulationSheet(workbook: Workbook, population: Population, language: Language): Worksheet {
  const sheet = addPlanSheet(workbook, populationSheetName[language], language === 'he', 1);
  sheet.columns = [
    { width: 10, style: { numFmt: cellFormats.text } },
    { width: 14, style: { numFmt: cellFormats.text } },
    { width: 9 },
    { width: 9 },
    { width: 12, style: { numFmt: cellFormats.percent } },
    ...population.years.map(() => ({ width: 15, style: { numFmt: cellFormats.integer } })),
  ];
  sheet.addRow([
    idHeader[language], headers.band[language], headers.fromAge[language], headers.toAge[language], headers.growth[language],
    ...population.years.map((year) => `${year.year} ${kindWords[year.kind][language]}`),
  ]);
  for (const band of population.bands) {
    sheet.addRow([
      band.id, band.label, band.fromAge, band.toAge,
      population.growthRates.find((rate) => rate.bandId === band.id)?.rate ?? null,
      ...population.years.map((year) => year.counts.find((count) => count.bandId === band.id)?.count ?? null),
    ]);
  }
  styleHeaderRow(sheet, 1);
  const sourceRow = sheet.addRow([]).number + 1;
  sheet.getCell(`A${sourceRow}`).value = headers.source[language];
  sheet.getCell(`A${sourceRow}`).font = { bold: true };
  sheet.getCell(`B${sourceRow}`).value = population.source;
  return sheet;
}

export function readPopulationSheet(sheet: Worksheet, previous: Population, language: Language, problems: RowProblem[]): Population {
  const header = sheet.getRow(1);
  const years: { column: number; year: number; kind: 'actual' | 'forecast' }[] = [];
  header.eachCell((cell, column) => {
    if (column <= fixedColumns) return;
    const text = contentText(cellContent(cell));
    const year = /\b(\d{4})\b/.exec(text);
    if (!year) return;
    const forecast = Object.values(kindWords.forecast).some((word) => headerKey(text).includes(headerKey(word)));
    years.push({ column, year: Number(year[1]), kind: forecast ? 'forecast' : 'actual' });
  });
  const population: Population = { bands: [], years: years.map(({ year, kind }) => ({ year, kind, counts: [] })), growthRates: [], source: previous.source };
  const taken = new Set(previous.bands.map((band) => band.id));
  const sourceLabels = Object.values(headers.source).map(headerKey);
  const number = (rowNumber: number, column: number) => {
    const parsed = parseNumberCell(cellContent(sheet.getRow(rowNumber).getCell(column)), column === 5);
    if (parsed.ok) return parsed.value as number | null;
    problems.push({ sheet: sheet.name, row: rowNumber, column: contentText(cellContent(header.getCell(column))), reason: parsed.reason, outcome: 'cell-ignored' });
    return null;
  };
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const first = contentText(cellContent(row.getCell(1))).trim();
    if (sourceLabels.includes(headerKey(first))) {
      population.source = contentText(cellContent(row.getCell(2)));
      continue;
    }
    const label = contentText(cellContent(row.getCell(2))).trim();
    if (first === '' && label === '') continue;
    const id = first || uniqueId('band', taken);
    taken.add(id);
    const fromAge = number(rowNumber, 3);
    const band = { id, label: label || id, fromAge: fromAge ?? 0, toAge: number(rowNumber, 4) };
    population.bands.push(band);
    const rate = number(rowNumber, 5);
    if (rate !== null) population.growthRates.push({ bandId: id, rate });
    years.forEach(({ column }, index) => {
      const count = number(rowNumber, column);
      if (count !== null) population.years[index]!.counts.push({ bandId: id, count });
    });
  }
  const checked = PopulationSchema.safeParse(population);
  if (checked.success) return checked.data;
  problems.push({ sheet: sheet.name, row: 1, column: null, reason: notValid(checked.error.issues[0]!, population, true), outcome: 'kept-previous' });
  return previous;
}
