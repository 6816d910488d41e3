import type { Language } from '../model/localized-text.ts';
import { formatNumber } from '../format/number-format.ts';

/**
 * Why a spreadsheet from outside (.xlsx or .csv) cannot be read. The guards return one of these
 * instead of throwing, so the import can tell the user what is wrong before any parser runs.
 */
export type WorkbookProblem =
  /** Neither a zip nor an Office file: a PDF, an image, a renamed text file. */
  | { code: 'not-a-zip' }
  /** An encrypted Office package (a compound file holding `EncryptedPackage`) or a zip entry with the encryption flag. */
  | { code: 'encrypted' }
  /** An Office compound file that is not encrypted: an Excel 97–2003 `.xls`. */
  | { code: 'old-format' }
  /** Total uncompressed size of the zip's entries, in bytes. */
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'too-many-entries'; count: number; limit: number }
  /** One entry shrinks far more than spreadsheet XML does: the signature of a zip bomb. */
  | { code: 'compression-ratio'; entry: string; ratio: number; limit: number }
  /** Cells in the whole workbook; `sheet` names the sheet with the most of them, when it is known. */
  | { code: 'too-many-cells'; sheet: string | null; cells: number; limit: number }
  /** Distinct texts in the shared-strings table; the reader keeps every one in memory. */
  | { code: 'too-many-strings'; strings: number; limit: number }
  /** The zip or its XML is inconsistent; `detail` is technical English, shown in brackets. */
  | { code: 'damaged'; detail: string }
  | { code: 'no-sheet' }
  /** CSV bytes that decode as none of the encodings we accept, or are binary. */
  | { code: 'unreadable-text' }
  /** Records of a CSV, or `<row>` elements in all of a workbook's sheets. */
  | { code: 'too-many-rows'; limit: number }
  /** `row` counts from 1, as a spreadsheet does. */
  | { code: 'field-too-long'; row: number; limit: number }
  | { code: 'unclosed-quote'; row: number };

export type WorkbookProblemCode = WorkbookProblem['code'];

const megabytes = (bytes: number, language: Language) => formatNumber(Math.max(1, Math.round(bytes / 1024 / 1024)), language);

