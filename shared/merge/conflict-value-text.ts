import { formatNumber } from '../format/number-format.ts';
import type { Language } from '../model/localized-text.ts';

/**
 * A conflict's value as a person reads it: a text as written, a number in the language's
 * digits, anything else (a list of ids, a record) as its JSON. Null when the side holds nothing
 * there (the item removed, the field empty), for the caller to say so in its own words.
 */
export function conflictValueText(value: unknown, language: Language): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
