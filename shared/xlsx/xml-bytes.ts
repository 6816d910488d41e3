/*
 * XML read straight from the bytes of a part. Markup is ASCII in UTF-8, so tags are found and
 * compared as bytes, and only text a cell holds is ever decoded into a string. Comments, CDATA
 * and processing instructions are skipped as an XML parser skips them, so no markup can hide in
 * them; a document type declaration is refused (its entities could expand without bound).
 */

declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };
const utf8 = new TextDecoder('utf-8');

export const ascii = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));

export const byte = { lt: 0x3c, gt: 0x3e, slash: 0x2f, bang: 0x21, question: 0x3f, colon: 0x3a, equals: 0x3d, quote: 0x22, apostrophe: 0x27, amp: 0x26 } as const;
const commentOpen = ascii('<!--');
const commentClose = ascii('-->');
const cdataOpen = ascii('<![CDATA[');
const cdataClose = ascii(']]>');
const instructionClose = ascii('?>');

const isSpace = (value: number | undefined) => value === 0x20 || value === 0x09 || value === 0x0a || value === 0x0d;
const endsName = (value: number | undefined) => value === undefined || isSpace(value) || value === byte.slash || value === byte.gt;

export function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>, at = 0): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let index = 0; index < prefix.length; index++) if (bytes[at + index] !== prefix[index]) return false;
  return true;
}

export function indexOfSequence(bytes: Uint8Array, sequence: Uint8Array, from: number): number {
  const first = sequence[0]!;
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (at + sequence.length > bytes.length) return -1;
    let index = 1;
    while (index < sequence.length && bytes[at + index] === sequence[index]) index++;
    if (index === sequence.length) return at;
  }
  return -1;
}

/**
 * The next `<` from `from`, or -1. A plain loop: TypedArray#indexOf costs a runtime call each
 * time, which for the millions of short hops between tags in a large sheet is most of the scan.
 */
function nextLessThan(xml: Uint8Array, from: number): number {
  for (let at = from; at < xml.length; at++) if (xml[at] === byte.lt) return at;
  return -1;
}

/** One tag: [start, end) spans `<` to `>`; its local name (without a prefix) is [local, nameEnd). */
export type XmlTag = { start: number; end: number; local: number; nameEnd: number; closing: boolean; empty: boolean };

/** Where a comment, CDATA section or processing instruction at `at` ends (after its close), or why it cannot be skipped. */
function skipSpecial(xml: Uint8Array, at: number): number | string {
  if (startsWith(xml, commentOpen, at)) {
    const close = indexOfSequence(xml, commentClose, at + commentOpen.length);
    return close < 0 ? 'a comment that never ends' : close + commentClose.length;
  }
  if (startsWith(xml, cdataOpen, at)) {
    const close = indexOfSequence(xml, cdataClose, at + cdataOpen.length);
    return close < 0 ? 'a CDATA section that never ends' : close + cdataClose.length;
  }
  if (xml[at + 1] === byte.question) {
    const close = indexOfSequence(xml, instructionClose, at + 2);
    return close < 0 ? 'a processing instruction that never ends' : close + instructionClose.length;
  }
  return 'a document type declaration';
}

/**
 * Walks a part's tags in order. `next` finds the tag at or after a position, skipping comments,
 * CDATA and processing instructions; a problem (markup that never ends) is kept in `problem`.
 */
export class XmlCursor {
  problem: string | null = null;
  readonly tag: XmlTag = { start: 0, end: 0, local: 0, nameEnd: 0, closing: false, empty: false };

  constructor(readonly xml: Uint8Array) {}

  /** Moves `tag` to the next tag from `from`; false at the end of the part or on a problem. */
  next(from: number): boolean {
    const { xml, tag } = this;
    const length = xml.length;
    let at = nextLessThan(xml, from);
    while (at >= 0 && (xml[at + 1] === byte.bang || xml[at + 1] === byte.question)) {
      const after = skipSpecial(xml, at);
      if (typeof after === 'string') return this.fail(after);
      at = nextLessThan(xml, after);
    }
    if (at < 0) return false;
    const closing = xml[at + 1] === byte.slash;
    const nameStart = at + (closing ? 2 : 1);
    let position = nameStart;
    let local = nameStart;
    for (let value = xml[position]; position < length; value = xml[++position]) {
      if (value === byte.colon) local = position + 1;
      else if (value === 0x20 || value === 0x09 || value === 0x0a || value === 0x0d || value === byte.slash || value === byte.gt) break;
    }
    const nameEnd = position;
    if (nameEnd === nameStart) return this.fail('a tag without a name');
    // Find the tag's end; `>` may stand inside a quoted attribute value.
    while (position < length) {
      const value = xml[position];
      if (value === byte.gt) break;
      if (value === byte.quote || value === byte.apostrophe) {
        position++;
        while (position < length && xml[position] !== value) position++;
        if (position >= length) return this.fail('an attribute value that never ends');
      } else if (value === byte.lt) {
        return this.fail('a tag that never ends');
      }
      position++;
    }
    if (position >= length) return this.fail('a tag that never ends');
    tag.start = at;
    tag.end = position + 1;
    tag.local = local;
    tag.nameEnd = nameEnd;
    tag.closing = closing;
    tag.empty = !closing && xml[position - 1] === byte.slash;
    return true;
  }