/** What is wrong with the file and what the user can do about it, in the user's language. */
export function workbookProblemMessage(problem: WorkbookProblem, language: Language): string {
  const he = language === 'he';
  const number = (value: number) => formatNumber(value, language);
  switch (problem.code) {
    case 'not-a-zip':
      return he
        ? 'הקובץ אינו חוברת Excel בתבנית xlsx. פתחו אותו ב-Excel, שמרו אותו בשם כ"חוברת עבודה של Excel" ונסו שוב.'
        : 'The file is not an Excel workbook (.xlsx). Open it in Excel, save it as "Excel Workbook" and try again.';
    case 'encrypted':
      return he
        ? 'החוברת מוגנת בסיסמה, ולכן תמהיל אינו יכול לקרוא אותה. פתחו אותה ב-Excel, הסירו את הסיסמה ושמרו אותה שוב בלי סיסמה.'
        : 'The workbook is protected by a password, so Tamhil cannot read it. Open it in Excel, remove the password and save it again without one.';
    case 'old-format':
      return he
        ? 'זו חוברת בתבנית הישנה של Excel (xls, גרסאות 97–2003). פתחו אותה ב-Excel ושמרו אותה בשם כחוברת בתבנית xlsx.'
        : 'This is a workbook in the old Excel format (.xls, Excel 97–2003). Open it in Excel and save it as an .xlsx workbook.';
    case 'too-large':
      return he
        ? `החוברת גדולה מדי: תוכנה תופס ${megabytes(problem.size, language)} MB כשאינו דחוס, ותמהיל קורא עד ${megabytes(problem.limit, language)} MB. מחקו גיליונות, תמונות או נתונים שאינם נחוצים ושמרו אותה שוב.`
        : `The workbook is too large: its content takes ${megabytes(problem.size, language)} MB uncompressed, and Tamhil reads at most ${megabytes(problem.limit, language)} MB. Delete sheets, pictures or data you do not need and save it again.`;
    case 'too-many-entries':
      return he
        ? `החוברת מורכבת מ-${number(problem.count)} חלקים פנימיים, ותמהיל קורא עד ${number(problem.limit)}. העתיקו את הגיליונות הדרושים לחוברת חדשה ונסו שוב.`
        : `The workbook is made of ${number(problem.count)} internal parts, and Tamhil reads at most ${number(problem.limit)}. Copy the sheets you need into a new workbook and try again.`;
    case 'compression-ratio':
      return he
        ? `החלק "${problem.entry}" בחוברת דחוס פי ${number(Math.round(problem.ratio))}, הרבה מעבר לחוברת רגילה (עד פי ${number(problem.limit)}). קבצים כאלה נבנים לפעמים כדי להפיל תוכנות, ולכן תמהיל לא יפתח אותו. אם הקובץ הגיע ממקור מוכר, פתחו אותו ב-Excel, שמרו אותו שוב ונסו שנית.`
        : `The part "${problem.entry}" of the workbook is compressed ${number(Math.round(problem.ratio))} times, far beyond an ordinary workbook (at most ${number(problem.limit)}). Files like this are sometimes built to crash programs, so Tamhil will not open it. If it comes from a source you trust, open it in Excel, save it again and retry.`;
    case 'too-many-cells': {
      const where = problem.sheet === null ? '' : he ? ` (הגדול בגיליונות: "${problem.sheet}")` : ` (the largest sheet is "${problem.sheet}")`;
      return he
        ? `בחוברת ${number(problem.cells)} תאים${where}, ותמהיל קורא עד ${number(problem.limit)}. העתיקו לחוברת חדשה רק את הטווח הדרוש ונסו שוב.`
        : `The workbook has ${number(problem.cells)} cells${where}, and Tamhil reads at most ${number(problem.limit)}. Copy only the range you need into a new workbook and try again.`;
    }
    case 'too-many-strings':
      return he
        ? `בחוברת ${number(problem.strings)} ערכי טקסט שונים, ותמהיל קורא עד ${number(problem.limit)}. העתיקו לחוברת חדשה רק את הטווח הדרוש ונסו שוב.`
        : `The workbook holds ${number(problem.strings)} different texts, and Tamhil reads at most ${number(problem.limit)}. Copy only the range you need into a new workbook and try again.`;
    case 'damaged':
      return he
        ? `הקובץ פגום או שלא נשמר עד סופו, ולכן אי אפשר לקרוא אותו (${problem.detail}). אם Excel פותח אותו, שמרו אותו שוב ונסו שנית; אחרת בקשו עותק חדש ממי ששלח אותו.`
        : `The file is damaged or was not saved completely, so it cannot be read (${problem.detail}). If Excel opens it, save it again and retry; otherwise ask whoever sent it for a new copy.`;
    case 'no-sheet':
      return he
        ? 'בחוברת אין גיליון עבודה שאפשר לקרוא. ודאו שבחרתם את הקובץ הנכון ושיש בו לפחות גיליון אחד עם נתונים.'
        : 'The workbook has no worksheet that can be read. Check that you chose the right file and that it has at least one sheet with data.';
    case 'unreadable-text':
      return he
        ? 'לא ניתן לזהות את קידוד הטקסט בקובץ, או שאינו קובץ טקסט. שמרו אותו מ-Excel כקובץ CSV בקידוד UTF-8 ונסו שוב.'
        : 'The text encoding of the file could not be recognised, or it is not a text file. Save it from Excel as a CSV in UTF-8 and try again.';
    case 'too-many-rows':
      return he
        ? `בקובץ יותר מ-${number(problem.limit)} שורות, ותמהיל קורא עד ${number(problem.limit)}. פצלו אותו לכמה קבצים או מחקו שורות שאינן נחוצות.`
        : `The file has more than ${number(problem.limit)} rows, and Tamhil reads at most ${number(problem.limit)}. Split it into several files or delete rows you do not need.`;
    case 'field-too-long':
      return he
        ? `בשורה ${number(problem.row)} יש ערך ארוך מ-${number(problem.limit)} תווים. לרוב זה סימן למירכאות שנפתחו ולא נסגרו; בדקו את השורה ב-Excel או בעורך טקסט.`
        : `Row ${number(problem.row)} has a value longer than ${number(problem.limit)} characters. This usually means a quote was opened and not closed; check the row in Excel or a text editor.`;
    case 'unclosed-quote':
      return he
        ? `מירכאות שנפתחו בשורה ${number(problem.row)} לא נסגרו עד סוף הקובץ. תקנו את השורה ושמרו את הקובץ שוב.`
        : `A quote opened in row ${number(problem.row)} is not closed before the end of the file. Correct the row and save the file again.`;
  }
}
