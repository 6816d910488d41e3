import type { savesHe } from './saves-he.ts';

/** Saving without loss: the backup, interrupted saves, read-only and linked files, in English. */
export const savesEn = {} satisfies Record<keyof typeof savesHe, string>;
