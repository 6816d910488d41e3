/** Saving without loss: the backup, interrupted saves, read-only and linked files, in Hebrew. */
export const savesHe = {} as const;
