import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { defaultZipLimits, inspectZip } from '@shared/xlsx/zip-directory.ts';

/** One entry of a zip written by hand, so that a test can make the directory say what it likes. */
type HandmadeEntry = {
  name: string;
  /** What goes into the file after the local header, exactly. */
  stored: Uint8Array;
  method?: number;
  flags?: number;
  crc?: number;
  uncompressedSize?: number;
  /** Points the central directory at another entry's local header. */
  localHeaderOf?: number;
  zip64?: boolean;
};

type HandmadeOptions = { zip64?: boolean; declaredCount?: number; comment?: string; prefix?: Uint8Array };

function handmadeZip(entries: readonly HandmadeEntry[], options: HandmadeOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = options.prefix?.length ?? 0;
  if (options.prefix) chunks.push(options.prefix);
  const localOffsets: number[] = [];
  const header = (length: number) => {
    const bytes = new Uint8Array(length);
    return { bytes, view: new DataView(bytes.buffer) };
  };
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const { bytes, view } = header(30);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, entry.flags ?? 0, true);
    view.setUint16(8, entry.method ?? 8, true);
    view.setUint32(14, entry.crc ?? 0, true);
    view.setUint32(18, entry.zip64 ? 0xffffffff : entry.stored.length, true);
    view.setUint32(22, entry.zip64 ? 0xffffffff : (entry.uncompressedSize ?? entry.stored.length), true);
    view.setUint16(26, name.length, true);
    localOffsets.push(offset);
    chunks.push(bytes, name, entry.stored);
    offset += bytes.length + name.length + entry.stored.length;
  }
  const directoryOffset = offset;
  entries.forEach((entry, index) => {
    const name = new TextEncoder().encode(entry.name);
    const extraLength = entry.zip64 ? 4 + 24 : 0;
    const { bytes, view } = header(46 + extraLength);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 45, true);
    view.setUint16(6, entry.zip64 ? 45 : 20, true);
    view.setUint16(8, entry.flags ?? 0, true);
    view.setUint16(10, entry.method ?? 8, true);
    view.setUint32(16, entry.crc ?? 0, true);
    const uncompressedSize = entry.uncompressedSize ?? entry.stored.length;
    const localOffset = localOffsets[entry.localHeaderOf ?? index]!;
    view.setUint32(20, entry.zip64 ? 0xffffffff : entry.stored.length, true);
    view.setUint32(24, entry.zip64 ? 0xffffffff : uncompressedSize, true);
    view.setUint16(28, name.length, true);
    view.setUint16(30, extraLength, true);
    view.setUint32(42, entry.zip64 ? 0xffffffff : localOffset, true);
    if (entry.zip64) {
      view.setUint16(46, 0x0001, true);
      view.setUint16(48, 24, true);
      view.setBigUint64(50, BigInt(uncompressedSize), true);
      view.setBigUint64(58, BigInt(entry.stored.length), true);
      view.setBigUint64(66, BigInt(localOffset), true);
    }
    chunks.push(bytes.subarray(0, 46), name, bytes.subarray(46));
    offset += bytes.length + name.length;
  });
  const directorySize = offset - directoryOffset;
  const count = options.declaredCount ?? entries.length;
  if (options.zip64) {
    const { bytes: record, view } = header(56);
    view.setUint32(0, 0x06064b50, true);
    view.setBigUint64(4, 44n, true);
    view.setUint16(12, 45, true);
    view.setUint16(14, 45, true);
    view.setBigUint64(24, BigInt(count), true);
    view.setBigUint64(32, BigInt(count), true);
    view.setBigUint64(40, BigInt(directorySize), true);
    view.setBigUint64(48, BigInt(directoryOffset), true);
    const { bytes: locator, view: locatorView } = header(20);
    locatorView.setUint32(0, 0x07064b50, true);
    locatorView.setBigUint64(8, BigInt(offset), true);
    locatorView.setUint32(16, 1, true);
    chunks.push(record, locator);
  }
  const comment = new TextEncoder().encode(options.comment ?? '');
  const { bytes: end, view } = header(22);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, options.zip64 ? 0xffff : count, true);
  view.setUint16(10, options.zip64 ? 0xffff : count, true);
  view.setUint32(12, options.zip64 ? 0xffffffff : directorySize, true);
  view.setUint32(16, options.zip64 ? 0xffffffff : directoryOffset, true);
  view.setUint16(20, comment.length, true);
  chunks.push(end, comment);
  return Uint8Array.from(Buffer.concat(chunks));
}

const deflated = (data: Uint8Array): HandmadeEntry['stored'] => new Uint8Array(deflateRawSync(data));
const text = (value: string) => new TextEncoder().encode(value);
const entryOf = (name: string, data: Uint8Array): HandmadeEntry => ({ name, stored: deflated(data), uncompressedSize: data.length, crc: crc32(data) });

