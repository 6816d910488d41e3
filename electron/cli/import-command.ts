import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { spreadsheetSizeLimit } from '@shared/host-api.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { workbookImportFailureMessage } from '@shared/xlsx/import-failure-message.ts';
import { importPlanWorkbook, type WorkbookImport } from '@shared/xlsx/read-workbook.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import { backupPathOf } from '../host/atomic-write.ts';
import { readLimitedFile, readPlanFile, writeOutput } from './cli-files.ts';
import { CommandFailure, exitCodes, languagesOf, parseCommandLine, runCommand, samePath, sayIn } from './command-line.ts';
import { message, numberParam } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import type { Output } from './terminal-output.ts';
import { spreadsheetReadMessage } from '@shared/xlsx/spreadsheet-read-message.ts';


type Imported = Extract<WorkbookImport, { ok: true }>;

/**
 * Messages quote cells, sheet names and headers from a file of unknown origin: line breaks
 * would split one problem over several lines, and control characters (an escape sequence)
 * would reach the terminal. Both become spaces.
 */
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]+/g;
const printable = (text: string) => text.replace(controlCharacters, ' ');

/** What the user should know about where the plan's other parts came from, beyond the row problems. */
function notes(result: Imported, onto: string | undefined, language: Language): string[] {
  const say = sayIn(language);
  const lines: string[] = [];
  if (result.embeddedProblem) {
    const why = openErrorMessage(result.embeddedProblem, language);
    lines.push(onto ? say('cli.import.embeddedUnusableOnto', { why, onto }) : say('cli.import.embeddedUnusableNew', { why }));
  }
  if (result.base === 'workbook' && onto !== undefined) lines.push(say('cli.import.workbookCopyWins', { onto }));
  // A copy that could not be used is said above; "carries no copy" would contradict it.
  if (result.base === 'new-plan' && !result.embeddedProblem) lines.push(say('cli.import.noCopy'));
  if (result.ignoredColumns.length > 0) {
    lines.push(say('cli.import.ignoredColumns', { columns: result.ignoredColumns.map((column) => `"${column}"`).join(', ') }));
  }
  return lines;
}

export const importUsage = 'usage: tamhil import WORKBOOK.xlsx --out PLAN.tamhil [--onto EXISTING.tamhil] [--lang he|en]\n';

/**
 * `tamhil import WORKBOOK.xlsx --out PLAN.tamhil`: the planning workbook back into a plan file,
 * through the same guard and reader as the app. Cells that could not be taken in are listed on
 * stderr and the import still succeeds; a file that cannot be read as a planning workbook
 * writes nothing. An existing OUT is replaced only by the complete new plan, and kept as
 * OUT.bak, as the app keeps the previous version on saving.
 */
export async function importCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  return runCommand('import', importUsage, stderr, async () => {
    const { values, positionals } = parseCommandLine(() =>
      parseArgs({ args: argv, options: { out: { type: 'string' }, onto: { type: 'string' }, lang: { type: 'string' } }, allowPositionals: true }),
    );
    // Messages, and the texts a new plan starts with, are in English unless --lang he.
    const language = languagesOf(values.lang).messages;
    const say = sayIn(language);
    if (positionals.length !== 1) throw new CommandFailure(exitCodes.usage, say('cli.import.oneWorkbook'));
    const file = positionals[0]!;
    const out = values.out;
    if (out === undefined) throw new CommandFailure(exitCodes.usage, say('cli.import.needOut'));
    if (samePath(out, file)) throw new CommandFailure(exitCodes.usage, say('cli.import.overwritesWorkbook', { file: out }));

    // The app's limit: a wrong file (a video, a disk image) is refused before a byte of it is read.
    const read = await readLimitedFile(file, spreadsheetSizeLimit);
    if (!read.ok) {
      const message = spreadsheetReadMessage(read.error, language);
      throw new CommandFailure(exitCodes.failed, `${file}: ${message}`);
    }
    const openPlan = values.onto === undefined ? null : await readPlanFile(values.onto, language);
    const bytes = new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
    let result: WorkbookImport;
    try {
      result = await importPlanWorkbook(bytes, { openPlan, language, newPlanId: () => randomUUID() });
    } catch (error) {
      // The guard and the reader report what they know; anything else the parser throws is a damaged file too.
      result = { ok: false, failure: { code: 'damaged', detail: (error as Error).message } };
    }
    if (!result.ok) throw new CommandFailure(exitCodes.failed, `${file}: ${printable(workbookImportFailureMessage(result.failure, language))}`);

    for (const problem of result.problems) stderr.write(`tamhil import: ${file}: ${printable(rowProblemMessage(problem, language))}\n`);
    for (const note of notes(result, values.onto, language)) stderr.write(`tamhil import: ${file}: ${printable(note)}\n`);
    const plan = evaluatePlan(result.plan).plan;
    const replaced = await stat(out).then(
      (info) => info.isFile(),
      () => false,
    );
    await writeOutput(out, serializePlan(plan), true, language);
    const services = numberParam(plan.services.length);
    const wrote = replaced ? message('cli.import.wroteKept', { file: out, services, kept: backupPathOf(out) }) : message('cli.import.wrote', { file: out, services });
    stdout.write(`${wordMessage(language, wrote)}\n`);
    return exitCodes.ok;
  });
}
