/** Headers compare without case, extra spaces or Excel's line breaks. */
export function headerKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The first free id of the form prefix-N. */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  let number = taken.size + 1;
  while (taken.has(`${prefix}-${number}`)) number++;
  return `${prefix}-${number}`;
}
