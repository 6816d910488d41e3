import type { wordsHe } from './words-he.ts';

/** The few words that join other texts, in English. */
export const wordsEn = {
  'words.and': '{rest} and {last}',
  'words.comma': '{rest}, {item}',
  'words.dotted': '{rest} · {item}',
  'words.quoted': '"{text}"',
} satisfies Record<keyof typeof wordsHe, string>;
