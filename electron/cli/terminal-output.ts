export type Output = { write(text: string): unknown };

// Unicode isolates set a name apart from the text around it on screen; a terminal line has no bidi layout to keep, and shows them as stray marks.
const directionIsolates = /[\u2066-\u2069]/g;

/**
 * C0 and C1 controls (an escape sequence could retitle the window or hide lines) and the bidi
 * controls that reorder what follows them on a line (embeddings and overrides, U+202A–U+202E;
 * the marks U+200E, U+200F and U+061C).
 */
const unsafeCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u061c]/g;

/**
 * Plans carry text typed by others; none of it may act on the terminal. Unsafe characters are
 * written as `\uXXXX`, which inside JSON's strings is the same character escaped, so a
 * reversed name shows what was done to it. Messages worded for a screen may hold direction
 * isolates; the terminal gets the text without them, and without them plan text cannot reorder
 * a line either.
 */
export function terminalSafe(output: Output): Output {
  return {
    write: (text: string) =>
      output.write(text.replace(directionIsolates, '').replace(unsafeCharacters, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)),
  };
}
