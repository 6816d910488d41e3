import type { z } from 'zod';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { columnLettersFromIndex } from '../formulas/tokenizer.ts';
import { cellFormats, type CellFormat } from './cell-formats.ts';
import { contentText, isoDate, type CellContent } from './cell-content.ts';
import { cellAt, filledCells, rowAt, rowsFrom, type SheetCells, type SheetRow } from './sheet-cells.ts';
import { parseDateCell, parseListCell, parseNumberCell, parseOptionCell, parseTextCell, type ParsedValue, type ParseResult } from './parse-cell.ts';
import { notValid, type RowProblem } from './row-problem.ts';
import { fittedWidth } from './sheet-style.ts';
import { addPlanSheet, headerStyle } from './plan-sheet.ts';
import type { SheetDraft } from './sheet-draft.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { headerKey, uniqueId } from './sheet-headers.ts';
import { jsonCopy } from './json-copy.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';

export type ColumnValue = string | number | null | string[];

/**
 * One column of a table sheet, for writing and reading alike: the same definition decides the
 * header, the format and where the value lives in the plan, so what is exported reads back.
 */
export type TableColumn<Item> = {
  key: string;
  header: LocalizedText;
  format: CellFormat | 'list';
  /** Codes and their labels: a drop-down list in Excel; a label in either language reads back. */
  options?: Record<string, LocalizedText>;
  minWidth?: number;
  value(item: Item): ColumnValue;
  /** Puts a value read from the sheet into a copy of the item; columns without it are shown only. */
  read?(item: Item, value: ParsedValue): void;
};

export type TableSheet<Item extends { id: string }> = {
  name: LocalizedText;
  columns: readonly TableColumn<Item>[];
  /** Rows a new id is made for start with this (need-1, need-2 …). */
  idPrefix: string;
  /** A column whose value ids are unique within (an indicator's outcome), when not the whole sheet. */
  idScope?: keyof Item & string;
  blank(id: string): Item;
  schema: z.ZodType<Item>;
};

/** Rows left open below the data for drop-down lists, so rows the team adds in Excel get them too. */
const spareValidatedRows = 500;
export const idHeader: LocalizedText = inBothLanguages('workbookSheet.id');

