import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { spreadsheetSizeLimit } from '@shared/host-api.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { workbookImportFailureMessage } from '@shared/xlsx/import-failure-message.ts';
import { importPlanWorkbook, type WorkbookImport } from '@shared/xlsx/read-workbook.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import { backupPathOf } from '../host/atomic-write.ts';
import { readLimitedFile, readPlanFile, writeOutput } from './cli-files.ts';
import { CommandFailure, exitCodes, languagesOf, parseCommandLine, runCommand, samePath } from './command-line.ts';
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
  const he = language === 'he';
  const lines: string[] = [];
  if (result.embeddedProblem) {
    const why = openErrorMessage(result.embeddedProblem, language);
    lines.push(
      he
        ? `לא ניתן היה להשתמש בעותק התכנית השמור בחוברת (${why}); הגיליונות הגלויים נקראו ${onto ? `על גבי ${onto}` : 'לתכנית חדשה'}.`
        : `The copy of the plan kept in the workbook could not be used (${why}); the visible sheets were read ${onto ? `onto ${onto}` : 'into a new plan'}.`,
    );
  }
  if (result.base === 'workbook' && onto !== undefined) {
    lines.push(
      he
        ? `החוברת נושאת עותק של התכנית, ולכן השורות הותאמו אליו ולא ל-${onto}.`
        : `The workbook carries its own copy of the plan, so rows were matched to that copy, not to ${onto}.`,
    );
  }
  if (result.base === 'new-plan') {
    lines.push(
      he
        ? 'בחוברת אין עותק של התכנית ולא ניתנה --onto, ולכן מה שהגיליונות אינם מראים (עבודת התחנות, הסקרים, הביקורת) מתחיל ריק.'
        : 'The workbook carries no copy of the plan and no --onto was given, so what the sheets do not show (the stations\' work, surveys, review) starts empty.',
    );
  }
  if (result.ignoredColumns.length > 0) {
    const columns = result.ignoredColumns.map((column) => `"${column}"`).join(', ');
    lines.push(he ? `עמודות שתמהיל אינו מכיר ולכן לא נקראו: ${columns}.` : `Columns Tamhil does not know, so did not read: ${columns}.`);
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
    if (positionals.length !== 1) throw new CommandFailure(exitCodes.usage, 'give exactly one workbook');
    const file = positionals[0]!;
    const out = values.out;
    if (out === undefined) throw new CommandFailure(exitCodes.usage, 'give the plan file to write with --out PLAN.tamhil');
    if (samePath(out, file)) throw new CommandFailure(exitCodes.usage, `the output ${out} would overwrite the workbook itself`);

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
    const services = formatNumber(plan.services.length, language);
    const kept = replaced ? backupPathOf(out) : null;
    stdout.write(
      language === 'he'
        ? `נכתב ${out} (${services} שירותים${kept ? `; הגרסה הקודמת נשמרה בשם ${kept}` : ''})\n`
        : `wrote ${out} (${services} services${kept ? `; the previous version is kept as ${kept}` : ''})\n`,
    );
    return exitCodes.ok;
  });
}
