import type { menuHe } from './menu-he.ts';

/** The desktop menu, in English. */
export const menuEn = {
} satisfies Record<keyof typeof menuHe, string>;
