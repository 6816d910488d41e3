import type { KeyFileProblem } from '../host-api.ts';
import type { Language } from '../model/localized-text.ts';
import { openErrorMessage } from '../model/open-error-message.ts';
import { translate } from '../i18n/translate.ts';

/** Why a public key file could not be taken, the same wherever a key file is read. */
export function keyFileProblemText(error: KeyFileProblem['error'], language: Language): string {
  return error.code === 'not-a-key' ? translate(language, 'review.notAKey', { detail: error.detail }) : openErrorMessage(error, language);
}
