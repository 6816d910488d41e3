import type { Language } from '../model/localized-text.ts';
import { appHe } from './app-he.ts';
import { appEn } from './app-en.ts';
import { findingsHe } from './findings-he.ts';
import { findingsEn } from './findings-en.ts';
import { labelsHe } from './labels-he.ts';
import { labelsEn } from './labels-en.ts';
import { wordsHe } from './words-he.ts';
import { wordsEn } from './words-en.ts';

/**
 * Every text Tamhil shows or prints, for every surface (the app, the command line, the desktop
 * menu), by key. Each area keeps its Hebrew and English in a pair of files whose keys the
 * compiler holds equal; this joins the areas.
 */
export const catalogueHe = { ...appHe, ...findingsHe, ...labelsHe, ...wordsHe };

export type MessageKey = keyof typeof catalogueHe;

export const catalogueEn = { ...appEn, ...findingsEn, ...labelsEn, ...wordsEn } satisfies Record<MessageKey, string>;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<Check extends true> = Check;
/** `satisfies` finds a key the English lacks; this, a key the Hebrew lacks: the two hold the same keys, checked by the compiler. */
export type EnglishKeysAreHebrewKeys = Expect<SameKeys<keyof typeof catalogueEn, MessageKey>>;

export const catalogue: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { he: catalogueHe, en: catalogueEn };
