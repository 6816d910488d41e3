import type { answersHe } from './answers-he.ts';

/** Written answers to the guide's guiding questions: the editor, who answered and when, the links, the counts, in English. */
export const answersEn = {} satisfies Record<keyof typeof answersHe, string>;
