import type { trustHe } from './trust-he.ts';

/** Whether an approval is believed: trusted keys, the review standing in the command line and the cluster, in English. */
export const trustEn = {} satisfies Record<keyof typeof trustHe, string>;
