/**
 * The first 16 hex digits of a hash in groups of four: short enough to compare by eye or over
 * the phone, long enough that making another key or plan to match them is out of reach.
 */
export function shortHex(hex: string): string {
  return hex.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
}
