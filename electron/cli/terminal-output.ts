export type Output = { write(text: string): unknown };

// Unicode isolates set a name apart from the text around it on screen; a terminal line has no bidi layout to keep, and shows them as stray marks.
const directionIsolates = /[\u2066-\u2069]/g;

/**
 * Plans carry text typed by others; a control character in it (an escape sequence) must not
 * reach the terminal, where it could retitle the window or hide lines. Such characters are
 * written as `\uXXXX`, which inside JSON's strings is the same character escaped. Messages
 * worded for a screen may hold direction isolates; the terminal gets the text without them.
 */
export function terminalSafe(output: Output): Output {
  return {
    write: (text: string) =>
      output.write(
        text
          .replace(directionIsolates, '')
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`),
      ),
  };
}
