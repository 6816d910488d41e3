import { localeOf } from '@shared/format/number-format.ts';
import type { Language } from '@shared/model/localized-text.ts';

/** An act's or a comment's time, as people read it in the app's language. */
export function formatReviewTime(at: string, language: Language): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
