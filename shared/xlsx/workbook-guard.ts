import { excelLastColumn, excelLastRow } from '../formulas/tokenizer.ts';
import JSZip from 'jszip';
import type { WorkbookProblem } from './workbook-problem.ts';
import { decodeZipName, defaultZipLimits, inspectZip, normaliseEntryName, type ZipLimits } from './zip-directory.ts';

/*
 * The one gate every untrusted .xlsx passes before exceljs sees it. exceljs has no limits of its
 * own: it inflates whatever the zip holds, and it makes one object per cell of a merged range,
 * a data validation and a defined name, and one per column of a <col> span — a single
 * `A1:XFD1048576` is 17 billion cells and takes the window down. Importing values needs none of
 * these, so they are cut out of the XML here, and the zip exceljs loads is the one this gate
 * rebuilt from bytes it has inflated and counted itself.
 */

export type WorkbookLimits = ZipLimits & {
  /** Cells (`<c>` elements) in all the worksheets together. */
  maxCells: number;
  /** `<row>` elements in all the worksheets together, empty ones included. */
  maxRows: number;
  /** Entries in the shared-strings table. */
  maxStrings: number;
};

/**
 * Measured here, exceljs 4.4.0 loads a million cells (100,000 rows by 10) in about 12 s and
 * keeps some 330 MB for them. Two million is twice the largest table we expect and about as
 * much as a worker should be asked to hold.
 */
export const maxWorkbookCells = 2_000_000;

/**
 * exceljs makes an object for every `<row>`, even an empty one: a million empty rows took 9 s
 * and 430 MB here, and they fit in 20 MB of XML that shrinks only 15-fold. Excel's own sheet
 * holds 1,048,576 rows; no import of ours needs more across the whole workbook.
 */
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
  /** The zip entry holding its cells; null for a chart sheet or a sheet whose part is missing. */
  part: string | null;
  cells: number;
  /** 1-based; 0 when the sheet has no cells. */
  lastRow: number;
  lastColumn: number;
};

export type GuardedWorkbook = { ok: true; bytes: Uint8Array; sheets: SheetSummary[] } | { ok: false; problem: WorkbookProblem };

/** Elements that exceljs expands per cell (or per column) of their range; values never need them. */
const worksheetElementsRemoved = ['mergeCells', 'dataValidations', 'conditionalFormatting', 'extLst', 'dimension', 'cols'];
const workbookElementsRemoved = ['definedNames'];

/** exceljs's own test for a worksheet part is this unanchored pattern; anything it matches is cleaned. */
const exceljsWorksheetPattern = /xl\/worksheets\/sheet(\d+)[.]xml/;
const worksheetFolderPattern = /^xl\/worksheets\/[^/]+\.xml$/;
const parts = {
  workbook: 'xl/workbook.xml',
  workbookRelationships: 'xl/_rels/workbook.xml.rels',
  sharedStrings: 'xl/sharedStrings.xml',
} as const;

const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipMagic = [0x50, 0x4b];

const fail = (problem: WorkbookProblem): GuardedWorkbook => ({ ok: false, problem });
const damaged = (detail: string): GuardedWorkbook => fail({ code: 'damaged', detail });

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>, at = 0): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let index = 0; index < prefix.length; index++) if (bytes[at + index] !== prefix[index]) return false;
  return true;
}

function indexOfSequence(bytes: Uint8Array, sequence: Uint8Array, from: number): number {
  const first = sequence[0]!;
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (at + sequence.length > bytes.length) return -1;
    let index = 1;
    while (index < sequence.length && bytes[at + index] === sequence[index]) index++;
    if (index === sequence.length) return at;
  }
  return -1;
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));
const utf16le = (text: string): Uint8Array => Uint8Array.from([...ascii(text)].flatMap((byte) => [byte, 0]));

/**
 * Office wraps a password-protected workbook in a compound file with an `EncryptedPackage`
 * stream; an old .xls is a compound file too but has none. Directory names are UTF-16LE, so a
 * byte search finds the stream without parsing the compound file's sector chains.
 */