export function displayValue<Item>(column: TableColumn<Item>, value: ColumnValue, language: Language): string | number | Date | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(', ');
  if (column.options && typeof value === 'string') return column.options[value]?.[language] ?? value;
  if (column.format === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * Whether a cell still holds what the export wrote for the item: then the item keeps its own
 * value, so what a round trip through a sheet would change (an empty text, an id holding a
 * comma) stays as it was unless the team changed the cell.
 */
export function unchangedCell<Item>(column: TableColumn<Item>, item: Item, content: CellContent, language: Language): boolean {
  if (content.formula !== null) return false;
  const written = displayValue(column, column.value(item), language);
  const writtenText = written === null ? '' : written instanceof Date ? isoDate(written) : String(written);
  return contentText(content) === writtenText;
}

export function addListValidation(sheet: SheetDraft, columnIndex: number, lastRow: number, options: Record<string, LocalizedText>, language: Language): void {
  const letters = columnLettersFromIndex(columnIndex);
  const labels = Object.values(options).map((label) => label[language]);
  sheet.validations.push({
    range: `${letters}2:${letters}${lastRow + spareValidatedRows}`,
    options: labels,
    allowBlank: true,
    error: language === 'he' ? `בחרו אחד הערכים: ${labels.join(', ')}` : `Choose one of: ${labels.join(', ')}`,
  });
}

/** Writes one table: a frozen header row, one row per item, formats, widths and drop-down lists. */
export function writeTable<Item extends { id: string }>(
  workbook: WorkbookDraft,
  table: TableSheet<Item>,
  items: readonly Item[],
  language: Language,
): SheetDraft {
  const sheet = addPlanSheet(workbook, table.name[language], language, 1);
  const shown = items.map((item) => table.columns.map((column) => displayValue(column, column.value(item), language)));
  sheet.columns = table.columns.map((column, index) => ({
    width: fittedWidth(
      [column.header[language], ...shown.map((row) => (typeof row[index] === 'string' ? (row[index] as string) : ''))],
      column.minWidth ?? 10,
      60,
    ),
    style: { numFmt: cellFormats[column.format === 'list' ? 'text' : column.format] },
  }));
  sheet.setRow(1, table.columns.map((column) => column.header[language]), headerStyle);
  for (const row of shown) sheet.addRow(row);
  table.columns.forEach((column, index) => {
    if (column.options) addListValidation(sheet, index, items.length + 1, column.options, language);
  });
  return sheet;
}

export function parseColumnCell<Item>(column: TableColumn<Item>, content: CellContent, language: Language): ParseResult {
  if (column.options) return parseOptionCell(content, column.options, language);
  switch (column.format) {
    case 'integer':
    case 'number':
    case 'money':
      return parseNumberCell(content);
    case 'percent':
      return parseNumberCell(content, true);
    case 'date':
      return parseDateCell(content);
    case 'list':
      return parseListCell(content);
    default:
      return parseTextCell(content);
  }
}

/** Which sheet column holds each of the table's columns, found by header in either language. */
export function locateColumns<Item>(sheet: SheetCells, columns: readonly TableColumn<Item>[], headerRow = 1): Map<string, number> {
  const byHeader = new Map<string, string>();
  for (const column of columns) for (const text of Object.values(column.header)) byHeader.set(headerKey(text), column.key);
  const located = new Map<string, number>();
  for (const [columnNumber, cell] of filledCells(rowAt(sheet, headerRow))) {
    const key = byHeader.get(headerKey(String(cell.value ?? '')));
    if (key !== undefined && !located.has(key)) located.set(key, columnNumber);
  }
  return located;
}

function isBlankRow(row: SheetRow, columnNumbers: Iterable<number>): boolean {
  for (const columnNumber of columnNumbers) {
    const { value } = cellAt(row, columnNumber);
    if (value !== null && String(value).trim() !== '') return false;
  }
  return true;
}

/**
 * Reads a table sheet back into items. A row whose id the plan knows updates that item (fields
 * the sheet does not show are kept); a row without one is new; a cell that cannot be read keeps
 * the previous value and is listed; a row that ends up invalid is left out and listed.
 */
export function readTable<Item extends { id: string }>(
  sheet: SheetCells,
  table: TableSheet<Item>,
  previous: readonly Item[],
  language: Language,
  problems: RowProblem[],
  /** A check across sheets (an indicator's outcome exists): a reason leaves the row out. */
  refuse: (item: Item) => RowProblem['reason'] | null = () => null,
): Item[] {
  const located = locateColumns(sheet, table.columns);
  // Problems name a column as the sheet heads it, so the team finds it in the workbook they edited.
  const shownHeader = (key: string) => contentText(cellAt(rowAt(sheet, 1), located.get(key)!)).trim();
  const idColumn = located.get('id');
  const keyOf = (scope: unknown, id: string) => (table.idScope ? `${String(scope)}\u0000${id}` : id);
  const byId = new Map(previous.map((item) => [keyOf(table.idScope ? item[table.idScope] : '', item.id), item]));
  const scopeColumn = table.idScope ? located.get(table.idScope) : undefined;
  const used = new Set<string>();
  const items: Item[] = [];
  const taken = new Set(previous.map((item) => item.id));
  for (const row of rowsFrom(sheet, 2)) {
    const rowNumber = row.number;
    if (isBlankRow(row, located.values())) continue;
    const typedId = idColumn === undefined ? '' : contentText(cellAt(row, idColumn)).trim();
    const scope = scopeColumn === undefined ? '' : contentText(cellAt(row, scopeColumn)).trim();
    if (typedId !== '' && used.has(keyOf(scope, typedId))) {
      problems.push({ sheet: sheet.name, row: rowNumber, column: null, reason: { code: 'duplicate-id', id: typedId }, outcome: 'row-skipped' });
      continue;
    }
    const id = typedId !== '' ? typedId : uniqueId(table.idPrefix, taken);
    taken.add(id);
    used.add(keyOf(scope, id));
    const known = byId.get(keyOf(scope, id));
    const item = jsonCopy(known ?? table.blank(id));
    for (const column of table.columns) {
      const columnNumber = located.get(column.key);
      if (!column.read || columnNumber === undefined || column.key === 'id') continue;
      const content = cellAt(row, columnNumber);
      if (known && unchangedCell(column, known, content, language)) continue;
      const parsed = parseColumnCell(column, content, language);
      if (parsed.ok) column.read(item, parsed.value);
      else problems.push({ sheet: sheet.name, row: rowNumber, column: shownHeader(column.key), reason: parsed.reason, outcome: 'kept-previous' });
    }
    const checked = table.schema.safeParse(item);
    const refusal = checked.success ? refuse(checked.data) : null;
    if (refusal) {
      problems.push({ sheet: sheet.name, row: rowNumber, column: null, reason: refusal, outcome: 'row-skipped' });
    } else if (checked.success) {
      items.push(checked.data);
    } else {
      const issue = checked.error.issues[0]!;
      const column = table.columns.find((candidate) => candidate.key === issue.path[0]);
      problems.push({
        sheet: sheet.name,
        row: rowNumber,
        column: column && located.has(column.key) ? shownHeader(column.key) : null,
        reason: notValid(issue, item, !(column && located.has(column.key))),
        outcome: known ? 'kept-previous' : 'row-skipped',
      });
      if (known) items.push(known);
    }
  }
  return items;
}
