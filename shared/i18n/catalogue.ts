import type { Language } from '../model/localized-text.ts';
import { appHe } from './app-he.ts';
import { appEn } from './app-en.ts';

/**
 * Every text Tamhil shows or prints, for every surface (the app, the command line, the desktop
 * menu), by key. Each area keeps its Hebrew and English in a pair of files whose keys the
 * compiler holds equal; this joins the areas.
 */
export const catalogueHe = { ...appHe };

export type MessageKey = keyof typeof catalogueHe;

export const catalogueEn = { ...appEn } satisfies Record<MessageKey, string>;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<Check extends true> = Check;
/** `satisfies` finds a key the English lacks; this, a key the Hebrew lacks: the two hold the same keys, checked by the compiler. */
export type EnglishKeysAreHebrewKeys = Expect<SameKeys<keyof typeof catalogueEn, MessageKey>>;

export const catalogue: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { he: catalogueHe, en: catalogueEn };
