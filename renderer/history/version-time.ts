import { localeOf } from '@shared/format/number-format.ts';
import type { Language } from '@shared/model/localized-text.ts';

/** A version's time with its seconds: saves a minute apart, or less, are told apart by it. */
export function formatVersionTime(at: string, language: Language): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}
