import { readStringItem } from './string-item.ts';
import { ascii, XmlCursor } from './xml-bytes.ts';

const stringItem = ascii('si');

/** The texts of a shared-strings part, in order: cells of type `s` refer to them by index. */
export function readSharedStrings(xml: Uint8Array): string[] | string {
  const strings: string[] = [];
  const cursor = new XmlCursor(xml);
  for (let at = 0; cursor.next(at); at = cursor.tag.end) {
    if (cursor.tag.closing || !cursor.is(stringItem)) continue;
    const text = readStringItem(cursor);
    if (text === null) break;
    strings.push(text);
  }
  return cursor.problem ?? strings;
}
