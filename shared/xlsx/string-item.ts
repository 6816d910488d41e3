import { ascii, type XmlCursor } from './xml-bytes.ts';

const names = { text: ascii('t'), phonetic: ascii('rPh') } as const;

/** Text a cell stores escaped as `_xHHHH_` (control characters, a literal escape's underscore), as Excel reads it. */
function unescapeCellText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16))) : text;
}

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string) whose
 * opening tag is the cursor's: its runs joined, phonetic guides left out. Leaves the cursor on
 * the item's closing tag; null on broken markup.
 */
export function readStringItem(cursor: XmlCursor): string | null {
  const { tag } = cursor;
  if (tag.empty) return '';
  let text = '';
  let depth = 0;
  let phoneticDepth = 0;
  for (let at = tag.end; cursor.next(at); at = tag.end) {
    if (tag.closing) {
      if (depth === 0) return unescapeCellText(text);
      depth--;
      if (phoneticDepth > depth) phoneticDepth = 0;
      continue;
    }
    if (tag.empty) continue;
    if (cursor.is(names.text)) {
      const run = cursor.text();
      if (run === null) return null;
      if (phoneticDepth === 0) text += run;
      continue;
    }
    depth++;
    if (phoneticDepth === 0 && cursor.is(names.phonetic)) phoneticDepth = depth;
  }
  return null;
}
