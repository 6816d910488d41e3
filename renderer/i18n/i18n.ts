import { useCallback } from 'react';
import { create } from 'zustand';
import type { Language, LocalizedText } from '@shared/model/localized-text.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import type { Message, MessageParam } from '@shared/i18n/message.ts';
import { translate, type TranslateParams } from '@shared/i18n/translate.ts';
import { wordMessage, wordText } from '@shared/i18n/word-message.ts';

export { translate };

type LanguageState = { language: Language; setLanguage(language: Language): void };

/** The interface language; the document element follows it (lang and direction). */
export const useLanguage = create<LanguageState>((set) => ({
  language: 'he',
  setLanguage(language) {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'he' ? 'rtl' : 'ltr';
    document.title = translate(language, 'app.name');
    set({ language });
  },
}));

export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/** The same function for as long as the language stays, so components can depend on it. */
export function useT(): Translate {
  const language = useLanguage((state) => state.language);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}

/** Words a message the domain returned (a finding, a diff line), or a name or label on its own, in the interface language. */
export function useWord(): (text: MessageParam) => string {
  const language = useLanguage((state) => state.language);
  return useCallback((text: MessageParam) => wordText(language, text), [language]);
}

/**
 * A text written in both languages in the interface language. It words a message too, for the
 * logic model's findings list (renderer/logic-model/ModelFindings.tsx, held open by another
 * change), which reads its findings through this; once it uses useWord, this takes text only.
 */
export function useLocalized(): (text: LocalizedText | Message) => string {
  const language = useLanguage((state) => state.language);
  return (text) => ('key' in text ? wordMessage(language, text) : text[language]);
}
