/**
 * Reads a number as people type it in Israel: thousands separators, a ₪ sign, spaces, a
 * trailing % (returned as a fraction). Returns null for anything that is not one number.
 */
export function parseTypedNumber(text: string, { percent = false } = {}): number | null {
  let cleaned = text.replace(/[\s\u00a0\u200e\u200f₪,]/g, '').replace(/ש"ח|ש״ח|NIS|ILS/gi, '');
  const hasPercent = cleaned.endsWith('%');
  if (hasPercent) cleaned = cleaned.slice(0, -1);
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return null;
  return percent || hasPercent ? value / 100 : value;
}
