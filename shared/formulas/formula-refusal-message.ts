import { formatNumber } from '../format/number-format.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import type { FormulaRefusal } from './formula-limits.ts';

/** Why a formula was not taken, in words a team member can act on, as formula errors are worded. */
export function formulaRefusalMessage(refusal: FormulaRefusal): LocalizedText {
  const he = (value: number) => formatNumber(value, 'he');
  const en = (value: number) => formatNumber(value, 'en');
  switch (refusal.code) {
    case 'too-long':
      return {
        he: `הנוסחה ארוכה מדי: ${he(refusal.length)} תווים, ו־Excel מקבל נוסחה של עד ${he(refusal.limit)} תווים. יש לקצר אותה, למשל בעמודת עזר.`,
        en: `The formula is too long: ${en(refusal.length)} characters, and Excel takes formulas of at most ${en(refusal.limit)}. Shorten it, for example with a helper column.`,
      };
    case 'too-deeply-nested':
      return {
        he: `הנוסחה מקננת פונקציות ${he(refusal.depth)} רמות זו בתוך זו, ו־Excel מקבל עד ${he(refusal.limit)} רמות. יש לפרק אותה לכמה תאים.`,
        en: `The formula nests functions ${en(refusal.depth)} levels deep, and Excel allows at most ${en(refusal.limit)}. Split it over several cells.`,
      };
  }
}