  /** Whether the current tag's local name is `name`. */
  is(name: Uint8Array): boolean {
    const { xml, tag } = this;
    if (tag.nameEnd - tag.local !== name.length) return false;
    for (let index = 0; index < name.length; index++) if (xml[tag.local + index] !== name[index]) return false;
    return true;
  }

  /**
   * The text of the element whose opening tag is the current one, CDATA included, and leaves
   * `tag` on its closing tag. Child elements' markup is skipped, their text kept.
   */
  text(): string | null {
    const { xml, tag } = this;
    if (tag.empty) return '';
    let text = '';
    let depth = 0;
    for (let position = tag.end; ; ) {
      const at = nextLessThan(xml, position);
      if (at < 0) {
        this.fail('an element that never ends');
        return null;
      }
      if (at > position) text += decodeText(xml, position, at);
      if (startsWith(xml, cdataOpen, at)) {
        const close = indexOfSequence(xml, cdataClose, at + cdataOpen.length);
        if (close < 0) {
          this.fail('a CDATA section that never ends');
          return null;
        }
        text += utf8.decode(xml.subarray(at + cdataOpen.length, close));
        position = close + cdataClose.length;
        continue;
      }
      if (!this.next(at)) return null;
      if (tag.closing && depth-- === 0) return text;
      if (!tag.closing && !tag.empty) depth++;
      position = tag.end;
    }
  }

  private fail(problem: string): false {
    this.problem = problem;
    return false;
  }
}

/** True when [start, end) holds exactly `wanted`. */
function bytesEqual(xml: Uint8Array, start: number, end: number, wanted: Uint8Array): boolean {
  if (end - start !== wanted.length) return false;
  for (let index = 0; index < wanted.length; index++) if (xml[start + index] !== wanted[index]) return false;
  return true;
}

/** One attribute of a tag as offsets: its name (its local part from `local`) and its value. */
export type XmlAttribute = { nameStart: number; local: number; nameEnd: number; valueStart: number; valueEnd: number };

/** Where a tag's attributes start: after its name. */
export function attributesStart(xml: Uint8Array, tag: XmlTag): number {
  let position = tag.start + 1;
  while (!endsName(xml[position])) position++;
  return position;
}

/** Reads the attribute at or after `position` into `into`; returns where the next one may start, or -1 when there is none. */
export function readAttribute(xml: Uint8Array, tag: XmlTag, position: number, into: XmlAttribute): number {
  while (isSpace(xml[position])) position++;
  const nameStart = position;
  let local = nameStart;
  for (let value = xml[position]; position < tag.end; value = xml[++position]) {
    if (value === byte.colon) local = position + 1;
    else if (value === byte.equals || value === byte.slash || value === byte.gt || isSpace(value)) break;
  }
  const nameEnd = position;
  if (nameEnd === nameStart) return -1;
  while (isSpace(xml[position])) position++;
  if (xml[position] !== byte.equals) return -1;
  position++;
  while (isSpace(xml[position])) position++;
  const quote = xml[position];
  if (quote !== byte.quote && quote !== byte.apostrophe) return -1;
  const valueStart = position + 1;
  position = valueStart;
  while (position < tag.end && xml[position] !== quote) position++;
  if (position >= tag.end) return -1;
  into.nameStart = nameStart;
  into.local = local;
  into.nameEnd = nameEnd;
  into.valueStart = valueStart;
  into.valueEnd = position;
  return position + 1;
}

const found: XmlAttribute = { nameStart: 0, local: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/**
 * The value of one attribute of a tag as [start, end) offsets, or null. `name` matches exactly;
 * with `prefixed`, it matches the local name of a prefixed attribute (`r:id` for `id`).
 */
export function attributeRange(xml: Uint8Array, tag: XmlTag, wanted: Uint8Array, prefixed = false): [number, number] | null {
  for (let at = attributesStart(xml, tag); (at = readAttribute(xml, tag, at, found)) >= 0; ) {
    const matches = prefixed ? found.local > found.nameStart && bytesEqual(xml, found.local, found.nameEnd, wanted) : bytesEqual(xml, found.nameStart, found.nameEnd, wanted);
    if (matches) return [found.valueStart, found.valueEnd];
  }
  return null;
}

/** An attribute's value as text, character references decoded (sheet names may hold `&amp;`). */
export function attributeText(xml: Uint8Array, tag: XmlTag, name: Uint8Array, prefixed = false): string | null {
  const range = attributeRange(xml, tag, name, prefixed);
  return range ? decodeText(xml, range[0], range[1]) : null;
}

/** XML's own five; any other name (`&constructor;` in a hostile cell) is kept as written, never looked up on an object. */
const entities: ReadonlyMap<string, string> = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return entities.get(entity) ?? whole;
    const code = entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    // fromCodePoint throws past U+10FFFF; a text is not worth failing the import for.
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Text between tags as an XML parser gives it: UTF-8 decoded, references replaced, line ends as
 * `\n`. Short ASCII runs (numbers, references) are read without the decoder's call overhead.
 */
export function decodeText(xml: Uint8Array, start: number, end: number): string {
  let text: string | null = null;
  if (end - start <= 24) {
    let code = '';
    for (let position = start; position < end; position++) {
      const value = xml[position]!;
      if (value >= 0x80) {
        code = '';
        text = null;
        break;
      }
      code += String.fromCharCode(value);
      text = code;
    }
  }
  text ??= utf8.decode(xml.subarray(start, end));
  if (text.includes('&')) text = decodeReferences(text);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
