/** Written answers to the guide's guiding questions: the editor, who answered and when, the links, the counts, in Hebrew. */
export const answersHe = {} as const;
