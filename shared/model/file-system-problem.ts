import type { Language } from './localized-text.ts';

const problems: Record<string, Record<Language, string>> = {
  EACCES: { he: 'אין הרשאה לקובץ או לתיקייה.', en: 'There is no permission for the file or folder.' },
  EPERM: { he: 'אין הרשאה לקובץ או לתיקייה.', en: 'There is no permission for the file or folder.' },
  ENOSPC: { he: 'אין מקום פנוי בדיסק.', en: 'The disk is full.' },
  EROFS: { he: 'הכונן מוגן מפני כתיבה.', en: 'The drive is read-only.' },
  ENOENT: { he: 'התיקייה אינה קיימת.', en: 'The folder does not exist.' },
  ENOTDIR: { he: 'התיקייה אינה קיימת.', en: 'The folder does not exist.' },
  EISDIR: { he: 'בשם הזה קיימת תיקייה, לא קובץ.', en: 'That name is a folder, not a file.' },
  ENAMETOOLONG: { he: 'שם הקובץ ארוך מדי.', en: 'The file name is too long.' },
  EBUSY: { he: 'הקובץ פתוח בתוכנה אחרת.', en: 'The file is open in another program.' },
};

/** What a file-system error code means for the user, without the paths Node puts in its messages. */
export function fileSystemProblem(errno: string, language: Language): string {
  return (
    problems[errno]?.[language] ??
    (language === 'he' ? `שגיאת מערכת הקבצים (${errno}).` : `A file-system error occurred (${errno}).`)
  );
}

export function errnoOf(error: unknown): string {
  return (error as { code?: unknown }).code && typeof (error as { code: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'EIO';
}
