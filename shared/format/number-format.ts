import type { Language } from '../model/localized-text.ts';
import { shekelsFromAgorot, type Agorot } from '../budget/money.ts';

const locales: Record<Language, string> = { he: 'he-IL', en: 'en-IL' };

export function localeOf(language: Language): string {
  return locales[language];
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** ₪ with agorot only when there are any, the way budgets are read. */
export function formatMoney(amount: Agorot, language: Language): string {
  const whole = amount % 100 === 0;
  const key = `${language}:${whole}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      style: 'currency',
      currency: 'ILS',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(key, format);
  }
  return format.format(shekelsFromAgorot(amount));
}

/** Shares are stored as fractions; this is the one place that shows them as percentages. */
export function formatPercent(fraction: number, language: Language, fractionDigits = 1): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(fraction);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}
