export type Output = { write(text: string): unknown };

/**
 * Plans carry text typed by others; a control character in it (an escape sequence) must not
 * reach the terminal, where it could retitle the window or hide lines. Such characters are
 * written as `\uXXXX`, which inside JSON's strings is the same character escaped.
 */
export function terminalSafe(output: Output): Output {
  return {
    write: (text: string) => output.write(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)),
  };
}
