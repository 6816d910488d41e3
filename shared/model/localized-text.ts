/** Tamhil's languages; Hebrew is the default and comes first. */
export const languages = ['he', 'en'] as const;

export type Language = (typeof languages)[number];

/** Product text written in both languages. */
export type LocalizedText = Record<Language, string>;
