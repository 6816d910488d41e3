/** A long name cut to fit a button or a column heading; the full name stays in the title or the table. */
export const shortName = (text: string, length = 40) => (text.length > length ? `${text.slice(0, length).trim()}…` : text);
