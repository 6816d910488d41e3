import type { MessageKey } from '@shared/i18n/catalogue.ts';
import type { MessageParam } from '@shared/i18n/message.ts';
import { translate, type TranslateParams } from '@shared/i18n/translate.ts';
import { wordText } from '@shared/i18n/word-message.ts';
import type { Language } from '@shared/model/localized-text.ts';

// A terminal shows direction isolates as stray marks; a terminal line has no bidi layout to keep.
const directionIsolates = /[\u2066-\u2069]/g;

export const withoutIsolates = (text: string): string => text.replace(directionIsolates, '');

/** A message of the domain (a finding, a diff line), or a name or label on its own, as the command line prints it. */
export function wordForTerminal(language: Language, text: MessageParam): string {
  return withoutIsolates(wordText(language, text));
}

/** A line of the catalogue as the command line prints it. */
export function translateForTerminal(language: Language, key: MessageKey, params?: TranslateParams): string {
  return withoutIsolates(translate(language, key, params));
}
