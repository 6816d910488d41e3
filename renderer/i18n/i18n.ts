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

/** Letters of the other language's script: Latin inside Hebrew text, Hebrew inside English text. */
const otherScript: Record<Language, RegExp> = { he: /[A-Za-z]/, en: /[\u0590-\u05FF]/ };

/**
 * A message with its parameters filled in. A parameter in the other language's script (a file
 * name like "גבעת הדקלים 2027.xlsx" in a Hebrew message, a Hebrew name in an English one) is
 * set apart with Unicode isolates, so the bidi algorithm cannot reorder it into its
 * surroundings ("גבעת הדקלים xlsx.2027").
 */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string, at: number) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = String(value);
    // Not twice: where the message already isolates the place, or the value carries its own isolates.
    const isolated = /[\u2066-\u2068]/.test(template[at - 1] ?? '') || /[\u2066-\u2069]/.test(text);
    return otherScript[language].test(text) && !isolated ? `\u2068${text}\u2069` : text;
  });
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
