import { excelLastColumn, excelLastRow } from '../formulas/tokenizer.ts';
import { inflate } from './compression.ts';
import { cellAddress, positiveInteger } from './cell-address.ts';
import type { WorkbookProblem } from './workbook-problem.ts';
import { readWorkbookPart, workbookPartName, workbookRelationshipsName, type SheetState, type WorkbookPart } from './workbook-part.ts';
import { ascii, attributeRange, startsWith, indexOfSequence, XmlCursor } from './xml-bytes.ts';
import { defaultZipLimits, inspectZip, normaliseEntryName, type ZipEntry, type ZipLimits } from './zip-directory.ts';

/*
 * The one gate every untrusted .xlsx passes before its cells are read. The zip's directory is
 * checked before anything is inflated, each part is held to its declared size while inflating,
 * and the parts the reader will walk are counted (rows, cells, shared strings) against limits,
 * so the reader never builds more than a worker can hold. Only the parts the reader reads are
 * inflated: pictures, charts and everything else are never touched.
 */

export type WorkbookLimits = ZipLimits & {
  /** Cells (`<c>` elements) in all the worksheets together. */
  maxCells: number;
  /** `<row>` elements in all the worksheets together, empty ones included. */
  maxRows: number;
  /** Entries in the shared-strings table. */
  maxStrings: number;
};

/** Twice the largest table we expect, and about as much as a worker should be asked to hold as cells. */
export const maxWorkbookCells = 2_000_000;

/** Excel's own sheet holds 1,048,576 rows; no import of ours needs more across the whole workbook. */
export const maxWorkbookRows = 1_048_576;

export const defaultWorkbookLimits: WorkbookLimits = {
  ...defaultZipLimits,
  maxCells: maxWorkbookCells,
  maxRows: maxWorkbookRows,
  // Excel keeps only the texts its cells use, so there are never more than cells.
  maxStrings: maxWorkbookCells,
};

export type SheetSummary = {
  /** As listed in xl/workbook.xml, in workbook order. */
  name: string;
  state: SheetState;
  /** The zip entry holding its cells; null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
  cells: number;
  /** 1-based; 0 when the sheet has no cells. */
  lastRow: number;
  lastColumn: number;
};

/** The parts a reader needs, inflated and counted, by entry name. */
export type GuardedWorkbook =
  | { ok: true; parts: ReadonlyMap<string, Uint8Array>; sheets: SheetSummary[]; workbook: WorkbookPart }
  | { ok: false; problem: WorkbookProblem };

const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipMagic = [0x50, 0x4b];

const fail = (problem: WorkbookProblem): GuardedWorkbook => ({ ok: false, problem });
const damaged = (detail: string): GuardedWorkbook => fail({ code: 'damaged', detail });

const utf16le = (text: string): Uint8Array => Uint8Array.from([...ascii(text)].flatMap((value) => [value, 0]));

/**
 * Office wraps a password-protected workbook in a compound file with an `EncryptedPackage`
 * stream; an old .xls is a compound file too but has none. Directory names are UTF-16LE, so a
 * byte search finds the stream without parsing the compound file's sector chains.
 */
function compoundFileProblem(bytes: Uint8Array): WorkbookProblem {
  return indexOfSequence(bytes, utf16le('EncryptedPackage'), 0) >= 0 ? { code: 'encrypted' } : { code: 'old-format' };
}

/** Office writes XML parts in UTF-8; a UTF-16 part would slip past a byte scan. */
function isUtf16(xml: Uint8Array): boolean {
  return startsWith(xml, [0xff, 0xfe]) || startsWith(xml, [0xfe, 0xff]) || (xml.length > 1 && (xml[0] === 0 || xml[1] === 0));
}

const tagNames = { row: ascii('row'), cell: ascii('c'), reference: ascii('r'), stringItem: ascii('si') } as const;

type SheetCount = { cells: number; rows: number; lastRow: number; lastColumn: number };

/** Walks every tag of a part, and finds it cut short when an element is left open at its end. */
function walkTags(xml: Uint8Array, onOpen: (cursor: XmlCursor) => void): string | null {
  const cursor = new XmlCursor(xml);
  let depth = 0;
  for (let at = 0; cursor.next(at); at = cursor.tag.end) {
    if (cursor.tag.closing) depth--;
    else {
      if (!cursor.tag.empty) depth++;
      onOpen(cursor);
    }
  }
  return cursor.problem ?? (depth === 0 ? null : 'an element that is never closed');
}

/** Counts a worksheet's rows and cells; a cell without `r` follows the previous one, as in Excel. */
function countWorksheet(xml: Uint8Array): SheetCount | string {
  const count: SheetCount = { cells: 0, rows: 0, lastRow: 0, lastColumn: 0 };
  let row = 0;
  let column = 0;
  const problem = walkTags(xml, (cursor) => {
    const { tag } = cursor;
    if (cursor.is(tagNames.cell)) {
      const range = attributeRange(xml, tag, tagNames.reference);
      const address = range ? cellAddress(xml, range[0], range[1]) : null;
      if (address) ({ row, column } = address);
      else column++;
      count.cells++;
      if (row > count.lastRow) count.lastRow = row;
      if (column > count.lastColumn) count.lastColumn = column;
    } else if (cursor.is(tagNames.row)) {
      const range = attributeRange(xml, tag, tagNames.reference);
      row = (range && positiveInteger(xml, range[0], range[1])) ?? row + 1;
      column = 0;
      count.rows++;
    }
  });
  return problem ?? count;
}

