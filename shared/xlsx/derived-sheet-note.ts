import type { Language } from '../model/localized-text.ts';
import { translate } from '../i18n/translate.ts';

/** The note above a sheet derived from the plan, in the workbook's language. */
export const derivedSheetNote = (language: Language): string => translate(language, 'workbookSheet.derivedNote');
