import type { Plan } from '../model/plan-schema.ts';
import { maximumCount } from '../model/plan-schema.ts';
import { parseTypedNumber } from '../format/parse-number.ts';
import type { RowProblem } from '../xlsx/row-problem.ts';
import type { TableCell } from '../xlsx/table-source.ts';
import { coverage, parseAgeRange, type Coverage } from './age-range.ts';

type Bands = Plan['population']['bands'];

/**
 * How a population table is laid out: a row per year with a column per age band (as most
 * published series are), or a row per age band with a column per year (as Tamhil exports it).
 */
export type PopulationLayout = 'row-per-year' | 'row-per-band';

const yearPattern = /\b(19[5-9]\d|20\d\d|2100)\b/;
const yearOf = (cell: TableCell): number | null => {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1950 && cell <= 2100 ? cell : null;
  const match = cell === null ? null : yearPattern.exec(cell);
  return match ? Number(match[1]) : null;
};

/** The column of years in a row-per-year table: headed "שנה" or "year", else the first whose cells are years. */
export function yearColumnOf(rows: readonly TableCell[][], headerRow: number): number | null {
  const headers = rows[headerRow] ?? [];
  const named = headers.findIndex((cell) => typeof cell === 'string' && /^\s*(שנה|שנת|year)/i.test(cell));
  if (named >= 0) return named;
  const data = rows.slice(headerRow + 1).filter((row) => row.some((cell) => cell !== null && String(cell).trim() !== ''));
  const width = Math.max(0, ...data.map((row) => row.length));
  for (let column = 0; column < width; column++) {
    if (data.length > 0 && data.every((row) => yearOf(row[column] ?? null) !== null)) return column;
  }
  return null;
}

/** The header row is the first of the top rows naming two bands or years; it decides the layout by what it names. */
export function detectLayout(rows: readonly TableCell[][]): { headerRow: number; layout: PopulationLayout } {
  // The header names the bands or the years; a title above it ("population by age, 2025") does not name two.
  const names = (cell: TableCell) => cell !== null && (yearOf(cell) !== null || parseAgeRange(String(cell)) !== null);
  const headerRow = Math.max(0, rows.slice(0, 20).findIndex((row) => row.filter(names).length >= 2));
  const headers = rows[headerRow] ?? [];
  const yearHeaders = headers.filter((cell) => yearOf(cell) !== null).length;
  return { headerRow, layout: yearHeaders >= 2 ? 'row-per-band' : 'row-per-year' };
}

/** The labels of the table's age bands: the header cells that name one (row per year), or the first column's cells (row per band). */
export function sourceBands(rows: readonly TableCell[][], headerRow: number, layout: PopulationLayout): { label: string; index: number }[] {
  if (layout === 'row-per-year') {
    return (rows[headerRow] ?? [])
      .map((cell, index) => ({ label: cell === null ? '' : String(cell).trim(), index }))
      .filter(({ label }) => parseAgeRange(label) !== null);
  }
  return rows
    .slice(headerRow + 1)
    .map((row, offset) => ({ label: String(row.find((cell) => cell !== null && parseAgeRange(String(cell)) !== null) ?? '').trim(), index: headerRow + 1 + offset }))
    .filter(({ label }) => label !== '');
}

export type BandMatch = { bandId: string | null; coverage: Coverage | 'unknown' };

/**
 * Each table band's place among the plan's: the plan band that holds it whole (bands inside
 * one add up: 55-59 and 60-64 make 55-64). A band that straddles two of the plan's (65+ over
 * 65-74 and 75+) cannot be split by Tamhil, so it is left for the team to map or leave out.
 */
export function suggestBandMapping(labels: readonly string[], bands: Bands): Record<string, BandMatch> {
  const matches: Record<string, BandMatch> = {};
  for (const label of labels) {
    const range = parseAgeRange(label);
    if (!range) {
      matches[label] = { bandId: null, coverage: 'unknown' };
      continue;
    }
    const placed = bands.map((band) => ({ band, fit: coverage(range, { from: band.fromAge, to: band.toAge }) }));
    const holder = placed.find(({ fit }) => fit === 'exact') ?? placed.find(({ fit }) => fit === 'inside');
    matches[label] = holder
      ? { bandId: holder.band.id, coverage: holder.fit }
      : { bandId: null, coverage: placed.some(({ fit }) => fit === 'spans') ? 'spans' : 'outside' };
  }
  return matches;
}

