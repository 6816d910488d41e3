const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const values = new Uint8Array(128).fill(255);
for (let index = 0; index < alphabet.length; index++) values[alphabet.charCodeAt(index)] = index;

/**
 * Workbook bytes travel between the window and the host as base64 text, the one form both the
 * desktop's IPC and the browser host's JSON carry alike. Written here because Node and the
 * browser have different built-ins for it.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index]!;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    chunk += alphabet[a >> 2]! + alphabet[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    chunk += b === undefined ? '=' : alphabet[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    chunk += c === undefined ? '=' : alphabet[c & 63]!;
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export class Base64Error extends Error {}

export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) throw new Base64Error('not base64: wrong length');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let byte = 0;
  for (let index = 0; index < clean.length; index += 4) {
    const quad = [0, 1, 2, 3].map((offset) => {
      const code = clean.charCodeAt(index + offset);
      if (Number.isNaN(code)) return 0;
      const value = code < 128 ? values[code]! : 255;
      if (value === 255) throw new Base64Error(`not base64: character ${index + offset}`);
      return value;
    });
    const [a, b, c, d] = quad as [number, number, number, number];
    bytes[byte++] = (a << 2) | (b >> 4);
    if (byte < bytes.length) bytes[byte++] = ((b & 15) << 4) | (c >> 2);
    if (byte < bytes.length) bytes[byte++] = ((c & 3) << 6) | d;
  }
  return bytes;
}
