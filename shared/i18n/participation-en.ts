import type { participationHe } from './participation-he.ts';

/** The participation log and the partners list: activity kinds, groups heard, attendance, findings and their needs, in English. */
export const participationEn = {} satisfies Record<keyof typeof participationHe, string>;
