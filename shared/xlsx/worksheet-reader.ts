import { shiftA1Formula } from '../formulas/a1-references.ts';
import type { CellContent } from './cell-content.ts';
import { cellAddress, positiveInteger } from './cell-address.ts';
import type { SheetRow } from './sheet-cells.ts';
import { readStringItem } from './string-item.ts';
import { ascii, attributeRange, attributesStart, attributeText, decodeText, readAttribute, XmlCursor, type XmlAttribute } from './xml-bytes.ts';

/*
 * Reads a worksheet part into rows of cells, in one pass over its bytes: values as the program
 * that saved them stored them (shared strings, inline strings, numbers, dates, booleans), and
 * formulas as text, a shared formula (Excel's fill-down) moved to each cell it fills as Excel
 * moves it. Everything else in the part (merges, validations, formatting) is never looked at,
 * so nothing in it can make the reader expand a range.
 */

export type CellReading = {
  strings: readonly string[];
  /** Style indexes whose number format shows a date: their numbers are dates. */
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
};

const names = {
  row: ascii('row'),
  cell: ascii('c'),
  value: ascii('v'),
  formula: ascii('f'),
  inline: ascii('is'),
  reference: ascii('r'),
  type: ascii('t'),
  style: ascii('s'),
  shared: ascii('si'),
  range: ascii('ref'),
} as const;

/** Days from Excel's day 0 to 1970-01-01, in each date system. */
const unixEpochDay = { 1900: 25_569, 1904: 24_107 } as const;
const dayMilliseconds = 86_400_000;

type SharedFormula = { text: string; row: number; column: number };
type RawCell = { type: string | null; style: number; value: string | null; inline: string | null; formula: string | null };

function cellValue(raw: RawCell, reading: CellReading): CellContent['value'] {
  const { type, value } = raw;
  switch (type) {
    case 's':
      return value === null ? null : (reading.strings[Number(value)] ?? null);
    case 'inlineStr':
      return raw.inline;
    case 'str':
      return value;
    case 'b':
      return value === null ? null : value === '1' || value === 'true';
    case 'e':
      return null;
    case 'd': {
      const date = value === null ? null : new Date(value);
      return date && !Number.isNaN(date.getTime()) ? date : null;
    }
    default: {
      if (value === null || value.trim() === '') return null;
      const number = Number(value);
      if (!Number.isFinite(number)) return null;
      if (!reading.dateStyles.has(raw.style)) return number;
      return new Date(Math.round((number - unixEpochDay[reading.date1904 ? 1904 : 1900]) * dayMilliseconds));
    }
  }
}

export function readWorksheet(xml: Uint8Array, reading: CellReading): SheetRow[] | string {
  const rows = new Map<number, SheetRow>();
  const masters = new Map<string, SharedFormula>();
  const cursor = new XmlCursor(xml);
  const { tag } = cursor;
  let row: SheetRow | null = null;
  let rowNumber = 0;
  let column = 0;

  const attribute: XmlAttribute = { nameStart: 0, local: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

  const readCell = (): string | null => {
    // The cell's reference, style and type in one pass over its attributes (a cell has little else).
    let found: { row: number; column: number } | null = null;
    let style = 0;
    let type: string | null = null;
    for (let at = attributesStart(xml, tag); (at = readAttribute(xml, tag, at, attribute)) >= 0; ) {
      if (attribute.nameEnd - attribute.nameStart !== 1) continue;
      const { valueStart, valueEnd } = attribute;
      const name = xml[attribute.nameStart];
      if (name === names.reference[0]) found = cellAddress(xml, valueStart, valueEnd);
      else if (name === names.style[0]) style = positiveInteger(xml, valueStart, valueEnd) ?? 0;
      else if (name === names.type[0]) type = decodeText(xml, valueStart, valueEnd);
    }
    if (found) {
      if (found.row !== rowNumber || !row) {
        rowNumber = found.row;
        row = rows.get(rowNumber) ?? { number: rowNumber, cells: [] };
        rows.set(rowNumber, row);
      }
      column = found.column;
    } else {
      column++;
    }
    if (tag.empty || !row) return null;
    const raw: RawCell = {
      type,
      style,
      value: null,
      inline: null,
      formula: null,
    };
    for (let at = tag.end; cursor.next(at); at = tag.end) {
      if (tag.closing) {
        if (cursor.is(names.cell)) break;
        continue;
      }
      if (cursor.is(names.value)) {
        raw.value = cursor.text();
      } else if (cursor.is(names.inline)) {
        raw.inline = readStringItem(cursor);
      } else if (cursor.is(names.formula)) {
        const kind = attributeText(xml, tag, names.type);
        const shared = kind === 'shared' ? attributeText(xml, tag, names.shared) : null;
        const hasRange = attributeRange(xml, tag, names.range) !== null;
        const text = cursor.text();
        if (text === null) return cursor.problem;
        if (shared !== null && text !== '' && hasRange) masters.set(shared, { text, row: rowNumber, column });
        const master = shared === null ? undefined : masters.get(shared);
        // A data table's formula belongs to Excel's what-if table, not to the cell.
        if (kind === 'dataTable') raw.formula = null;
        else if (shared !== null) raw.formula = master ? shiftA1Formula(`=${master.text}`, rowNumber - master.row, column - master.column).slice(1) : null;
        else raw.formula = text === '' ? null : text;
      }
      if (cursor.problem) return cursor.problem;
    }
    if (cursor.problem) return cursor.problem;
    row.cells[column - 1] = { value: cellValue(raw, reading), formula: raw.formula };
    return null;
  };

  for (let at = 0; cursor.next(at); at = tag.end) {
    if (tag.closing) continue;
    if (cursor.is(names.row)) {
      const range = attributeRange(xml, tag, names.reference);
      rowNumber = (range && positiveInteger(xml, range[0], range[1])) ?? rowNumber + 1;
      row = rows.get(rowNumber) ?? { number: rowNumber, cells: [] };
      rows.set(rowNumber, row);
      column = 0;
    } else if (cursor.is(names.cell)) {
      const problem = readCell();
      if (problem) return problem;
    }
  }
  if (cursor.problem) return cursor.problem;
  return [...rows.values()].filter((entry) => entry.cells.length > 0).sort((a, b) => a.number - b.number);
}
