import type { WorkbookProblem } from './workbook-problem.ts';
import { neutraliseForCsv } from './formula-like-text.ts';

/*
 * CSV in and out. In: public Israeli data comes as UTF-8 (with or without a byte-order mark),
 * as UTF-16 from Excel's "Unicode text", or in the old Hebrew code page; and separated by
 * commas, semicolons or tabs. Out: what Excel opens right in Hebrew without asking — UTF-8 with
 * a byte-order mark, commas, CRLF — with formula-like text defused.
 */

/** The shared code has no DOM or Node types; TextDecoder exists in both runtimes (and in workers). */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1255';

export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; problem: WorkbookProblem };

const byteOrderMarks: readonly { encoding: CsvEncoding; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** Strict decoding: a byte sequence the encoding does not define is an error, not a silent U+FFFD. */
function decodeStrictly(bytes: Uint8Array, encoding: CsvEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A byte-order mark decides. Without one, bytes that are valid UTF-8 are UTF-8 (Hebrew in
 * windows-1255 almost never is: its letters are lead bytes without the continuation bytes
 * UTF-8 requires); otherwise windows-1255, a superset of ISO-8859-8 in which Israeli offices
 * and older government systems export. A NUL character means the file is binary, not text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const mark = byteOrderMarks.find(({ bytes: prefix }) => prefix.every((value, index) => bytes[index] === value));
  let decoded: { text: string; encoding: CsvEncoding } | null = null;
  if (mark) {
    const text = decodeStrictly(bytes.subarray(mark.bytes.length), mark.encoding);
    if (text !== null) decoded = { text, encoding: mark.encoding };
  } else {
    for (const encoding of ['utf-8', 'windows-1255'] as const) {
      const text = decodeStrictly(bytes, encoding);
      if (text !== null) {
        decoded = { text, encoding };
        break;
      }
    }
  }
  if (!decoded || decoded.text.includes('\u0000')) return { ok: false, problem: { code: 'unreadable-text' } };
  return { ok: true, ...decoded };
}

export type CsvDelimiter = ',' | ';' | '\t';

export type CsvLimits = { maxRows: number; maxFieldLength: number };

/**
 * Excel itself stops at 1,048,576 rows; a plan's import is a few hundred services, and a
 * ministry list a few tens of thousands of rows. 200,000 rows keep the grid usable; a field of
 * 100,000 characters is far past any real note and usually means a quote that never closed.
 */
export const defaultCsvLimits: CsvLimits = { maxRows: 200_000, maxFieldLength: 100_000 };

export type ParsedCsv = { ok: true; rows: string[][]; delimiter: CsvDelimiter } | { ok: false; problem: WorkbookProblem };

const delimiters: readonly CsvDelimiter[] = [',', ';', '\t'];
const quote = 0x22;
const carriageReturn = 0x0d;
const lineFeed = 0x0a;

/** How many records decide the delimiter, and how much text at most is read for them. */
const sampleRecords = 10;
const sampleLength = 64 * 1024;

/**
 * The delimiter that appears the same number of times on every sampled line (outside quotes)
 * wins, the most frequent first; failing that, the most frequent overall; failing that, comma.
 */
function detectDelimiter(text: string): CsvDelimiter {
  const counts: number[][] = [];
  let line = [0, 0, 0];
  let quoted = false;
  let complete = false;
  const end = Math.min(text.length, sampleLength);
  for (let index = 0; index < end; index++) {
    const character = text[index]!;
    if (character === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      counts.push(line);
      line = [0, 0, 0];
      if (counts.length === sampleRecords) {
        complete = true;
        break;
      }
    } else {
      const which = delimiters.indexOf(character as CsvDelimiter);
      if (which >= 0) line[which]!++;
    }
  }
  // A last line is counted only when the text ends there; a line cut by the sample would skew the counts.
  if (!complete && end === text.length && line.some((count) => count > 0)) counts.push(line);
  if (counts.length === 0) return ',';
  const consistent = delimiters
    .map((delimiter, which) => ({ delimiter, count: counts[0]![which]! }))
    .filter(({ count }, which) => count > 0 && counts.every((lineCounts) => lineCounts[which] === count))
    .sort((a, b) => b.count - a.count);
  if (consistent[0]) return consistent[0].delimiter;
  const totals = delimiters.map((delimiter, which) => ({ delimiter, total: counts.reduce((sum, lineCounts) => sum + lineCounts[which]!, 0) }));
  const [best] = totals.sort((a, b) => b.total - a.total);
  return best && best.total > 0 ? best.delimiter : ',';
}

/** Excel writes and honours a first line `sep=;` naming the delimiter. */
const separatorLine = /^sep=([,;\t])(\r\n|\n|\r|$)/;

/**
 * RFC 4180 records: quoted fields with doubled quotes, line breaks inside quotes, CRLF, LF or
 * CR between records. Like Excel, it forgives a quote inside an unquoted field and text after a
 * closing quote (both kept as written). Every record is returned, blank ones as `['']`, except
 * that a final line break does not start one more.
 */
export function parseCsv(input: string, limits: Partial<CsvLimits> = {}): ParsedCsv {
  const { maxRows, maxFieldLength } = { ...defaultCsvLimits, ...limits };
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let delimiter: CsvDelimiter;
  const hint = separatorLine.exec(text);
  if (hint) {
    delimiter = hint[1] as CsvDelimiter;
    text = text.slice(hint[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }
  const separator = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const length = text.length;
  if (length === 0) return { ok: true, rows, delimiter };
  const tooLong = (): ParsedCsv => ({ ok: false, problem: { code: 'field-too-long', row: rows.length + 1, limit: maxFieldLength } });

  let index = 0;
  for (;;) {
    const row: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(index) === quote) {
        const start = ++index;
        value = '';
        for (;;) {
          const close = text.indexOf('"', index);
          if (close < 0) return { ok: false, problem: { code: 'unclosed-quote', row: rows.length + 1 } };
          if (close - start > maxFieldLength) return tooLong();
          if (text.charCodeAt(close + 1) === quote) {
            value += text.slice(index, close + 1);
            index = close + 2;
          } else {
            value += text.slice(index, close);
            index = close + 1;
            break;
          }
        }
        const rest = index;
        while (index < length && !isFieldEnd(text.charCodeAt(index), separator)) index++;
        value += text.slice(rest, index);
      } else {
        const start = index;
        while (index < length && !isFieldEnd(text.charCodeAt(index), separator)) index++;
        value = text.slice(start, index);
      }
      if (value.length > maxFieldLength) return tooLong();
      row.push(value);
      if (index < length && text.charCodeAt(index) === separator) {
        index++;
        continue;
      }
      break;
    }
    if (rows.length === maxRows) return { ok: false, problem: { code: 'too-many-rows', limit: maxRows } };
    rows.push(row);
    if (text.charCodeAt(index) === carriageReturn) index++;
    if (text.charCodeAt(index) === lineFeed) index++;
    if (index >= length) return { ok: true, rows, delimiter };
  }
}

function isFieldEnd(code: number, separator: number): boolean {
  return code === separator || code === carriageReturn || code === lineFeed;
}

/** Fields holding any delimiter we detect, a quote or a line break are quoted, so a reader that guesses the delimiter guesses right. */
const needsQuotes = /[",;\t\r\n]/;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`writeCsv: ${value} is not a number a spreadsheet can hold`);
    return String(value);
  }
  const text = neutraliseForCsv(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV Excel opens correctly in Hebrew: a UTF-8 byte-order mark (without it Excel guesses the
 * ANSI code page), commas, CRLF after every record, numbers written plainly and text that
 * starts like a formula prefixed with `'`.
 */
export function writeCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  let csv = '\uFEFF';
  for (const row of rows) csv += `${row.map(csvField).join(',')}\r\n`;
  return csv;
}