function compoundFileProblem(bytes: Uint8Array): WorkbookProblem {
  return indexOfSequence(bytes, utf16le('EncryptedPackage'), 0) >= 0 ? { code: 'encrypted' } : { code: 'old-format' };
}

// ————— XML scanning over bytes —————
// Markup is ASCII in UTF-8, so the parts are scanned as bytes: no decoding of hundreds of
// megabytes into strings, and cutting an element is slicing an array. Comments, CDATA and
// processing instructions are skipped as an XML parser skips them, so nothing can be hidden
// from this scan that exceljs's parser would see.

const byte = { lt: 0x3c, gt: 0x3e, slash: 0x2f, bang: 0x21, question: 0x3f, colon: 0x3a, equals: 0x3d, quote: 0x22, apostrophe: 0x27 } as const;
const commentOpen = ascii('<!--');
const commentClose = ascii('-->');
const cdataOpen = ascii('<![CDATA[');
const cdataClose = ascii(']]>');
const instructionClose = ascii('?>');

const isSpace = (value: number | undefined) => value === 0x20 || value === 0x09 || value === 0x0a || value === 0x0d;
const endsName = (value: number | undefined) => value === undefined || isSpace(value) || value === byte.slash || value === byte.gt;

/** An opening (or empty) tag whose local name is one the caller watches; [start, end) spans `<` to `>`. */
type XmlTag = { name: string; start: number; end: number };

type Names = { text: string; bytes: Uint8Array }[];
const namesOf = (names: readonly string[]): Names => names.map((text) => ({ text, bytes: ascii(text) }));

/** The name at [local, end) if it is one of `names`. */
function matchName(xml: Uint8Array, local: number, end: number, names: Names): string | null {
  const length = end - local;
  for (const name of names) {
    if (name.bytes.length !== length) continue;
    let index = 0;
    while (index < length && xml[local + index] === name.bytes[index]) index++;
    if (index === length) return name.text;
  }
  return null;
}

/**
 * The next `<` from `from`, or -1. A plain loop: TypedArray#indexOf costs a runtime call each
 * time, which for the millions of short hops between tags in a large sheet is most of the scan.
 */
function nextTag(xml: Uint8Array, from: number): number {
  for (let at = from; at < xml.length; at++) if (xml[at] === byte.lt) return at;
  return -1;
}

function concatenate(pieces: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    result.set(piece, offset);
    offset += piece.length;
  }
  return result;
}

type ScanResult = { ok: true; xml: Uint8Array } | { ok: false; detail: string };

/** Where a comment, CDATA section or processing instruction at `at` ends (after its close), or why it cannot be skipped. */
function skipSpecial(xml: Uint8Array, at: number): number | string {
  if (startsWith(xml, commentOpen, at)) {
    const close = indexOfSequence(xml, commentClose, at + commentOpen.length);
    return close < 0 ? 'a comment that never ends' : close + commentClose.length;
  }
  if (startsWith(xml, cdataOpen, at)) {
    const close = indexOfSequence(xml, cdataClose, at + cdataOpen.length);
    return close < 0 ? 'a CDATA section that never ends' : close + cdataClose.length;
  }
  if (xml[at + 1] === byte.question) {
    const close = indexOfSequence(xml, instructionClose, at + 2);
    return close < 0 ? 'a processing instruction that never ends' : close + instructionClose.length;
  }
  // A document type declaration can define entities that expand without bound; Office never writes one.
  return 'a document type declaration';
}

/**
 * Walks every tag once: elements named in `remove` are cut out with all they contain (nested
 * ones of the same name included), and each opening tag named in `watch` outside them is
 * reported. Names are compared without their prefix. Returns the input itself when nothing was cut.
 */
