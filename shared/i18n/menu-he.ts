/** The desktop menu, in Hebrew. */
export const menuHe = {
} as const;
