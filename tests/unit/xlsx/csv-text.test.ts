import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, defaultCsvLimits, parseCsv, writeCsv } from '@shared/xlsx/csv-text.ts';
import { startsLikeFormula } from '@shared/xlsx/formula-like-text.ts';

/** windows-1255 (and ISO-8859-8) put the 27 Hebrew letters, finals included, at 0xE0–0xFA in alphabetical order. */
function windows1255(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    if (code >= 0x05d0 && code <= 0x05ea) return code - 0x05d0 + 0xe0;
    if (code < 0x80) return code;
    throw new Error(`not in the test's table: ${character}`);
  });
}

const hebrewCsv = 'שם השירות,משתתפים,עלות\r\nמועדון חברתי,40,1200\r\nהתעמלות בפארק,25,800\r\n';
const hebrewRows = [
  ['שם השירות', 'משתתפים', 'עלות'],
  ['מועדון חברתי', '40', '1200'],
  ['התעמלות בפארק', '25', '800'],
];

describe('decodeCsvBytes', () => {
  it('reads Hebrew in windows-1255, the old code page public Israeli data often comes in', () => {
    const decoded = decodeCsvBytes(windows1255(hebrewCsv));
    expect(decoded).toEqual({ ok: true, text: hebrewCsv, encoding: 'windows-1255' });
  });

  it('covers every letter of the alphabet, finals included, in windows-1255', () => {
    const alphabet = 'אבגדהוזחטיךכלםמןנסעףפץצקרשת';
    expect(decodeCsvBytes(windows1255(alphabet))).toEqual({ ok: true, text: alphabet, encoding: 'windows-1255' });
  });

  it('reads UTF-8 with and without a byte-order mark, and drops the mark', () => {
    const bytes = new TextEncoder().encode(hebrewCsv);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: hebrewCsv, encoding: 'utf-8' });
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: hebrewCsv, encoding: 'utf-8' });
  });

  it('reads UTF-16 in either byte order by its mark, as Excel writes "Unicode text"', () => {
    const little = Uint8Array.from(Buffer.from(`\uFEFF${hebrewCsv}`, 'utf16le'));
    const big = little.map((_, index) => little[index ^ 1]!);
    expect(decodeCsvBytes(little)).toEqual({ ok: true, text: hebrewCsv, encoding: 'utf-16le' });
    expect(decodeCsvBytes(big)).toEqual({ ok: true, text: hebrewCsv, encoding: 'utf-16be' });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('a,b\n1,2\n'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('calls binary data and bytes invalid after a UTF-8 mark unreadable', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const workbook = await zip.generateAsync({ type: 'uint8array' });
    expect(decodeCsvBytes(workbook)).toEqual({ ok: false, problem: { code: 'unreadable-text' } });
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe0, 0x41]))).toEqual({ ok: false, problem: { code: 'unreadable-text' } });
    // 0xFF is one of the few bytes windows-1255 leaves undefined.
    expect(decodeCsvBytes(Uint8Array.from([0x41, 0xff, 0x42]))).toEqual({ ok: false, problem: { code: 'unreadable-text' } });
  });
});

