import { useCallback } from 'react';
import { create } from 'zustand';
import type { Language, LocalizedText } from '@shared/model/localized-text.ts';
import { messagesHe, type MessageKey } from './messages-he.ts';
import { messagesEn } from './messages-en.ts';

const catalogs: Record<Language, Record<MessageKey, string>> = { he: messagesHe, en: messagesEn };

type LanguageState = { language: Language; setLanguage(language: Language): void };

/** The interface language; the document element follows it (lang and direction). */
export const useLanguage = create<LanguageState>((set) => ({
  language: 'he',
  setLanguage(language) {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'he' ? 'rtl' : 'ltr';
    document.title = catalogs[language]['app.name'];
    set({ language });
  },
}));

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogs[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The same function for as long as the language stays, so components can depend on it. */
export function useT(): Translate {
  const language = useLanguage((state) => state.language);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}

export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage((state) => state.language);
  return (text) => text[language];
}