/**
 * The plan's bands that the mapped table bands cover only in part (56-64 for 55-64): their sums
 * would count fewer people than the band holds, so the team is told which ages are missing.
 */
export function partlyCoveredBands(mapping: Record<string, string | null>, bands: Bands): { bandId: string; covered: string }[] {
  return bands.flatMap((band) => {
    const ranges = Object.entries(mapping)
      .filter(([, bandId]) => bandId === band.id)
      .map(([label]) => parseAgeRange(label))
      .filter((range): range is NonNullable<typeof range> => range !== null)
      .sort((a, b) => a.from - b.from);
    if (ranges.length === 0) return [];
    let reached = band.fromAge - 1;
    let whole = ranges[0]!.from <= band.fromAge;
    for (const range of ranges) {
      if (range.from > reached + 1) whole = false;
      reached = Math.max(reached, range.to ?? Infinity);
    }
    if (whole && reached >= (band.toAge ?? Infinity)) return [];
    const covered = ranges.map((range) => (range.to === null ? `${range.from}+` : `${range.from}-${range.to}`)).join(', ');
    return [{ bandId: band.id, covered }];
  });
}

export type ImportedYear = { year: number; counts: { bandId: string; count: number }[] };

/**
 * The table's figures summed into the plan's bands by the mapping, year by year. A figure that
 * is not a number is listed and left out of its sum, and so is the year it belongs to.
 */
export function readPopulationTable(
  sheet: { name: string; rows: readonly TableCell[][] },
  headerRow: number,
  layout: PopulationLayout,
  mapping: Record<string, string | null>,
): { years: ImportedYear[]; problems: RowProblem[] } {
  const { rows } = sheet;
  const problems: RowProblem[] = [];
  const bands = sourceBands(rows, headerRow, layout).filter(({ label }) => mapping[label]);
  const entries: { year: number; bandId: string; cell: TableCell; row: number; column: string }[] = [];
  if (layout === 'row-per-year') {
    const headers = rows[headerRow] ?? [];
    const yearColumn = yearColumnOf(rows, headerRow);
    const seen = new Set<number>();
    for (let index = headerRow + 1; index < rows.length; index++) {
      const row = rows[index]!;
      const year = yearColumn === null ? null : yearOf(row[yearColumn] ?? null);
      if (year === null) continue;
      // Rows of one year split by sex or area would add up twice; the first is taken, the rest listed.
      if (seen.has(year)) {
        problems.push({ sheet: sheet.name, row: index + 1, column: null, reason: { code: 'repeated-year', year }, outcome: 'row-skipped' });
        continue;
      }
      seen.add(year);
      for (const band of bands) entries.push({ year, bandId: mapping[band.label]!, cell: row[band.index] ?? null, row: index + 1, column: String(headers[band.index] ?? '') });
    }
  } else {
    const headers = rows[headerRow] ?? [];
    headers.forEach((header, column) => {
      const year = yearOf(header);
      if (year === null) return;
      for (const band of bands) entries.push({ year, bandId: mapping[band.label]!, cell: rows[band.index]![column] ?? null, row: band.index + 1, column: String(header) });
    });
  }
  const sums = new Map<number, Map<string, number>>();
  const broken = new Set<number>();
  for (const entry of entries) {
    const count = typeof entry.cell === 'number' ? entry.cell : entry.cell === null || entry.cell.trim() === '' ? null : parseTypedNumber(entry.cell);
    if (count === null || count < 0 || count > maximumCount) {
      // A missing part of a band would make its sum too small, so the year is left out, not half counted.
      const empty = entry.cell === null || String(entry.cell).trim() === '';
      problems.push({ sheet: sheet.name, row: entry.row, column: entry.column, reason: empty ? { code: 'empty' } : { code: 'not-a-number', text: String(entry.cell) }, outcome: 'row-skipped' });
      broken.add(entry.year);
      continue;
    }
    const year = sums.get(entry.year) ?? new Map<string, number>();
    year.set(entry.bandId, (year.get(entry.bandId) ?? 0) + Math.round(count));
    sums.set(entry.year, year);
  }
  const years = [...sums]
    .filter(([year]) => !broken.has(year))
    .sort(([a], [b]) => a - b)
    .map(([year, counts]) => ({ year, counts: [...counts].map(([bandId, count]) => ({ bandId, count })) }));
  return { years, problems };
}
