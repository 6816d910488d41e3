/** The few words that join other texts, in Hebrew. */
export const wordsHe = {
  'words.and': '{rest} ו{last}',
  'words.comma': '{rest}, {item}',
  'words.dotted': '{rest} · {item}',
  'words.quoted': '"{text}"',
} as const;
