import { resolve } from 'node:path';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { translate, type TranslateParams } from '@shared/i18n/translate.ts';
import type { Language } from '@shared/model/localized-text.ts';
import type { Output } from './terminal-output.ts';

/**
 * Exit codes of `export` and `import`: 1 for a command line that cannot be followed, 2 when a
 * file cannot be read or written. (`validate` uses 1 for a plan with error findings.)
 */
export const exitCodes = { ok: 0, usage: 1, failed: 2 } as const;

/** Why a command stops; the command prints the message after its name and returns the code. */
export class CommandFailure extends Error {
  constructor(
    readonly exitCode: (typeof exitCodes)['usage' | 'failed'],
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs a command's body and turns a CommandFailure into its message on stderr and its exit
 * code; usage mistakes are followed by the command's usage line.
 */
export async function runCommand(name: string, usage: string, stderr: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    stderr.write(`tamhil ${name}: ${error.message}\n`);
    if (error.exitCode === exitCodes.usage) stderr.write(usage);
    return error.exitCode;
  }
}

/** The result of parseArgs, its errors (an unknown option, a missing value) turned into usage failures. */
export function parseCommandLine<Parsed>(parse: () => Parsed): Parsed {
  try {
    return parse();
  } catch (error) {
    throw new CommandFailure(exitCodes.usage, (error as Error).message);
  }
}

/** The language of what the command line says when no --lang is given, or before it is read. */
export const terminalLanguage: Language = 'en';

/**
 * `--lang he|en`, when given, is the language of the messages and of what is written. Without
 * it messages are in English, as in `validate` (most terminals cannot show Hebrew right to
 * left), and files are in Hebrew, the product's language.
 */
export function languagesOf(lang: string | undefined): { messages: Language; files: Language } {
  if (lang === undefined) return { messages: terminalLanguage, files: 'he' };
  if (lang !== 'he' && lang !== 'en') throw new CommandFailure(exitCodes.usage, translate(terminalLanguage, 'cli.langValue', { value: JSON.stringify(lang) }));
  return { messages: lang, files: lang };
}

/** The catalogue's lines in the language of the command's messages. */
export function sayIn(language: Language): (key: MessageKey, params?: TranslateParams) => string {
  return (key, params) => translate(language, key, params);
}

export const samePath = (a: string, b: string) => resolve(a) === resolve(b);
