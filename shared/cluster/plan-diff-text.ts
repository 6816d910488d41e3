import { agorotFromShekels } from '../budget/money.ts';
import { formatMoney, formatNumber, formatPercent } from '../format/number-format.ts';
import type { Message } from '../i18n/message.ts';
import { wordMessage } from '../i18n/word-message.ts';
import type { Language } from '../model/localized-text.ts';
import type { DiffMeasure, DiffValue, Difference } from './plan-diff-changes.ts';

/**
 * A value as the reader knows it: ₪ for money, % for shares, a choice by its name. Null for a
 * value that is not there (or empty text), which the caller says in its own words.
 */
export function formatDiffValue(measure: DiffMeasure, value: DiffValue, language: Language, options: Readonly<Record<string, Message>> | null): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') {
    if (measure === 'money') return formatMoney(agorotFromShekels(value), language);
    if (measure === 'share') return formatPercent(value, language, 2);
    if (measure === 'number') return formatNumber(value, language);
    return String(value);
  }
  const code = String(value);
  const named = (measure === 'choice' || measure === 'flag') && options !== null && Object.hasOwn(options, code);
  return named ? wordMessage(language, options[code]!) : code;
}

/**
 * A positive figure with its plus sign where the locale puts the minus: Intl marks a signed
 * number as a left-to-right run in Hebrew, so "+₪30" reads as one piece inside right-to-left text.
 */
function signed(format: (value: number) => string, value: number): string {
  return value > 0 ? format(-value).replace('-', '+') : format(value);
}

export type DifferenceText = {
  /** "+₪30", "-4", or for shares the change in percentage points ("+5"). */
  amount: string;
  /** "+25%": the change against the value before; null when there is none to measure against. */
  fraction: string | null;
  /** The amount is in percentage points, which the caller names in its own words. */
  points: boolean;
};

export function formatDifference(difference: Difference, measure: DiffMeasure, language: Language): DifferenceText {
  const fraction = difference.fraction === null ? null : signed((value) => formatPercent(value, language, 1), difference.fraction);
  if (measure === 'money') return { amount: signed((value) => formatMoney(agorotFromShekels(value), language), difference.amount), fraction, points: false };
  if (measure === 'share') return { amount: signed((value) => formatNumber(value * 100, language), difference.amount), fraction: null, points: true };
  return { amount: signed((value) => formatNumber(value, language), difference.amount), fraction, points: false };
}
