/*
 * A growing buffer that XML is written into as UTF-8 bytes, piece by piece. Writing a large
 * sheet as strings made a string per cell for the garbage collector and encoded the result a
 * second time; bytes written in place cost neither.
 */

declare const TextEncoder: new () => { encodeInto(text: string, into: Uint8Array): { written: number } };
const utf8 = new TextEncoder();

export class ByteSink {
  private buffer = new Uint8Array(64 * 1024);
  private length = 0;

  private room(needed: number): Uint8Array {
    if (this.length + needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + needed));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return this.buffer;
  }

  /** Text known to be ASCII (markup, numbers, references), one byte per character. */
  ascii(text: string): void {
    const buffer = this.room(text.length);
    let length = this.length;
    for (let index = 0; index < text.length; index++) buffer[length++] = text.charCodeAt(index);
    this.length = length;
  }

  /** Bytes: a piece prepared once and written many times (a tag, a column's letters), or a whole part. */
  bytes(bytes: Uint8Array): void {
    const buffer = this.room(bytes.length);
    // A loop beats the runtime call of set() for the few bytes of a tag.
    if (bytes.length > 32) buffer.set(bytes, this.length);
    else for (let index = 0, length = this.length; index < bytes.length; index++) buffer[length + index] = bytes[index]!;
    this.length += bytes.length;
  }

  /** A whole number from 0 up, in decimal, without making a string of it. */
  integer(value: number): void {
    if (value < 10) {
      this.room(1)[this.length++] = 0x30 + value;
      return;
    }
    const digits = Math.floor(Math.log10(value)) + 1;
    const buffer = this.room(digits);
    for (let position = this.length + digits - 1, rest = value; position >= this.length; position--, rest = Math.floor(rest / 10)) buffer[position] = 0x30 + (rest % 10);
    this.length += digits;
  }

  /** Any text, as UTF-8 (at most three bytes for each UTF-16 unit). */
  text(text: string): void {
    const buffer = this.room(text.length * 3);
    this.length += utf8.encodeInto(text, buffer.subarray(this.length)).written;
  }

  /** What was written, without a copy; the sink must not be written to after. */
  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** ASCII text as bytes, for pieces written over and over. */
export const asciiBytes = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));
