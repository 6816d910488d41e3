import { PopulationSchema, type Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { cellFormats } from './cell-formats.ts';
import { contentText } from './cell-content.ts';
import { cellAt, filledCells, rowAt, rowsFrom, type SheetCells, type SheetRow } from './sheet-cells.ts';
import { parseNumberCell } from './parse-cell.ts';
import { notValid, type RowProblem } from './row-problem.ts';
import { headerKey, uniqueId } from './sheet-headers.ts';
import { addPlanSheet, headerStyle } from './plan-sheet.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { idHeader } from './table-sheet.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';
import { translate } from '../i18n/translate.ts';
import type { LabelKey } from '../i18n/message.ts';

type Population = Plan['population'];

export const populationSheetName: LocalizedText = inBothLanguages('workbookSheet.population.sheet');

const headers = {
  band: inBothLanguages('workbookSheet.population.band'),
  fromAge: inBothLanguages('workbookSheet.population.fromAge'),
  toAge: inBothLanguages('workbookSheet.population.toAge'),
  growth: inBothLanguages('workbookSheet.population.growth'),
  source: inBothLanguages('workbookSheet.population.source'),
} satisfies Record<string, LocalizedText>;
const kindKeys = { actual: 'workbookSheet.population.actual', forecast: 'workbookSheet.population.forecast' } as const satisfies Record<'actual' | 'forecast', LabelKey>;

/** Age bands down, years across (one column per year, marked actual or forecast), as demographic tables are read. */
export function writePopulationSheet(workbook: WorkbookDraft, population: Population, language: Language): void {
  const sheet = addPlanSheet(workbook, populationSheetName[language], language, 1);
  sheet.columns = [
    { width: 10, style: { numFmt: cellFormats.text } },
    { width: 14, style: { numFmt: cellFormats.text } },
    { width: 9 },
    { width: 9 },
    { width: 12, style: { numFmt: cellFormats.percent } },
    ...population.years.map(() => ({ width: 15, style: { numFmt: cellFormats.integer } })),
  ];
  sheet.setRow(1, [
    idHeader[language], headers.band[language], headers.fromAge[language], headers.toAge[language], headers.growth[language],
    ...population.years.map((year) => `${year.year} ${translate(language, kindKeys[year.kind])}`),
  ], headerStyle);
  for (const band of population.bands) {
    sheet.addRow([
      band.id, band.label, band.fromAge, band.toAge,
      population.growthRates.find((rate) => rate.bandId === band.id)?.rate ?? null,
      ...population.years.map((year) => year.counts.find((count) => count.bandId === band.id)?.count ?? null),
    ]);
  }
  // The source a row apart, below the bands.
  const sourceRow = sheet.lastRow + 2;
  sheet.setCell(sourceRow, 1, headers.source[language], { font: { bold: true } });
  sheet.setCell(sourceRow, 2, population.source);
}

/**
 * Reads the population back: columns found by their headers (a year column by its year), a
 * band matched by id; a number that cannot be read keeps the previous one and is listed.
 */
export function readPopulationSheet(sheet: SheetCells, previous: Population, language: Language, problems: RowProblem[]): Population {
  const header = rowAt(sheet, 1);
  const fixed = new Map<string, keyof typeof headers | 'id'>([
    ...Object.values(idHeader).map((text) => [headerKey(text), 'id'] as const),
    ...(Object.keys(headers) as (keyof typeof headers)[]).flatMap((key) => Object.values(headers[key]).map((text) => [headerKey(text), key] as const)),
  ]);
  const columns = new Map<string, number>();
  const years: { column: number; year: number; kind: 'actual' | 'forecast' }[] = [];
  for (const [column, cell] of filledCells(header)) {
    const text = contentText(cell);
    const key = fixed.get(headerKey(text));
    if (key !== undefined) {
      if (!columns.has(key)) columns.set(key, column);
      continue;
    }
    const year = /\b(\d{4})\b/.exec(text);
    if (!year) continue;
    const forecast = Object.values(inBothLanguages(kindKeys.forecast)).some((word) => headerKey(text).includes(headerKey(word)));
    years.push({ column, year: Number(year[1]), kind: forecast ? 'forecast' : 'actual' });
  }
  const population: Population = { bands: [], years: years.map(({ year, kind }) => ({ year, kind, counts: [] })), growthRates: [], source: previous.source };
  const taken = new Set(previous.bands.map((band) => band.id));
  const sourceLabels = Object.values(headers.source).map(headerKey);
  const textAt = (row: SheetRow, key: string) => (columns.has(key) ? contentText(cellAt(row, columns.get(key)!)) : null);
  for (const row of rowsFrom(sheet, 2)) {
    const rowNumber = row.number;
    if (sourceLabels.includes(headerKey(contentText(cellAt(row, 1))))) {
      // The source sits beside its label, however many columns were put between them.
      const texts = filledCells(row).flatMap(([column, cell]) => (column > 1 ? [contentText(cell)] : []));
      population.source = texts.find((text) => text.trim() !== '') ?? '';
      continue;
    }
    const typedId = textAt(row, 'id')?.trim() ?? '';
    const label = textAt(row, 'band');
    if (typedId === '' && (label ?? '').trim() === '') continue;
    const id = typedId || uniqueId('band', taken);
    taken.add(id);
    const before = previous.bands.find((band) => band.id === id);
    const number = (column: number | undefined, was: number | null, percent = false): number | null => {
      if (column === undefined) return was;
      const parsed = parseNumberCell(cellAt(row, column), percent);
      if (parsed.ok) return parsed.value as number | null;
      problems.push({ sheet: sheet.name, row: rowNumber, column: contentText(cellAt(header, column)), reason: parsed.reason, outcome: 'kept-previous' });
      return was;
    };
    population.bands.push({
      id,
      label: label ?? before?.label ?? id,
      fromAge: number(columns.get('fromAge'), before?.fromAge ?? null) ?? 0,
      toAge: number(columns.get('toAge'), before?.toAge ?? null),
    });
    const rate = number(columns.get('growth'), previous.growthRates.find((entry) => entry.bandId === id)?.rate ?? null, true);
    if (rate !== null) population.growthRates.push({ bandId: id, rate });
    years.forEach(({ column, year }, index) => {
      const was = previous.years.find((entry) => entry.year === year)?.counts.find((entry) => entry.bandId === id)?.count ?? null;
      const count = number(column, was);
      if (count !== null) population.years[index]!.counts.push({ bandId: id, count });
    });
  }
  const checked = PopulationSchema.safeParse(population);
  if (checked.success) return checked.data;
  problems.push({ sheet: sheet.name, row: 1, column: null, reason: notValid(checked.error.issues[0]!, population, true), outcome: 'kept-previous' });
  return previous;
}
