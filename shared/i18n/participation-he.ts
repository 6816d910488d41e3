/** The participation log and the partners list: activity kinds, groups heard, attendance, findings and their needs, in Hebrew. */
export const participationHe = {} as const;
