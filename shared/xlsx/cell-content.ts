/** What one workbook cell holds, whatever way the program that saved it stored it. */
export type CellContent = {
  /** The value shown: a formula's cached result, or null when it has none (or an error such as #DIV/0!). */
  value: number | string | boolean | Date | null;
  /** The formula text without '=', or null for a typed value. */
  formula: string | null;
};

/** A cell's value as text for a text field: numbers as typed, dates as YYYY-MM-DD, blanks as ''. */
export function contentText(content: CellContent): string {
  const { value } = content;
  if (value === null) return '';
  if (value instanceof Date) return isoDate(value);
  return String(value);
}

const escapable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r\uFFFE\uFFFF]/g;

/**
 * Text as a cell stores it. XML cannot carry most control characters and turns CR LF into LF,
 * so Excel writes them as `_x000D_`; text that already looks like such an escape gets its
 * underscore escaped (`_x005F_`), as Excel does.
 */
export function toCellText(text: string): string {
  return text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (escape) => `_x005F_${escape.slice(1)}`)
    .replace(escapable, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
