import { describe, expect, it } from 'vitest';
import { Base64Error, base64ToBytes, bytesToBase64 } from '@shared/format/base64.ts';

describe('base64 for workbook bytes', () => {
  it('agrees with Node for every length and byte', () => {
    for (let length = 0; length < 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + length) & 255);
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('ab$d')).toThrow(Base64Error);
    expect(() => base64ToBytes('abcde')).toThrow(Base64Error);
  });
});
