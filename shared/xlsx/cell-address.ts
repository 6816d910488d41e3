/** `AB12` read straight from bytes [start, end); null when it is not plain letters then digits. */
export function cellAddress(xml: Uint8Array, start: number, end: number): { row: number; column: number } | null {
  let position = start;
  let column = 0;
  while (position < end) {
    const value = xml[position]! | 0x20; // lower case
    if (value < 0x61 || value > 0x7a) break;
    column = column * 26 + (value - 0x60);
    position++;
  }
  let row = 0;
  const digitsStart = position;
  while (position < end && xml[position]! >= 0x30 && xml[position]! <= 0x39) row = row * 10 + (xml[position++]! - 0x30);
  if (column === 0 || position === digitsStart || position !== end) return null;
  return { row, column };
}

/** A positive whole number written in decimal in [start, end), or null. */
export function positiveInteger(xml: Uint8Array, start: number, end: number): number | null {
  let value = 0;
  for (let position = start; position < end; position++) {
    const digit = xml[position]! - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return end > start && value > 0 ? value : null;
}
