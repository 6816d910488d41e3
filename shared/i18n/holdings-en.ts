import type { holdingsHe } from './holdings-he.ts';

/** Existing services in full: operator, capacity, waiting list, cost, funding, hours and place, and carrying one into the new plan, in English. */
export const holdingsEn = {} satisfies Record<keyof typeof holdingsHe, string>;
