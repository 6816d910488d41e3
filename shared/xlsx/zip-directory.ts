import type { WorkbookProblem } from './workbook-problem.ts';

/*
 * Reads a zip's directory — the end record and the central directory — straight from the bytes,
 * without inflating anything, so that a zip bomb is refused before a single byte of it expands.
 * The sizes read here are only what the file declares; workbook-guard.ts holds every entry to
 * its declared size while inflating, so a directory that lies is caught there. The guard reads
 * the entries exactly where this directory says they are, and nowhere else.
 */

/** The shared code has no DOM or Node types; TextDecoder exists in both runtimes (and in workers). */
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };

export type ZipEntry = {
  /** The bytes decoded as UTF-8 (Excel writes ASCII names). */
  name: string;
  /** 0 stored, 8 deflated; nothing else passes inspectZip. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's data starts, after its local header. */
  dataOffset: number;
};

export type ZipLimits = {
  /** The sum of every entry's declared uncompressed size, in bytes. */
  maxTotalUncompressed: number;
  maxEntries: number;
  /** Uncompressed size divided by compressed size, for one entry. */
  maxCompressionRatio: number;
  /** Entries no larger than this are not held to the ratio: a small run of blanks may shrink 500-fold and cost nothing. */
  ratioCheckedAbove: number;
};

/**
 * A planning workbook is a few hundred kilobytes; the largest honest import we expect (a
 * ministry table of some 100,000 rows) is tens of megabytes of XML. 200 MB leaves room for that
 * and stays well inside what a worker can hold twice over (the inflated parts and their cells).
 * Excel writes a dozen entries plus one per sheet, drawing and picture: 2,000 is generous.
 * Sheet XML from Excel shrinks 5–30 fold and repetitive generated XML up to about 100; deflate
 * can reach 1,032, which only a crafted or degenerate file approaches.
 */
export const defaultZipLimits: ZipLimits = {
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntries: 2_000,
  maxCompressionRatio: 200,
  ratioCheckedAbove: 1024 * 1024,
};

export type ZipInspection = { ok: true; entries: ZipEntry[]; totalUncompressed: number } | { ok: false; problem: WorkbookProblem };

const signatures = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

const endRecordLength = 22;
const zip64LocatorLength = 20;
const centralHeaderLength = 46;
const localHeaderLength = 30;
const maxCommentLength = 0xffff;

const flags = { encrypted: 1 << 0, strongEncryption: 1 << 6 } as const;
const methods = { stored: 0, deflated: 8, aes: 99 } as const;

const utf8 = new TextDecoder('utf-8');

function decodeZipName(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** `/xl/workbook.xml` and `xl/workbook.xml` are the same part (readers drop one leading slash). */
export function normaliseEntryName(name: string): string {
  return name.startsWith('/') ? name.slice(1) : name;
}

const damaged = (detail: string): ZipInspection => ({ ok: false, problem: { code: 'damaged', detail } });

/** Zip64 stores 64-bit values; anything past 2^53 is far beyond every limit, so the small imprecision is harmless. */
function readUint64(view: DataView, offset: number): number {
  return view.getUint32(offset + 4, true) * 2 ** 32 + view.getUint32(offset, true);
}

/** The last end record in the window a comment allows, as zip readers take the last one. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - endRecordLength - maxCommentLength);
  for (let offset = view.byteLength - endRecordLength; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === signatures.end) return offset;
  }
  return -1;
}

type Directory = { count: number; offset: number; size: number; end: number };

/** Where the central directory lies and how many entries it claims; zip64 only when the plain record says so. */
function readDirectoryLocation(view: DataView, endOffset: number): Directory | string {
  const disk = view.getUint16(endOffset + 4, true);
  const directoryDisk = view.getUint16(endOffset + 6, true);
  const entriesOnDisk = view.getUint16(endOffset + 8, true);
  let count = view.getUint16(endOffset + 10, true);
  let size = view.getUint32(endOffset + 12, true);
  let offset = view.getUint32(endOffset + 16, true);
  const commentLength = view.getUint16(endOffset + 20, true);
  if (endOffset + endRecordLength + commentLength !== view.byteLength) return 'the end record does not reach the end of the file';
  const locatorOffset = endOffset - zip64LocatorLength;
  const usesZip64 =
    count === 0xffff || size === 0xffffffff || offset === 0xffffffff ||
    (locatorOffset >= 0 && view.getUint32(locatorOffset, true) === signatures.zip64Locator);
  let end = endOffset;
  if (usesZip64) {
    if (locatorOffset < 0 || view.getUint32(locatorOffset, true) !== signatures.zip64Locator) return 'zip64 locator missing';
    const recordOffset = readUint64(view, locatorOffset + 8);
    if (recordOffset + 56 > locatorOffset || view.getUint32(recordOffset, true) !== signatures.zip64End) return 'zip64 end record missing';
    if (recordOffset + 12 + readUint64(view, recordOffset + 4) !== locatorOffset) return 'zip64 end record has the wrong length';
    if (view.getUint32(recordOffset + 16, true) !== 0 || view.getUint32(recordOffset + 20, true) !== 0) return 'split archive';
    count = readUint64(view, recordOffset + 32);
    size = readUint64(view, recordOffset + 40);
    offset = readUint64(view, recordOffset + 48);
    end = recordOffset;
  } else if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== count) {
    return 'split archive';
  }
  // The directory must sit right before its end record: otherwise bytes were prepended or the
  // offsets lie, and a reader would shift every offset by its own guess.
  if (offset + size !== end) return 'central directory is not where the end record says';
  return { count, offset, size, end };
}