describe('parseCsv', () => {
  it('parses comma-separated records with CRLF', () => {
    expect(parseCsv(hebrewCsv)).toEqual({ ok: true, rows: hebrewRows, delimiter: ',' });
  });

  it('detects semicolons, as Excel writes them where the comma is the decimal separator', () => {
    const text = 'שם;עלות;הערה\nמועדון;1200,50;ללא\nחוג;800;"עם; נקודה-פסיק"\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      delimiter: ';',
      rows: [
        ['שם', 'עלות', 'הערה'],
        ['מועדון', '1200,50', 'ללא'],
        ['חוג', '800', 'עם; נקודה-פסיק'],
      ],
    });
  });

  it('detects tabs', () => {
    expect(parseCsv('שם\tעלות\nמועדון\t1,200\n')).toEqual({ ok: true, delimiter: '\t', rows: [['שם', 'עלות'], ['מועדון', '1,200']] });
  });

  it('does not count delimiters inside quotes when detecting', () => {
    expect(parseCsv('"a;b;c",d\n"e;f;g",h\n')).toMatchObject({ ok: true, delimiter: ',', rows: [['a;b;c', 'd'], ['e;f;g', 'h']] });
  });

  it('honours the sep= line Excel writes and drops it', () => {
    expect(parseCsv('sep=;\r\na,b;c\r\n')).toEqual({ ok: true, delimiter: ';', rows: [['a,b', 'c']] });
  });

  it('keeps line breaks and doubled quotes inside quoted fields', () => {
    const text = 'שם,הערה\r\n"מועדון ""גיל הזהב""","שורה ראשונה\r\nשורה שנייה\nושלישית"\r\nחוג,""\r\n';
    expect(parseCsv(text)).toMatchObject({
      ok: true,
      rows: [
        ['שם', 'הערה'],
        ['מועדון "גיל הזהב"', 'שורה ראשונה\r\nשורה שנייה\nושלישית'],
        ['חוג', ''],
      ],
    });
  });

  it('accepts LF, CR and CRLF between records, and no line break at the end', () => {
    expect(parseCsv('a,b\nc,d\re,f\r\ng,h')).toMatchObject({ rows: [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']] });
  });

  it('keeps blank records and empty fields, but a final line break adds no record', () => {
    expect(parseCsv('a,b\n\n,c\nd,\n')).toMatchObject({ rows: [['a', 'b'], [''], ['', 'c'], ['d', '']] });
    expect(parseCsv('')).toEqual({ ok: true, rows: [], delimiter: ',' });
  });

  it('forgives quotes the way Excel does: inside an unquoted field, and text after a closing quote', () => {
    expect(parseCsv('5" screen,"ab"c,d\n')).toMatchObject({ rows: [['5" screen', 'abc', 'd']] });
  });

  it('drops a byte-order mark left at the start of the text', () => {
    expect(parseCsv('\uFEFFa,b\n')).toMatchObject({ rows: [['a', 'b']] });
  });

  it('parses 200,000 records and refuses the 200,001st with a clear problem', () => {
    const text = 'מועדון,40,1200\n'.repeat(defaultCsvLimits.maxRows);
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.rows.length).toBe(200_000);
    expect(parseCsv(`${text}one more,1,2\n`)).toEqual({ ok: false, problem: { code: 'too-many-rows', limit: 200_000 } });
  });

  it('refuses a field over 100,000 characters and names its record, quoted or not', () => {
    const long = 'א'.repeat(100_001);
    expect(parseCsv(`a,b\nc,${long}\n`)).toEqual({ ok: false, problem: { code: 'field-too-long', row: 2, limit: 100_000 } });
    expect(parseCsv(`a,b\nc,d\n"${long}",e\n`)).toEqual({ ok: false, problem: { code: 'field-too-long', row: 3, limit: 100_000 } });
    expect(parseCsv(`a,${'א'.repeat(100_000)}\n`).ok).toBe(true);
  });

  it('reports a quote that never closes, with the record where it opened', () => {
    expect(parseCsv('a,b\nc,"d\ne,f\n')).toEqual({ ok: false, problem: { code: 'unclosed-quote', row: 2 } });
  });

  it('applies limits passed by the caller', () => {
    expect(parseCsv('a\nb\nc\n', { maxRows: 2 })).toMatchObject({ ok: false, problem: { code: 'too-many-rows', limit: 2 } });
    expect(parseCsv('abcdef\n', { maxFieldLength: 5 })).toMatchObject({ ok: false, problem: { code: 'field-too-long', row: 1 } });
  });
});

describe('writeCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect(writeCsv([['שם', 'עלות'], ['מועדון', 1200]])).toBe('\uFEFFשם,עלות\r\nמועדון,1200\r\n');
  });

  it('writes numbers plainly, negative ones included, and null as an empty field', () => {
    expect(writeCsv([[-5, 1234.5, 0, null, 1e21]])).toBe('\uFEFF-5,1234.5,0,,1e+21\r\n');
  });

  it('refuses a number a spreadsheet cannot hold rather than write NaN', () => {
    expect(() => writeCsv([[Number.NaN]])).toThrow(RangeError);
    expect(() => writeCsv([[Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });

  it('neutralises text that starts like a formula, however it is quoted', () => {
    const csv = writeCsv([['=1+1', '+972-50-1234567', '-5', '@SUM(A1:A9)', '\tמוסתר', '=HYPERLINK("http://x","a,b")']]);
    expect(csv).toBe(`\uFEFF'=1+1,'+972-50-1234567,'-5,'@SUM(A1:A9),"'\tמוסתר","'=HYPERLINK(""http://x"",""a,b"")"\r\n`);
  });

  it('quotes fields with a delimiter, a quote or a line break, so a reader that detects the delimiter is not misled', () => {
    expect(writeCsv([['a;b', 'c,d', 'שורה\nשנייה', 'מע"מ', 'plain']])).toBe('\uFEFF"a;b","c,d","שורה\nשנייה","מע""מ",plain\r\n');
  });

  it('round-trips through parseCsv, each neutralised field losing only its apostrophe', () => {
    const rows: (string | number | null)[][] = [
      ['שם השירות', 'טלפון', 'יתרה', 'הערה'],
      ['מועדון "גיל הזהב"', '+972-3-1234567', -250.75, '=1+1'],
      ['חוג; ריקוד', '@home', null, 'שורה ראשונה\r\nושנייה'],
      ['\tבכניסה', '-5', 0, ''],
    ];
    const parsed = parseCsv(writeCsv(rows).slice(1));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.delimiter).toBe(',');
    const expected = rows.map((row) => row.map((value) => (value === null ? '' : String(value))));
    const restored = parsed.rows.map((row, rowIndex) =>
      row.map((field, column) => {
        const original = rows[rowIndex]![column];
        return typeof original === 'string' && startsLikeFormula(original) ? field.replace(/^'/, '') : field;
      }),
    );
    expect(restored).toEqual(expected);
  });
});
