import type { LocalizedText } from '../model/localized-text.ts';

export const derivedSheetNote: LocalizedText = {
  he: 'גיליון זה נגזר מהתכנית בתמהיל לעיון ולהדפסה; שינויים בו אינם נקראים בחזרה בייבוא.',
  en: 'This sheet is derived from the plan in Tamhil, for reading and printing; changes to it are not read back on import.',
};
