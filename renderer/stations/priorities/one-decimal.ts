/** Scores are shown to one decimal: finer differences mean nothing to a team weighing services. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;
