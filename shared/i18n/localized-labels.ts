import type { LocalizedText } from '../model/localized-text.ts';
import type { LabelKey } from './message.ts';
import { translate } from './translate.ts';

/** A label of the catalogue in both languages at once. */
export function inBothLanguages(key: LabelKey): LocalizedText {
  return { he: translate('he', key), en: translate('en', key) };
}

/**
 * A table of coded choices with their labels in both languages, worded from the catalogue. For
 * the readers that need both at once: a label typed or pasted in either language read back to
 * its code, and the workbook, written in either language.
 */
export function localizedLabels<Code extends string>(keys: Readonly<Record<Code, LabelKey>>): Record<Code, LocalizedText> {
  return Object.fromEntries(Object.entries<LabelKey>(keys).map(([code, key]) => [code, inBothLanguages(key)])) as Record<Code, LocalizedText>;
}
