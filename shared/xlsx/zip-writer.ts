import { concatenate, deflate } from './compression.ts';

/*
 * Writes a zip of deflated entries, as an .xlsx package is: sizes and checksums in each local
 * header (no data descriptors), names in UTF-8, no zip64 (a workbook is far below 4 GB).
 */

declare const TextEncoder: new () => { encode(text: string): Uint8Array };
const utf8 = new TextEncoder();


const signatures = { localHeader: 0x04034b50, centralHeader: 0x02014b50, end: 0x06054b50 } as const;
const utf8Names = 1 << 11;
const deflated = 8;
const version = 20;

/** MS-DOS time and date, as zip stores them (two-second precision, local time as Excel reads it). */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

type Packed = { name: Uint8Array; deflated: Uint8Array; crc32: number; size: number; offset: number };

function localHeader(entry: Packed, stamp: { time: number; date: number }): Uint8Array {
  const header = new Uint8Array(30 + entry.name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, signatures.localHeader, true);
  view.setUint16(4, version, true);
  view.setUint16(6, utf8Names, true);
  view.setUint16(8, deflated, true);
  view.setUint16(10, stamp.time, true);
  view.setUint16(12, stamp.date, true);
  view.setUint32(14, entry.crc32, true);
  view.setUint32(18, entry.deflated.length, true);
  view.setUint32(22, entry.size, true);
  view.setUint16(26, entry.name.length, true);
  header.set(entry.name, 30);
  return header;
}

function centralHeader(entry: Packed, stamp: { time: number; date: number }): Uint8Array {
  const header = new Uint8Array(46 + entry.name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, signatures.centralHeader, true);
  view.setUint16(4, version, true);
  view.setUint16(6, version, true);
  view.setUint16(8, utf8Names, true);
  view.setUint16(10, deflated, true);
  view.setUint16(12, stamp.time, true);
  view.setUint16(14, stamp.date, true);
  view.setUint32(16, entry.crc32, true);
  view.setUint32(20, entry.deflated.length, true);
  view.setUint32(24, entry.size, true);
  view.setUint16(28, entry.name.length, true);
  view.setUint32(42, entry.offset, true);
  header.set(entry.name, 46);
  return header;
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Uint8Array {
  const record = new Uint8Array(22);
  const view = new DataView(record.buffer);
  view.setUint32(0, signatures.end, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, directoryOffset, true);
  return record;
}

/**
 * Entries are deflated from the moment they are added, while the next ones are still being
 * written (Node deflates on its thread pool), and laid out in the order they were added.
 */
export class ZipWriter {
  private readonly entries: { name: string; size: number; compressed: Promise<{ deflated: Uint8Array; crc32: number }> }[] = [];

  add(name: string, data: Uint8Array): void {
    this.entries.push({ name, size: data.length, compressed: deflate(data) });
  }

  async finish(modified: Date): Promise<Uint8Array> {
    const stamp = dosTime(modified);
    const pieces: Uint8Array[] = [];
    const packed: Packed[] = [];
    let offset = 0;
    for (const { name, size, compressed } of this.entries) {
      const entry: Packed = { name: utf8.encode(name), ...(await compressed), size, offset };
      const header = localHeader(entry, stamp);
      pieces.push(header, entry.deflated);
      offset += header.length + entry.deflated.length;
      packed.push(entry);
    }
    const directory = packed.map((entry) => centralHeader(entry, stamp));
    const directorySize = directory.reduce((sum, header) => sum + header.length, 0);
    return concatenate([...pieces, ...directory, endRecord(packed.length, directorySize, offset)]);
  }
}
