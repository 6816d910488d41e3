import { parseArgs } from 'node:util';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { servicesCsv } from '@shared/xlsx/services-csv.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { message, numberParam } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { readPlanFile, writeOutput } from './cli-files.ts';
import { CommandFailure, exitCodes, languagesOf, parseCommandLine, runCommand, samePath, sayIn } from './command-line.ts';
import type { Output } from './terminal-output.ts';

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
    const say = sayIn(languages.messages);
    if (positionals.length !== 1) throw new CommandFailure(exitCodes.usage, say('cli.onePlanFile'));
    const file = positionals[0]!;
    if ((values.xlsx === undefined) === (values.csv === undefined)) throw new CommandFailure(exitCodes.usage, say('cli.export.xlsxOrCsv'));
    if (values['no-cached-values'] && values.xlsx === undefined) throw new CommandFailure(exitCodes.usage, say('cli.export.cachedValuesXlsxOnly'));
    const out = (values.xlsx ?? values.csv)!;
    // An export is named for what it is, so it can never take the place of a plan file.
    const extension = values.xlsx !== undefined ? '.xlsx' : '.csv';
    if (!out.toLowerCase().endsWith(extension)) throw new CommandFailure(exitCodes.usage, say('cli.outputExtension', { file: out, extension }));
    if (samePath(out, file)) throw new CommandFailure(exitCodes.usage, say('cli.export.overwritesPlan', { file: out }));

    const plan = evaluatePlan(await readPlanFile(file, languages.messages)).plan;
    const content =
      values.xlsx !== undefined
        ? await exportPlanWorkbook(plan, { language: languages.files, cachedResults: !values['no-cached-values'] })
        : servicesCsv(plan, languages.files);
    await writeOutput(out, content, false, languages.messages);
    stdout.write(`${wordMessage(languages.messages, message('cli.export.wrote', { file: out, services: numberParam(plan.services.length) }))}\n`);
    return exitCodes.ok;
  });
}
