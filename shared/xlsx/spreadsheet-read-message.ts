import type { SpreadsheetReadResult } from '../host-api.ts';
import type { Language } from '../model/localized-text.ts';
import { formatNumber } from '../format/number-format.ts';
import { openErrorMessage } from '../model/open-error-message.ts';

type ReadError = Extract<SpreadsheetReadResult, { ok: false }>['error'];

/** Why a workbook or CSV file could not be read from disk, in words for the app and `tamhil import` alike. */
export function spreadsheetReadMessage(error: ReadError, language: Language): string {
  if (error.code !== 'too-large') return openErrorMessage(error, language);
  const megabytes = (bytes: number) => formatNumber(Math.max(1, Math.round(bytes / 1024 / 1024)), language);
  return language === 'he'
    ? `הקובץ גדול מדי לגיליון שתמהיל קורא (${megabytes(error.size)} MB; עד ${megabytes(error.limit)} MB). ודאו שבחרתם את הקובץ הנכון.`
    : `The file is too large for a spreadsheet Tamhil reads (${megabytes(error.size)} MB; at most ${megabytes(error.limit)} MB). Check that you chose the right file.`;
}
