import type { OpenError } from '../host-api.ts';
import type { FieldProblem } from './read-plan.ts';
import type { Language } from './localized-text.ts';
import { formatNumber } from '../format/number-format.ts';
import { fileSystemProblem } from './file-system-problem.ts';

const problems: Record<FieldProblem, Record<Language, (expected: string) => string>> = {
  missing: { he: () => 'חסר', en: () => 'is missing' },
  'wrong-type': { he: (e) => `מסוג שגוי (צפוי: ${e})`, en: (e) => `has the wrong type (expected ${e})` },
  'too-small': { he: (e) => `קטן מדי (לפחות ${e})`, en: (e) => `is too small (at least ${e})` },
  'too-big': { he: (e) => `גדול מדי (לכל היותר ${e})`, en: (e) => `is too big (at most ${e})` },
  'not-allowed': { he: (e) => `מכיל ערך שאינו מותר (מותר: ${e})`, en: (e) => `has a value that is not allowed (allowed: ${e})` },
  'wrong-format': { he: (e) => `בתבנית שגויה (${e})`, en: (e) => `has the wrong format (${e})` },
  other: { he: () => 'אינו תקין', en: () => 'is not valid' },
};

/** What is wrong with one value, as the end of a sentence naming it ("is too big (at most 5)"). */
export function fieldProblemText(problem: FieldProblem, expected: string, language: Language): string {
  return problems[problem][language](expected);
}

const megabytes = (bytes: number, language: Language) => formatNumber(Math.round(bytes / 1024 / 1024), language);

/** Why a file could not be opened, in words a desk team can act on; names the field when there is one. */
export function openErrorMessage(error: OpenError, language: Language): string {
  const he = language === 'he';
  switch (error.code) {
    case 'not-found':
      return he ? 'הקובץ לא נמצא.' : 'The file was not found.';
    case 'too-large':
      return he
        ? `הקובץ גדול מדי לתכנית (${megabytes(error.size, language)} MB, המרבי ${megabytes(error.limit, language)} MB).`
        : `The file is too large for a plan (${megabytes(error.size, language)} MB, at most ${megabytes(error.limit, language)} MB).`;
    case 'io':
      return he
        ? `לא ניתן לקרוא את הקובץ: ${fileSystemProblem(error.errno, language)}`
        : `The file could not be read: ${fileSystemProblem(error.errno, language)}`;
    case 'not-json':
      return he
        ? 'זה אינו קובץ תכנית של תמהיל: התוכן פגום או שאינו JSON.'
        : 'This is not a Tamhil plan file: its content is damaged or is not JSON.';
    case 'not-a-plan':
      return he
        ? 'זה אינו קובץ תכנית של תמהיל: חסר בו השדה schemaVersion.'
        : 'This is not a Tamhil plan file: it has no schemaVersion field.';
    case 'newer-version':
      return he
        ? `התכנית נשמרה בגרסה חדשה יותר של תמהיל (מבנה ${error.version}; גרסה זו קוראת עד ${error.supported}). עדכנו את תמהיל כדי לפתוח אותה.`
        : `The plan was saved by a newer Tamhil (format ${error.version}; this version reads up to ${error.supported}). Update Tamhil to open it.`;
    case 'unknown-version':
      return he
        ? `מבנה הקובץ (${error.version}) אינו מוכר לתמהיל.`
        : `The file's format (${error.version}) is not one Tamhil knows.`;
    case 'migration-failed':
      return he
        ? `לא ניתן היה לעדכן את התכנית ממבנה ${error.version}: ${error.detail}`
        : `The plan could not be upgraded from format ${error.version}: ${error.detail}`;
    case 'invalid':
      return he
        ? `התכנית פגומה: השדה ${error.path || '(שורש)'} ${problems[error.problem].he(error.expected)}.`
        : `The plan is damaged: the field ${error.path || '(root)'} ${problems[error.problem].en(error.expected)}.`;
  }
}
