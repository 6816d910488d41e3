import type { Language } from '../model/localized-text.ts';
import type { WorkbookImportFailure } from './read-workbook.ts';
import { workbookProblemMessage } from './workbook-problem.ts';

/**
 * Why a planning workbook could not be taken in, and what to do instead, in the user's
 * language: the app's import dialog and `tamhil import` say the same thing.
 */
export function workbookImportFailureMessage(failure: WorkbookImportFailure, language: Language): string {
  const he = language === 'he';
  switch (failure.code) {
    case 'not-a-plan-workbook':
      return he
        ? 'בחוברת הזו אין אף אחד מהגיליונות של חוברת התכנון של תמהיל, ולכן אי אפשר לקרוא ממנה תכנית. כדי לקלוט טבלת שירותים מחוברת אחרת, השתמשו בפעולה "ייבוא שירותים".'
        : 'This workbook has none of the sheets of Tamhil\'s planning workbook, so no plan can be read from it. To take in a table of services from another workbook, use "Import services".';
    case 'plan-invalid':
      return he
        ? `מהחוברת לא מתקבלת תכנית תקינה: השדה ${failure.path || '(שורש)'} אינו תקין (${failure.detail}). תקנו את הערך בחוברת ונסו שוב.`
        : `The workbook does not make a valid plan: the field ${failure.path || '(root)'} is not valid (${failure.detail}). Correct the value in the workbook and try again.`;
    default:
      return workbookProblemMessage(failure, language);
  }
}
