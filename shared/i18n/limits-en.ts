import type { limitsHe } from './limits-he.ts';

/** Input Tamhil refuses before reading it: too deep, too long, not a regular file, a malformed request, in English. */
export const limitsEn = {} satisfies Record<keyof typeof limitsHe, string>;