/** Zip64 sizes and offsets, present only for the header fields that hold 0xFFFFFFFF, in this order. */
function applyZip64Extra(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): string | null {
  let position = extraStart;
  while (position + 4 <= extraEnd) {
    const id = view.getUint16(position, true);
    const length = view.getUint16(position + 2, true);
    const dataStart = position + 4;
    if (dataStart + length > extraEnd) return 'extra field runs past its entry';
    if (id === 0x0001) {
      let field = dataStart;
      const take = (): number | null => {
        if (field + 8 > dataStart + length) return null;
        const value = readUint64(view, field);
        field += 8;
        return value;
      };
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        const value = take();
        if (value === null) return 'zip64 extra field too short';
        entry[key] = value;
      }
    }
    position = dataStart + length;
  }
  return null;
}

function readEntries(view: DataView, bytes: Uint8Array, directory: Directory): ZipEntry[] | string {
  const entries: ZipEntry[] = [];
  let position = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (position + centralHeaderLength > directory.end) return 'central directory is shorter than its entry count';
    if (view.getUint32(position, true) !== signatures.centralHeader) return 'central directory entry has no signature';
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const nameStart = position + centralHeaderLength;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directory.end) return 'central directory entry runs past the directory';
    const entry: ZipEntry = {
      name: decodeZipName(bytes.subarray(nameStart, extraStart)),
      flags: view.getUint16(position + 8, true),
      method: view.getUint16(position + 10, true),
      compressedSize: view.getUint32(position + 20, true),
      uncompressedSize: view.getUint32(position + 24, true),
      localHeaderOffset: view.getUint32(position + 42, true),
      dataOffset: 0,
    };
    const zip64Problem = applyZip64Extra(view, extraStart, extraStart + extraLength, entry);
    if (zip64Problem) return zip64Problem;
    entries.push(entry);
    position = next;
  }
  // Some readers take headers for as long as they find their signature, not up to the count: a
  // directory with more headers than it declares would show them entries this check never saw.
  if (position !== directory.offset + directory.size) return 'central directory holds more than its entry count';
  return entries;
}

/**
 * Every entry's local header must be where the directory points, and its data must end before
 * the next entry begins: overlapping entries are how the densest zip bombs reuse one stream.
 */
function checkLocalHeaders(view: DataView, entries: readonly ZipEntry[], directoryOffset: number): string | null {
  const spans: { start: number; end: number; name: string }[] = [];
  for (const entry of entries) {
    const start = entry.localHeaderOffset;
    if (start + localHeaderLength > directoryOffset) return `"${entry.name}" lies outside the file`;
    if (view.getUint32(start, true) !== signatures.localHeader) return `"${entry.name}" has no local header`;
    const dataStart = start + localHeaderLength + view.getUint16(start + 26, true) + view.getUint16(start + 28, true);
    const end = dataStart + entry.compressedSize;
    if (end > directoryOffset) return `"${entry.name}" runs past the end of its data`;
    entry.dataOffset = dataStart;
    spans.push({ start, end, name: entry.name });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let index = 1; index < spans.length; index++) {
    if (spans[index]!.start < spans[index - 1]!.end) return `"${spans[index]!.name}" overlaps "${spans[index - 1]!.name}"`;
  }
  return null;
}

/**
 * What the zip declares, checked against the limits; never inflates. A problem comes back for
 * encryption, methods other than stored and deflate, sizes and ratios over the limits, and any
 * structure another zip reader might read differently from this function.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < endRecordLength) return { ok: false, problem: { code: 'not-a-zip' } };
  const endOffset = findEndRecord(view);
  if (endOffset < 0) {
    const startsLikeZip = view.getUint32(0, true) === signatures.localHeader;
    return startsLikeZip ? damaged('no end record; the file may be cut short') : { ok: false, problem: { code: 'not-a-zip' } };
  }
  const directory = readDirectoryLocation(view, endOffset);
  if (typeof directory === 'string') return damaged(directory);
  if (directory.count > limits.maxEntries) {
    return { ok: false, problem: { code: 'too-many-entries', count: directory.count, limit: limits.maxEntries } };
  }
  const entries = readEntries(view, bytes, directory);
  if (typeof entries === 'string') return damaged(entries);

  const seen = new Set<string>();
  for (const entry of entries) {
    const name = normaliseEntryName(entry.name);
    if (seen.has(name)) return damaged(`two entries are named "${name}"`);
    seen.add(name);
  }
  if (entries.some((entry) => entry.flags & (flags.encrypted | flags.strongEncryption) || entry.method === methods.aes)) {
    return { ok: false, problem: { code: 'encrypted' } };
  }
  for (const entry of entries) {
    if (entry.method !== methods.stored && entry.method !== methods.deflated) {
      return damaged(`"${entry.name}" uses compression method ${entry.method}`);
    }
    if (entry.method === methods.stored && entry.compressedSize !== entry.uncompressedSize) {
      return damaged(`"${entry.name}" is stored but its two sizes differ`);
    }
  }

  const totalUncompressed = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (totalUncompressed > limits.maxTotalUncompressed) {
    return { ok: false, problem: { code: 'too-large', size: totalUncompressed, limit: limits.maxTotalUncompressed } };
  }
  for (const entry of entries) {
    if (entry.uncompressedSize <= limits.ratioCheckedAbove) continue;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxCompressionRatio) {
      return { ok: false, problem: { code: 'compression-ratio', entry: entry.name, ratio, limit: limits.maxCompressionRatio } };
    }
  }

  const localProblem = checkLocalHeaders(view, entries, directory.offset);
  if (localProblem) return damaged(localProblem);
  return { ok: true, entries, totalUncompressed };
}
