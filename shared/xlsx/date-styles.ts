import { ascii, attributeText, XmlCursor } from './xml-bytes.ts';

/*
 * Which cell styles show a date: Excel stores a date as a number of days, and only the style's
 * number format says the number is a date.
 */

/** Excel's built-in date and time formats (14–22, 45–47) and the East Asian ones (27–36, 50–58). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date when, outside quoted text and [brackets], it has a day, month, year, hour or second. */
export function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const names = { numFmt: ascii('numFmt'), cellXfs: ascii('cellXfs'), xf: ascii('xf'), id: ascii('numFmtId'), code: ascii('formatCode') } as const;

/** The indexes of `<cellXfs>` whose number format is a date, from a styles part. */
export function readDateStyles(xml: Uint8Array): Set<number> | string {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellFormats = false;
  const cursor = new XmlCursor(xml);
  const { tag } = cursor;
  for (let at = 0; cursor.next(at); at = tag.end) {
    if (cursor.is(names.cellXfs)) {
      inCellFormats = !tag.closing && !tag.empty;
    } else if (!tag.closing && cursor.is(names.numFmt)) {
      custom.set(Number(attributeText(xml, tag, names.id)), attributeText(xml, tag, names.code) ?? '');
    } else if (!tag.closing && inCellFormats && cursor.is(names.xf)) {
      formats.push(Number(attributeText(xml, tag, names.id) ?? 0));
    }
  }
  if (cursor.problem) return cursor.problem;
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    const code = custom.get(id);
    if (code === undefined ? builtInDate(id) : isDateFormat(code)) dates.add(index);
  });
  return dates;
}