describe('inspectZip', () => {
  it('lists the entries of a zip written by jszip with their sizes and methods, without inflating', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook>'.padEnd(5000, ' ') + '</workbook>', { compression: 'DEFLATE' });
    zip.file('xl/media/image1.png', new Uint8Array([1, 2, 3]), { compression: 'STORE' });
    const inspection = inspectZip(await zip.generateAsync({ type: 'uint8array' }));
    expect(inspection.ok).toBe(true);
    if (!inspection.ok) return;
    expect(inspection.entries.map(({ name, method, uncompressedSize }) => ({ name, method, uncompressedSize }))).toEqual([
      { name: '[Content_Types].xml', method: 0, uncompressedSize: 8 },
      { name: 'xl/', method: 0, uncompressedSize: 0 },
      { name: 'xl/workbook.xml', method: 8, uncompressedSize: 5011 },
      { name: 'xl/media/', method: 0, uncompressedSize: 0 },
      { name: 'xl/media/image1.png', method: 0, uncompressedSize: 3 },
    ]);
    expect(inspection.totalUncompressed).toBe(5022);
    expect(inspection.entries.find((entry) => entry.name === 'xl/workbook.xml')!.compressedSize).toBeLessThan(100);
  });

  it('reads an empty zip as no entries', () => {
    expect(inspectZip(handmadeZip([]))).toEqual({ ok: true, entries: [], totalUncompressed: 0 });
  });

  it('refuses a zip bomb — 100 MB of zeros in 100 KB — by its compression ratio, in milliseconds', () => {
    const bomb = handmadeZip([entryOf('xl/worksheets/sheet1.xml', new Uint8Array(100 * 1024 * 1024))]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    const inspection = inspectZip(bomb);
    expect(performance.now() - started).toBeLessThan(100);
    expect(inspection).toMatchObject({ ok: false, problem: { code: 'compression-ratio', entry: 'xl/worksheets/sheet1.xml', limit: 200 } });
    if (!inspection.ok && inspection.problem.code === 'compression-ratio') expect(inspection.problem.ratio).toBeGreaterThan(900);
  });

  it('judges the ratio from the directory alone: a declared size over junk bytes is refused, not inflated', () => {
    // Not a deflate stream at all: inflating it would throw, so a clean refusal shows nothing was inflated.
    const junk: HandmadeEntry = { name: 'xl/sharedStrings.xml', stored: new Uint8Array(10_000).fill(0xff), uncompressedSize: 150 * 1024 * 1024 };
    expect(inspectZip(handmadeZip([junk]))).toMatchObject({ ok: false, problem: { code: 'compression-ratio' } });
  });

  it('refuses a zip whose entries together exceed 200 MB uncompressed, even when each one is modest', () => {
    const stream = deflated(new Uint8Array(30 * 1024 * 1024));
    const entries = Array.from({ length: 7 }, (_, index): HandmadeEntry => ({ name: `xl/media/image${index}.bin`, stored: stream, uncompressedSize: 30 * 1024 * 1024 }));
    expect(inspectZip(handmadeZip(entries))).toEqual({
      ok: false,
      problem: { code: 'too-large', size: 7 * 30 * 1024 * 1024, limit: defaultZipLimits.maxTotalUncompressed },
    });
  });

  it('lets a small entry shrink far, since a megabyte of blanks costs nothing', () => {
    const inspection = inspectZip(handmadeZip([entryOf('xl/styles.xml', new Uint8Array(512 * 1024).fill(0x20))]));
    expect(inspection.ok).toBe(true);
  });

  it('refuses more than 2,000 entries before reading any of them', () => {
    const entries = Array.from({ length: 2_001 }, (_, index) => entryOf(`xl/media/image${index}.png`, text('x')));
    expect(inspectZip(handmadeZip(entries))).toEqual({ ok: false, problem: { code: 'too-many-entries', count: 2_001, limit: 2_000 } });
    expect(inspectZip(handmadeZip(entries.slice(0, 2_000))).ok).toBe(true);
  });

  it('applies limits passed by the caller', () => {
    const entries = [entryOf('a.xml', text('<a/>')), entryOf('b.xml', text('<b/>'))];
    expect(inspectZip(handmadeZip(entries), { ...defaultZipLimits, maxEntries: 1 })).toMatchObject({ ok: false, problem: { code: 'too-many-entries' } });
    expect(inspectZip(handmadeZip(entries), { ...defaultZipLimits, maxTotalUncompressed: 7 })).toMatchObject({ ok: false, problem: { code: 'too-large', size: 8 } });
  });

  it('refuses an entry marked encrypted, and one compressed with AES (method 99)', () => {
    const plain = entryOf('xl/workbook.xml', text('<workbook/>'));
    expect(inspectZip(handmadeZip([{ ...plain, flags: 1 }]))).toEqual({ ok: false, problem: { code: 'encrypted' } });
    expect(inspectZip(handmadeZip([{ ...plain, method: 99 }]))).toEqual({ ok: false, problem: { code: 'encrypted' } });
  });

  it('refuses compression methods other than stored and deflate', () => {
    const bzip2 = { ...entryOf('xl/workbook.xml', text('<workbook/>')), method: 12 };
    expect(inspectZip(handmadeZip([bzip2]))).toMatchObject({ ok: false, problem: { code: 'damaged', detail: expect.stringContaining('method 12') } });
  });

  it('refuses a stored entry whose two sizes differ', () => {
    const stored: HandmadeEntry = { name: 'a.xml', stored: text('<a/>'), method: 0, uncompressedSize: 1_000 };
    expect(inspectZip(handmadeZip([stored]))).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('calls random bytes not a zip, and a zip cut short damaged', () => {
    const random = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 251);
    expect(inspectZip(random)).toEqual({ ok: false, problem: { code: 'not-a-zip' } });
    expect(inspectZip(new Uint8Array(3))).toEqual({ ok: false, problem: { code: 'not-a-zip' } });
    const zip = handmadeZip([entryOf('xl/workbook.xml', text('<workbook/>'))]);
    expect(inspectZip(zip.subarray(0, zip.length - 30))).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('refuses a directory with more headers than its count, which jszip would read and this check would not', () => {
    const entries = [entryOf('a.xml', text('<a/>')), entryOf('b.xml', text('<b/>'))];
    expect(inspectZip(handmadeZip(entries, { declaredCount: 1 }))).toMatchObject({ ok: false, problem: { code: 'damaged' } });
    expect(inspectZip(handmadeZip(entries, { declaredCount: 3 }))).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('refuses entries that overlap, the trick of the densest zip bombs', () => {
    const shared = entryOf('xl/worksheets/sheet1.xml', new Uint8Array(500_000));
    const overlapping = [shared, { ...shared, name: 'xl/worksheets/sheet2.xml', localHeaderOf: 0 }];
    expect(inspectZip(handmadeZip(overlapping))).toMatchObject({ ok: false, problem: { code: 'damaged', detail: expect.stringContaining('overlaps') } });
  });

  it('refuses an entry whose declared compressed size runs into the directory', () => {
    const entry = entryOf('a.xml', text('<a/>'));
    const zip = handmadeZip([entry]);
    // The directory's compressed-size field of the only entry, 20 bytes into its header.
    const directoryOffset = 30 + 'a.xml'.length + entry.stored.length;
    new DataView(zip.buffer).setUint32(directoryOffset + 20, 10_000, true);
    expect(inspectZip(zip)).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('refuses two entries of the same name, also when one has a leading slash', () => {
    const twice = [entryOf('xl/workbook.xml', text('<a/>')), entryOf('/xl/workbook.xml', text('<b/>'))];
    expect(inspectZip(handmadeZip(twice))).toMatchObject({ ok: false, problem: { code: 'damaged', detail: expect.stringContaining('two entries') } });
  });

  it('refuses bytes prepended to a zip, since jszip would shift every offset by its own guess', () => {
    const zip = handmadeZip([entryOf('a.xml', text('<a/>'))]);
    const shifted = Uint8Array.from([...new Uint8Array(64), ...zip]);
    expect(inspectZip(shifted)).toMatchObject({ ok: false, problem: { code: 'damaged' } });
  });

  it('reads a zip after a prefix when its offsets count the prefix, as a self-extracting archive does', () => {
    expect(inspectZip(handmadeZip([entryOf('a.xml', text('<a/>'))], { prefix: new Uint8Array(64) })).ok).toBe(true);
  });

  it('reads a zip with a comment after the end record', () => {
    expect(inspectZip(handmadeZip([entryOf('a.xml', text('<a/>'))], { comment: 'written by hand' })).ok).toBe(true);
  });

  it('reads zip64 sizes and offsets the same way jszip does', async () => {
    const data = text('<worksheet>'.padEnd(3_000, ' ') + '</worksheet>');
    const zip = handmadeZip([{ ...entryOf('xl/worksheets/sheet1.xml', data), zip64: true }], { zip64: true });
    const inspection = inspectZip(zip);
    expect(inspection).toMatchObject({ ok: true, entries: [{ name: 'xl/worksheets/sheet1.xml', uncompressedSize: data.length, localHeaderOffset: 0 }] });
    const viaJszip = await JSZip.loadAsync(zip);
    expect(await viaJszip.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(new TextDecoder().decode(data));
  });
});
