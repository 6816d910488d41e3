import type { Language } from '../model/localized-text.ts';
import { shekelsFromAgorot, type Agorot } from '../budget/money.ts';

// eslint-disable-next-line tamhil/no-inline-localized-text -- locale codes for Intl, not text for people
const locales: Record<Language, string> = { he: 'he-IL', en: 'en-IL' };

export function localeOf(language: Language): string {
  return locales[language];
}

/** Building a formatter costs far more than using one (a table of 260 plans spent most of its time there): each is made once. */
const formats = new Map<string, Intl.NumberFormat>();

function formatOf(key: string, language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const fullKey = `${language}:${key}`;
  let format = formats.get(fullKey);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), options);
    formats.set(fullKey, format);
  }
  return format;
}

/** ₪ with agorot only when there are any, the way budgets are read. */
export function formatMoney(amount: Agorot, language: Language): string {
  const whole = amount % 100 === 0;
  const format = formatOf(`money:${whole}`, language, { style: 'currency', currency: 'ILS', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 });
  return format.format(shekelsFromAgorot(amount));
}

/** Shares are stored as fractions; this is the one place that shows them as percentages. */
export function formatPercent(fraction: number, language: Language, fractionDigits = 1): string {
  return formatOf(`percent:${fractionDigits}`, language, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: fractionDigits }).format(fraction);
}

export function formatNumber(value: number, language: Language): string {
  return formatOf('number', language, { maximumFractionDigits: 2 }).format(value);
}