function countStrings(xml: Uint8Array): number | string {
  let strings = 0;
  const problem = walkTags(xml, (cursor) => {
    if (cursor.is(tagNames.stringItem)) strings++;
  });
  return problem ?? strings;
}

/** Inflates one entry, held to its declared size: a directory that declares 1 KB for a stream of 1 GB costs one chunk. */
async function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; detail: string }> {
  const stored = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return { ok: true, bytes: stored };
  const inflated = await inflate(stored, entry.uncompressedSize);
  if (inflated.ok) return inflated;
  const detail = {
    longer: `"${entry.name}" holds more than the ${entry.uncompressedSize} bytes it declares`,
    shorter: `"${entry.name}" holds fewer bytes than it declares`,
    corrupt: `"${entry.name}" cannot be inflated`,
  }[inflated.detail];
  return { ok: false, detail };
}

/**
 * Checks an untrusted workbook and inflates the parts its cells are read from: the zip's
 * directory first (sizes, ratios, encryption), then each part within its declared size, then
 * the counts of rows, cells and strings against the limits and Excel's own bounds.
 */
export async function guardWorkbook(bytes: Uint8Array, limits: Partial<WorkbookLimits> = {}): Promise<GuardedWorkbook> {
  const limit: WorkbookLimits = { ...defaultWorkbookLimits, ...limits };
  if (startsWith(bytes, compoundFileMagic)) return fail(compoundFileProblem(bytes));
  if (!startsWith(bytes, zipMagic)) return fail({ code: 'not-a-zip' });
  const inspection = inspectZip(bytes, limit);
  if (!inspection.ok) return inspection;
  const entries = new Map(inspection.entries.map((entry) => [normaliseEntryName(entry.name), entry]));

  const parts = new Map<string, Uint8Array>();
  /** A part's bytes, null when the zip has no such entry, or why it cannot be read. */
  const read = async (name: string): Promise<Uint8Array | null | string> => {
    const entry = entries.get(name);
    if (!entry) return null;
    const inflated = await inflateEntry(bytes, entry);
    if (!inflated.ok) return inflated.detail;
    if (isUtf16(inflated.bytes)) return `"${name}" is not UTF-8`;
    parts.set(name, inflated.bytes);
    return inflated.bytes;
  };

  const workbookXml = await read(workbookPartName);
  if (typeof workbookXml === 'string') return damaged(workbookXml);
  if (workbookXml === null) return fail({ code: 'no-sheet' });
  const relationshipsXml = await read(workbookRelationshipsName);
  if (typeof relationshipsXml === 'string') return damaged(relationshipsXml);
  const workbook = readWorkbookPart(workbookXml, relationshipsXml);
  if (typeof workbook === 'string') return damaged(workbook);

  const counts = new Map<string, SheetCount>();
  for (const { part } of workbook.sheets) {
    if (part === null || counts.has(part)) continue;
    const xml = await read(part);
    if (typeof xml === 'string') return damaged(xml);
    if (xml === null) continue;
    const count = countWorksheet(xml);
    if (typeof count === 'string') return damaged(`"${part}" has ${count}`);
    counts.set(part, count);
  }
  let strings = 0;
  if (workbook.sharedStrings !== null) {
    const xml = await read(workbook.sharedStrings);
    if (typeof xml === 'string') return damaged(xml);
    const counted = xml === null ? 0 : countStrings(xml);
    if (typeof counted === 'string') return damaged(`"${workbook.sharedStrings}" has ${counted}`);
    strings = counted;
  }
  if (workbook.styles !== null) {
    const xml = await read(workbook.styles);
    if (typeof xml === 'string') return damaged(xml);
  }

  const sheets: SheetSummary[] = workbook.sheets.map(({ name, state, part }) => {
    const count = part === null ? undefined : counts.get(part);
    return { name, state, part: count ? part : null, cells: count?.cells ?? 0, lastRow: count?.lastRow ?? 0, lastColumn: count?.lastColumn ?? 0 };
  });
  const totalCells = [...counts.values()].reduce((sum, count) => sum + count.cells, 0);
  if (totalCells > limit.maxCells) {
    const largest = sheets.reduce((most, sheet) => (sheet.cells > most.cells ? sheet : most));
    return fail({ code: 'too-many-cells', sheet: largest.name, cells: totalCells, limit: limit.maxCells });
  }
  const totalRows = [...counts.values()].reduce((sum, count) => sum + count.rows, 0);
  if (totalRows > limit.maxRows) return fail({ code: 'too-many-rows', limit: limit.maxRows });
  if (strings > limit.maxStrings) return fail({ code: 'too-many-strings', strings, limit: limit.maxStrings });
  // A cell past Excel's last row or column is no workbook Excel wrote, and readers walk rows up to the last one.
  const outside = [...counts.values()].find((count) => count.lastRow > excelLastRow || count.lastColumn > excelLastColumn);
  if (outside) return damaged(`a cell at row ${outside.lastRow}, column ${outside.lastColumn} is past Excel's last row or column`);
  if (sheets.every((sheet) => sheet.part === null)) return fail({ code: 'no-sheet' });
  return { ok: true, parts, sheets, workbook };
}