function scanXml(xml: Uint8Array, remove: readonly string[], watch: readonly string[], onTag: (tag: XmlTag) => void): ScanResult {
  const removable = namesOf(remove);
  const watched = namesOf(watch);
  const length = xml.length;
  const pieces: Uint8Array[] = [];
  let copiedUpTo = 0;
  let removing: { name: string; start: number; depth: number } | null = null;
  for (let at = nextTag(xml, 0); at >= 0; ) {
    const next = xml[at + 1];
    if (next === byte.bang || next === byte.question) {
      const after = skipSpecial(xml, at);
      if (typeof after === 'string') return { ok: false, detail: after };
      at = nextTag(xml, after);
      continue;
    }
    const closing = next === byte.slash;
    const nameStart = at + (closing ? 2 : 1);
    let position = nameStart;
    let local = nameStart;
    for (let value = xml[position]; position < length; value = xml[++position]) {
      if (value === byte.colon) local = position + 1;
      else if (value === 0x20 || value === 0x09 || value === 0x0a || value === 0x0d || value === byte.slash || value === byte.gt) break;
    }
    const nameEnd = position;
    if (nameEnd === nameStart) return { ok: false, detail: 'a tag without a name' };
    // Find the tag's end; `>` may stand inside a quoted attribute value.
    while (position < length) {
      const value = xml[position];
      if (value === byte.gt) break;
      if (value === byte.quote || value === byte.apostrophe) {
        position++;
        while (position < length && xml[position] !== value) position++;
        if (position >= length) return { ok: false, detail: 'an attribute value that never ends' };
      } else if (value === byte.lt) {
        return { ok: false, detail: 'a tag that never ends' };
      }
      position++;
    }
    if (position >= length) return { ok: false, detail: 'a tag that never ends' };
    const end = position + 1;
    const empty = !closing && xml[position - 1] === byte.slash;

    if (removing) {
      if (matchName(xml, local, nameEnd, removable) === removing.name) {
        if (closing) removing.depth--;
        else if (!empty) removing.depth++;
        if (removing.depth === 0) {
          pieces.push(xml.subarray(copiedUpTo, removing.start));
          copiedUpTo = end;
          removing = null;
        }
      }
    } else if (!closing) {
      const removed = matchName(xml, local, nameEnd, removable);
      if (removed && empty) {
        pieces.push(xml.subarray(copiedUpTo, at));
        copiedUpTo = end;
      } else if (removed) {
        removing = { name: removed, start: at, depth: 1 };
      } else if (watched.length > 0) {
        const name = matchName(xml, local, nameEnd, watched);
        if (name) onTag({ name, start: at, end });
      }
    }
    at = nextTag(xml, end);
  }
  if (removing) return { ok: false, detail: `<${removing.name}> is never closed` };
  if (pieces.length === 0) return { ok: true, xml };
  pieces.push(xml.subarray(copiedUpTo));
  return { ok: true, xml: concatenate(pieces) };
}

/** True when [start, end) holds exactly `wanted`. */
function bytesEqual(xml: Uint8Array, start: number, end: number, wanted: Uint8Array): boolean {
  if (end - start !== wanted.length) return false;
  for (let index = 0; index < wanted.length; index++) if (xml[start + index] !== wanted[index]) return false;
  return true;
}

/**
 * The value of one attribute of a tag as [start, end) offsets, or null. `name` matches exactly;
 * with `prefixed`, it matches the local name of a prefixed attribute (`r:id` for `id`).
 */
