import { useCallback } from 'react';
import { create } from 'zustand';
import type { Language, LocalizedText } from '@shared/model/localized-text.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import type { MessageParam } from '@shared/i18n/message.ts';
import { translate, type TranslateParams } from '@shared/i18n/translate.ts';
import { wordText } from '@shared/i18n/word-message.ts';

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

/** A text written in both languages (the guide's content, a label table), in the interface language. */
export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage((state) => state.language);
  return (text) => text[language];
}
