/**
 * Text as windows-1255 bytes, as public Israeli data often comes: Hebrew letters א…ת are
 * 0xE0…0xFA (as in ISO-8859-8); the rest must be ASCII.
 */
export function windows1255(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => {
    const code = character.codePointAt(0)!;
    if (code >= 0x05d0 && code <= 0x05ea) return 0xe0 + (code - 0x05d0);
    if (code < 0x80) return code;
    throw new Error(`no windows-1255 byte for ${character}`);
  }));
}
