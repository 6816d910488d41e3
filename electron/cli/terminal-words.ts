import type { MessageKey } from '@shared/i18n/catalogue.ts';
import type { Message } from '@shared/i18n/message.ts';
import { translate, type TranslateParams } from '@shared/i18n/translate.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import type { Language } from '@shared/model/localized-text.ts';

// A terminal shows direction isolates as stray marks; a terminal line has no bidi layout to keep.
const directionIsolates = /[\u2066-\u2069]/g;

export const withoutIsolates = (text: string): string => text.replace(directionIsolates, '');

/** A message of the domain (a finding, a diff line) as the command line prints it. */
export function wordForTerminal(language: Language, message: Message): string {
  return withoutIsolates(wordMessage(language, message));
}

/** A line of the catalogue as the command line prints it. */
export function translateForTerminal(language: Language, key: MessageKey, params?: TranslateParams): string {
  return withoutIsolates(translate(language, key, params));
}
