import { parseTypedNumber } from '../format/parse-number.ts';
import { optionCode } from '../budget/option-labels.ts';
import type { LocalizedText, Language } from '../model/localized-text.ts';
import { contentText, isoDate, type CellContent } from './cell-content.ts';
import type { RowProblem } from './row-problem.ts';

export type ParsedValue = string | number | null | string[];
export type ParseResult = { ok: true; value: ParsedValue } | { ok: false; reason: RowProblem['reason'] };

/** Excel counts days from 1899-12-30 (its 1900 leap-year quirk included). */
const excelEpoch = Date.UTC(1899, 11, 30);
const dayMilliseconds = 86_400_000;

export function parseNumberCell(content: CellContent, percent = false): ParseResult {
  const { value } = content;
  if (value === null || value === '') return { ok: true, value: null };
  if (typeof value === 'number') return { ok: true, value };
  if (typeof value === 'boolean') return { ok: true, value: value ? 1 : 0 };
  const text = contentText(content).trim();
  if (text === '') return { ok: true, value: null };
  const number = parseTypedNumber(text, { percent: percent && text.endsWith('%') });
  return number === null ? { ok: false, reason: { code: 'not-a-number', text } } : { ok: true, value: number };
}

export function parseDateCell(content: CellContent): ParseResult {
  const { value } = content;
  if (value === null || value === '') return { ok: true, value: null };
  if (value instanceof Date) return { ok: true, value: isoDate(value) };
  if (typeof value === 'number' && value > 0 && value < 2_958_466) {
    return { ok: true, value: isoDate(new Date(excelEpoch + Math.round(value) * dayMilliseconds)) };
  }
  const text = contentText(content).trim();
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (match) {
    // Israeli dates are day.month.year; ISO dates year-month-day.
    const [year, month, day] = match[1]!.length === 4 ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() === Number(month) - 1) return { ok: true, value: isoDate(date) };
  }
  return { ok: false, reason: { code: 'not-a-date', text } };
}

export function parseOptionCell(content: CellContent, options: Record<string, LocalizedText>, language: Language): ParseResult {
  const text = contentText(content).trim();
  if (text === '') return { ok: true, value: null };
  const code = optionCode(options, text);
  if (code !== null) return { ok: true, value: code };
  return { ok: false, reason: { code: 'unknown-option', text, allowed: Object.values(options).map((label) => label[language]) } };
}

/** Ids typed as a list: commas, semicolons or line breaks between them. */
export function parseListCell(content: CellContent): ParseResult {
  const text = contentText(content);
  return { ok: true, value: text.split(/[,;\n]/).map((part) => part.trim()).filter((part) => part !== '') };
}

export function parseTextCell(content: CellContent): ParseResult {
  return { ok: true, value: contentText(content) };
}
