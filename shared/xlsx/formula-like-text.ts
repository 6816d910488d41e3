/*
 * CSV injection (OWASP): a spreadsheet opening a CSV runs any field that starts like a formula,
 * so a service named `=HYPERLINK(...)` or `@SUM(...)` typed into a plan would become live in
 * whoever opens the export. Text fields are defused with a leading apostrophe, which Excel
 * shows as text and does not display. Numbers are not text: a negative amount written as a
 * number stays a number; only text that happens to start with `-` (a phone range, a note) is
 * prefixed.
 */

/**
 * OWASP's list: `=`, `+`, `-`, `@`, and tab and carriage return, which some spreadsheets skip
 * before looking for one of the others; line feed for the same reason.
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && formulaStarts.has(text[0]!);
}

/** Text as it may safely stand in a CSV field: a leading `'` when it starts like a formula, otherwise unchanged. */
export function neutraliseForCsv(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
