import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import type { OpenError } from '@shared/host-api.ts';
import { errnoOf, fileSystemProblem } from '@shared/model/file-system-problem.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { servicesCsv } from '@shared/xlsx/services-csv.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { writeFileAtomic } from '../host/atomic-write.ts';
import { planFileSizeLimit } from '../host/plan-files.ts';

export type Output = { write(text: string): unknown };

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

/**
 * `--lang he|en`, when given, is the language of the messages and of what is written. Without
 * it messages are in English, as in `validate` (most terminals cannot show Hebrew right to
 * left), and files are in Hebrew, the product's language.
 */
export function languagesOf(lang: string | undefined): { messages: Language; files: Language } {
  if (lang === undefined) return { messages: 'en', files: 'he' };
  if (lang !== 'he' && lang !== 'en') throw new CommandFailure(exitCodes.usage, `--lang takes he or en, not ${JSON.stringify(lang)}`);
  return { messages: lang, files: lang };
}

export const samePath = (a: string, b: string) => resolve(a) === resolve(b);

type ReadFailure = Extract<OpenError, { code: 'not-found' | 'too-large' | 'io' }>;

/**
 * A file's bytes, refused by size before any is read (a wrong file chosen by mistake can be
 * gigabytes). The size is taken from the open file, so it cannot change between the check and the read.
 */
export async function readLimitedFile(file: string, limit: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; error: ReadFailure }> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const errno = errnoOf(error);
    return { ok: false, error: errno === 'ENOENT' ? { code: 'not-found' } : { code: 'io', errno } };
  }
  try {
    const { size } = await handle.stat();
    if (size > limit) return { ok: false, error: { code: 'too-large', size, limit } };
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    return { ok: false, error: { code: 'io', errno: errnoOf(error) } };
  } finally {
    await handle.close();
  }
}

/** A plan file read as the app opens one: the size limit, readPlan's migrations and checks, the same messages. */
export async function readPlanFile(file: string, language: Language): Promise<Plan> {
  const read = await readLimitedFile(file, planFileSizeLimit);
  if (!read.ok) throw new CommandFailure(exitCodes.failed, `${file}: ${openErrorMessage(read.error, language)}`);
  const plan = readPlan(read.bytes.toString('utf8'));
  if (!plan.ok) throw new CommandFailure(exitCodes.failed, `${file}: ${openErrorMessage(plan.error, language)}`);
  return plan.plan;
}

/** Writes the whole file or leaves what was there; a failure names the file and the reason. */
export async function writeOutput(file: string, content: string | Uint8Array, backup: boolean, language: Language): Promise<void> {
  try {
    await writeFileAtomic(file, content, { backup });
  } catch (error) {
    const problem = fileSystemProblem(errnoOf(error), language);
    throw new CommandFailure(exitCodes.failed, `${file}: ${language === 'he' ? `לא ניתן היה לכתוב את הקובץ: ${problem}` : `The file could not be written: ${problem}`}`);
  }
}

export const exportUsage = 'usage: tamhil export PLAN.tamhil (--xlsx OUT.xlsx [--no-cached-values] | --csv OUT.csv) [--lang he|en]\n';

/**
 * `tamhil export PLAN.tamhil --xlsx OUT.xlsx | --csv OUT.csv`: the planning workbook, or the
 * services and budget table as CSV. The output replaces an existing file only once it is
 * complete, so a failed export never leaves half a file.
 */
export async function exportCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  return runCommand('export', exportUsage, stderr, async () => {
    const { values, positionals } = parseCommandLine(() =>
      parseArgs({
        args: argv,
        options: {
          xlsx: { type: 'string' },
          csv: { type: 'string' },
          lang: { type: 'string' },
          'no-cached-values': { type: 'boolean', default: false },
        },
        allowPositionals: true,
      }),
    );
    const languages = languagesOf(values.lang);
    if (positionals.length !== 1) throw new CommandFailure(exitCodes.usage, 'give exactly one plan file');
    const file = positionals[0]!;
    if ((values.xlsx === undefined) === (values.csv === undefined)) throw new CommandFailure(exitCodes.usage, 'give either --xlsx OUT.xlsx or --csv OUT.csv');
    if (values['no-cached-values'] && values.xlsx === undefined) throw new CommandFailure(exitCodes.usage, '--no-cached-values applies to --xlsx only');
    const out = (values.xlsx ?? values.csv)!;
    // An export is named for what it is, so it can never take the place of a plan file.
    const extension = values.xlsx !== undefined ? '.xlsx' : '.csv';
    if (!out.toLowerCase().endsWith(extension)) throw new CommandFailure(exitCodes.usage, `the output ${out} must end in ${extension}`);
    if (samePath(out, file)) throw new CommandFailure(exitCodes.usage, `the output ${out} would overwrite the plan itself`);

    const plan = evaluatePlan(await readPlanFile(file, languages.messages)).plan;
    const content =
      values.xlsx !== undefined
        ? await exportPlanWorkbook(plan, { language: languages.files, cachedResults: !values['no-cached-values'] })
        : servicesCsv(plan, languages.files);
    await writeOutput(out, content, false, languages.messages);
    const services = formatNumber(plan.services.length, languages.messages);
    stdout.write(languages.messages === 'he' ? `נכתב ${out} (${services} שירותים)\n` : `wrote ${out} (${services} services)\n`);
    return exitCodes.ok;
  });
}
