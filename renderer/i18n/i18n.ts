import { useCallback } from 'react';
import { create } from 'zustand';
import type { Language, LocalizedText } from '@shared/model/localized-text.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { translate, type TranslateParams } from '@shared/i18n/translate.ts';

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

export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage((state) => state.language);
  return (text) => text[language];
}
