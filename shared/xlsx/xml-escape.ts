/** Text as XML element content: only `&` and `<` must be escaped (`>` too, for `]]>`); quotes stay as they are. */
export function escapeXmlText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

/** Text as a double-quoted XML attribute value. */
export function escapeXmlAttribute(text: string): string {
  return /[&<>"]/.test(text) ? escapeXmlText(text).replace(/"/g, '&quot;') : text;
}
