import type { Language } from '../model/localized-text.ts';
import { catalogue, type MessageKey } from './catalogue.ts';

export type TranslateParams = Readonly<Record<string, string | number>>;

/**
 * A value for a message's {placeholder}. `foreign` is text from outside the catalogue (a file
 * name, a name the team typed), which may be in the other language's script; text worded from
 * the catalogue in the reader's language is not.
 */
export type FillValue = { text: string; foreign: boolean };

/** Letters of the other language's script: Latin inside Hebrew text, Hebrew inside English text. */
const otherScript: Record<Language, RegExp> = { he: /[A-Za-z]/, en: /[\u0590-\u05FF]/ };

/**
 * A message's template with its placeholders filled in. A foreign value in the other language's
 * script (a file name like "גבעת הדקלים 2027.xlsx" in a Hebrew message, a Hebrew name in an
 * English one) is set apart with Unicode isolates, so the bidi algorithm cannot reorder it into
 * its surroundings ("גבעת הדקלים xlsx.2027"). A placeholder with no value is left as it is.
 */
export function fillTemplate(language: Language, key: MessageKey, valueOf: (name: string) => FillValue | undefined): string {
  const template = catalogue[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string, at: number) => {
    const value = valueOf(name);
    if (value === undefined) return whole;
    const { text } = value;
    // Not twice: where the message already isolates the place, or the value carries its own isolates.
    const isolated = /[\u2066-\u2068]/.test(template[at - 1] ?? '') || /[\u2066-\u2069]/.test(text);
    return value.foreign && otherScript[language].test(text) && !isolated ? `\u2068${text}\u2069` : text;
  });
}

/** A message with its parameters filled in, each taken as text from outside the catalogue. */
export function translate(language: Language, key: MessageKey, params: TranslateParams = {}): string {
  return fillTemplate(language, key, (name) => {
    const value = params[name];
    return value === undefined ? undefined : { text: String(value), foreign: true };
  });
}

/**
 * A text Tamhil writes into the plan for the team to edit (a new service's name, a need drawn
 * from a survey): filled in without isolates, which would stay in the plan as invisible
 * characters in the team's own text.
 */
export function draftText(language: Language, key: MessageKey, params: TranslateParams = {}): string {
  return fillTemplate(language, key, (name) => {
    const value = params[name];
    return value === undefined ? undefined : { text: String(value), foreign: false };
  });
}