function attributeRange(xml: Uint8Array, tag: XmlTag, wanted: Uint8Array, prefixed = false): [number, number] | null {
  let position = tag.start + 1;
  while (!endsName(xml[position])) position++;
  while (position < tag.end) {
    while (isSpace(xml[position])) position++;
    const nameStart = position;
    let localStart = nameStart;
    for (let value = xml[position]; position < tag.end; value = xml[++position]) {
      if (value === byte.colon) localStart = position + 1;
      else if (value === byte.equals || value === byte.slash || value === byte.gt || isSpace(value)) break;
    }
    const nameEnd = position;
    if (nameEnd === nameStart) return null;
    while (isSpace(xml[position])) position++;
    if (xml[position] !== byte.equals) return null;
    position++;
    while (isSpace(xml[position])) position++;
    const quote = xml[position];
    if (quote !== byte.quote && quote !== byte.apostrophe) return null;
    const valueStart = position + 1;
    position = valueStart;
    while (position < tag.end && xml[position] !== quote) position++;
    if (position >= tag.end) return null;
    const valueEnd = position++;
    const found = prefixed ? localStart > nameStart && bytesEqual(xml, localStart, nameEnd, wanted) : bytesEqual(xml, nameStart, nameEnd, wanted);
    if (found) return [valueStart, valueEnd];
  }
  return null;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Attribute text as the XML parser will hand it to exceljs (sheet names may hold `&amp;`). */
function attributeText(xml: Uint8Array, tag: XmlTag, name: string, prefixed = false): string | null {
  const range = attributeRange(xml, tag, ascii(name), prefixed);
  if (!range) return null;
  return decodeZipName(xml.subarray(range[0], range[1])).replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return entities[entity] ?? whole;
    const code = entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    // fromCodePoint throws past U+10FFFF; a name is not worth failing the import for.
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** `AB12` read straight from bytes; null when the reference is not plain letters then digits. */
function cellReference(xml: Uint8Array, range: [number, number]): { row: number; column: number } | null {
  let position = range[0];
  let column = 0;
  while (position < range[1]) {
    const value = xml[position]! | 0x20; // lower case
    if (value < 0x61 || value > 0x7a) break;
    column = column * 26 + (value - 0x60);
    position++;
  }
  let row = 0;
  const digitsStart = position;
  while (position < range[1] && xml[position]! >= 0x30 && xml[position]! <= 0x39) row = row * 10 + (xml[position++]! - 0x30);
  if (column === 0 || position === digitsStart || position !== range[1]) return null;
  return { row, column };
}

/** A positive whole number written in decimal, or null. */
function decimal(xml: Uint8Array, range: [number, number]): number | null {
  let value = 0;
  for (let position = range[0]; position < range[1]; position++) {
    const digit = xml[position]! - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return range[1] > range[0] && value > 0 ? value : null;
}

type SheetCount = { cells: number; rows: number; lastRow: number; lastColumn: number };
const referenceAttribute = ascii('r');

type CleanedSheet = { ok: true; xml: Uint8Array; count: SheetCount } | { ok: false; detail: string };

/** Cleans one worksheet part and counts its rows and cells; a cell without `r` follows the previous one, as in Excel. */
function cleanWorksheet(xml: Uint8Array): CleanedSheet {
  const count: SheetCount = { cells: 0, rows: 0, lastRow: 0, lastColumn: 0 };
  let row = 0;
  let column = 0;
  const result = scanXml(xml, worksheetElementsRemoved, ['row', 'c'], (tag) => {
    const range = attributeRange(xml, tag, referenceAttribute);
    if (tag.name === 'row') {
      row = (range && decimal(xml, range)) ?? row + 1;
      column = 0;
      count.rows++;
      return;
    }
    const reference = range ? cellReference(xml, range) : null;
    if (reference) ({ row, column } = reference);
    else column++;
    count.cells++;
    count.lastRow = Math.max(count.lastRow, row);
    count.lastColumn = Math.max(count.lastColumn, column);
  });
  return result.ok ? { ...result, count } : result;
}

type ListedSheet = { name: string; relationship: string | null };

/** Resolves a relationship target against xl/, the folder of the workbook part. */
function resolveTarget(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

type StreamHelper = {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (error: Error) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
};

/**
 * Inflates one entry into a buffer of its declared size and stops at the first chunk past it:
 * a directory that declares 1 KB for a stream of 1 GB costs one chunk, not a gigabyte.
 * `internalStream` is jszip's documented streaming API, missing only from its type definitions.
 */
function inflateWithin(file: JSZip.JSZipObject, declaredSize: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; detail: string }> {
  return new Promise((resolve) => {
    const bytes = new Uint8Array(declaredSize);
    let filled = 0;
    let settled = false;
    const settle = (result: { ok: true; bytes: Uint8Array } | { ok: false; detail: string }) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const stream = (file as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (settled) return;
        if (filled + chunk.length > declaredSize) {
          stream.pause();
          settle({ ok: false, detail: `"${file.name}" holds more than the ${declaredSize} bytes it declares` });
          return;
        }
        bytes.set(chunk, filled);
        filled += chunk.length;
      })
      .on('error', (error) =>
        // jszip checks the length itself at the end of the stream, before our own 'end' listener runs.
        settle({
          ok: false,
          detail: /size mismatch/.test(error.message) ? `"${file.name}" holds fewer bytes than it declares` : `"${file.name}" cannot be inflated: ${error.message}`,
        }),
      )
      .on('end', () =>
        settle(filled === declaredSize ? { ok: true, bytes } : { ok: false, detail: `"${file.name}" holds fewer bytes than it declares` }),
      )
      .resume();
  });
}

/** Office writes XML parts in UTF-8; a UTF-16 part would slip past a byte scan, and exceljs cannot read one anyway. */
function isUtf16(xml: Uint8Array): boolean {
  return startsWith(xml, [0xff, 0xfe]) || startsWith(xml, [0xfe, 0xff]) || (xml.length > 1 && (xml[0] === 0 || xml[1] === 0));
}

/**
 * Checks an untrusted workbook and returns a copy exceljs can load without running out of
 * memory: the zip's directory is checked before anything is inflated, every entry is held to
 * its declared size while inflating, range-expanding elements are cut from the sheets and the
 * workbook, and cells are counted. The copy is stored without compression, so exceljs inflates
 * nothing and every byte it reads has been through this function.
 */
export async function guardWorkbook(bytes: Uint8Array, limits: Partial<WorkbookLimits> = {}): Promise<GuardedWorkbook> {
  const limit: WorkbookLimits = { ...defaultWorkbookLimits, ...limits };
  if (startsWith(bytes, compoundFileMagic)) return fail(compoundFileProblem(bytes));
  if (!startsWith(bytes, zipMagic)) return fail({ code: 'not-a-zip' });
  const inspection = inspectZip(bytes, limit);
  if (!inspection.ok) return inspection;

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, {
      checkCRC32: false, // true would inflate every entry here, before any size is enforced
      decodeFileName: (name) => decodeZipName(name instanceof Uint8Array ? name : Uint8Array.from(name, (character) => character.charCodeAt(0))),
    });
  } catch (error) {
    return damaged(error instanceof Error ? error.message : String(error));
  }
  if (Object.keys(zip.files).length !== inspection.entries.length) return damaged('jszip and the directory disagree on the entries');

  const output: { file: JSZip.JSZipObject; bytes: Uint8Array }[] = [];
  const counts = new Map<string, SheetCount>();
  let workbookXml: Uint8Array | null = null;
  let relationshipsXml: Uint8Array | null = null;
  let strings = 0;
  for (const entry of inspection.entries) {
    const file = zip.files[entry.name];
    if (!file) return damaged(`jszip does not see "${entry.name}"`);
    if (file.dir) continue; // exceljs skips folders; leaving them out keeps it that way
    const inflated = await inflateWithin(file, entry.uncompressedSize);
    if (!inflated.ok) return damaged(inflated.detail);
    let content = inflated.bytes;
    const name = normaliseEntryName(entry.name);
    const isWorksheet = exceljsWorksheetPattern.test(name) || worksheetFolderPattern.test(name);
    const isXmlWeRead = isWorksheet || name === parts.workbook || name === parts.sharedStrings || name === parts.workbookRelationships;
    if (isXmlWeRead && isUtf16(content)) return damaged(`"${name}" is not UTF-8`);
    if (isWorksheet) {
      const cleaned = cleanWorksheet(content);
      if (!cleaned.ok) return damaged(`"${name}" has ${cleaned.detail}`);
      content = cleaned.xml;
      counts.set(name, cleaned.count);
    } else if (name === parts.workbook) {
      const cleaned = scanXml(content, workbookElementsRemoved, [], () => {});
      if (!cleaned.ok) return damaged(`"${name}" has ${cleaned.detail}`);
      content = workbookXml = cleaned.xml;
    } else if (name === parts.workbookRelationships) {
      relationshipsXml = content;
    } else if (name === parts.sharedStrings) {
      const scanned = scanXml(content, [], ['si'], () => strings++);
      if (!scanned.ok) return damaged(`"${name}" has ${scanned.detail}`);
    }
    output.push({ file, bytes: content });
  }

  const sheets = summariseSheets(workbookXml, relationshipsXml, counts);
  if (typeof sheets === 'string') return damaged(sheets);
  const totalCells = [...counts.values()].reduce((sum, count) => sum + count.cells, 0);
  if (totalCells > limit.maxCells) {
    // Parts no sheet lists are still parsed by exceljs, so they count; they are named by path.
    const [largest] = [...counts.entries()].sort((a, b) => b[1].cells - a[1].cells);
    const sheet = largest ? (sheets.find((summary) => summary.part === largest[0])?.name ?? largest[0]) : null;
    return fail({ code: 'too-many-cells', sheet, cells: totalCells, limit: limit.maxCells });
  }
  const totalRows = [...counts.values()].reduce((sum, count) => sum + count.rows, 0);
  if (totalRows > limit.maxRows) return fail({ code: 'too-many-rows', limit: limit.maxRows });
  if (strings > limit.maxStrings) return fail({ code: 'too-many-strings', strings, limit: limit.maxStrings });
  // A cell past Excel's last row or column is no workbook Excel wrote, and readers walk rows up to the last one.
  const outside = [...counts.values()].find((count) => count.lastRow > excelLastRow || count.lastColumn > excelLastColumn);
  if (outside) return damaged(`a cell at row ${outside.lastRow}, column ${outside.lastColumn} is past Excel's last row or column`);
  if (sheets.length === 0 || sheets.every((sheet) => sheet.part === null)) return fail({ code: 'no-sheet' });

  const rebuilt = new JSZip();
  for (const { file, bytes: content } of output) rebuilt.file(file.name, content, { binary: true, date: file.date });
  const guarded = await rebuilt.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { ok: true, bytes: guarded, sheets };
}

/** The sheets xl/workbook.xml lists, each joined to its part through the workbook's relationships. */
function summariseSheets(workbookXml: Uint8Array | null, relationshipsXml: Uint8Array | null, counts: ReadonlyMap<string, SheetCount>): SheetSummary[] | string {
  if (!workbookXml) return [];
  const listed: ListedSheet[] = [];
  const workbookScan = scanXml(workbookXml, [], ['sheet'], (tag) => {
    listed.push({ name: attributeText(workbookXml, tag, 'name') ?? '', relationship: attributeText(workbookXml, tag, 'id', true) });
  });
  if (!workbookScan.ok) return `"${parts.workbook}" has ${workbookScan.detail}`;
  if (listed.length === 0) return [];
  if (!relationshipsXml) return `"${parts.workbookRelationships}" is missing`;
  const targets = new Map<string, string>();
  const relationshipsScan = scanXml(relationshipsXml, [], ['Relationship'], (tag) => {
    const id = attributeText(relationshipsXml, tag, 'Id');
    const target = attributeText(relationshipsXml, tag, 'Target');
    if (id !== null && target !== null && attributeText(relationshipsXml, tag, 'TargetMode') !== 'External') targets.set(id, resolveTarget(target));
  });
  if (!relationshipsScan.ok) return `"${parts.workbookRelationships}" has ${relationshipsScan.detail}`;
  return listed.map(({ name, relationship }) => {
    const target = relationship === null ? undefined : targets.get(relationship);
    const count = target === undefined ? undefined : counts.get(target);
    return { name, part: count ? target! : null, cells: count?.cells ?? 0, lastRow: count?.lastRow ?? 0, lastColumn: count?.lastColumn ?? 0 };
  });
}
