import type { progressHe } from './progress-he.ts';

/** A station's completeness from its content, the status it suggests, and the team's own status with its reason, in English. */
export const progressEn = {} satisfies Record<keyof typeof progressHe, string>;
