import type { Message } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import type { LocalizedText } from '@shared/model/localized-text.ts';

/** A message worded in both languages, as the app shows it, for tests that read its words. */
export function worded(message: Message): LocalizedText {
  return { he: wordMessage('he', message), en: wordMessage('en', message) };
}
