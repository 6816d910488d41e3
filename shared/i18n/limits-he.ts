/** Input Tamhil refuses before reading it: too deep, too long, not a regular file, a malformed request, in Hebrew. */
export const limitsHe = {} as const;
