import { parseArgs } from 'node:util';
import { diffPlans } from '@shared/cluster/plan-diff.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlanFile } from './cli-files.ts';
import { CommandFailure, exitCodes, languagesOf, parseCommandLine, sayIn } from './command-line.ts';
import type { Output } from './terminal-output.ts';
import { diffJson, diffText, type DiffFile } from './diff-report.ts';

export const diffUsage = 'usage: tamhil diff OLD.tamhil NEW.tamhil [--json] [--lang he|en]\n';

/** As diff(1): 0 the plans say the same, 1 they differ, 2 trouble (a wrong command line, a file that cannot be read as a plan). */
export const diffExitCodes = { same: 0, different: 1, trouble: 2 } as const;

const fileOf = (file: string, plan: Plan): DiffFile => ({ file, authority: plan.details.authority, year: plan.details.year });

/**
 * `tamhil diff OLD NEW`: what changed from one plan file to another, each change with its path
 * in the plan file, and the budget totals before and after. Files are read as the app opens
 * them (the size limit, upgrades, the schema), so what differs is what the app would show.
 */
export async function diffCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(() =>
      parseArgs({
        args: argv,
        options: { json: { type: 'boolean', default: false }, lang: { type: 'string' } },
        allowPositionals: true,
      }),
    );
    const language = languagesOf(values.lang).messages;
    if (positionals.length !== 2) throw new CommandFailure(exitCodes.usage, sayIn(language)('cli.diff.twoFiles'));
    const [beforeFile, afterFile] = positionals as [string, string];
    const before = await readPlanFile(beforeFile, language);
    const after = await readPlanFile(afterFile, language);
    const diff = diffPlans(before, after);
    const files = [fileOf(beforeFile, before), fileOf(afterFile, after)] as const;
    stdout.write(values.json ? `${JSON.stringify(diffJson(diff, ...files, language), null, 2)}\n` : diffText(diff, ...files, language));
    return diff.changeCount === 0 ? diffExitCodes.same : diffExitCodes.different;
  } catch (error) {
    // Exit 1 means "different" here, so every failure is 2, as diff(1) has it.
    if (!(error instanceof CommandFailure)) throw error;
    stderr.write(`tamhil diff: ${error.message}\n`);
    if (error.exitCode === exitCodes.usage) stderr.write(diffUsage);
    return diffExitCodes.trouble;
  }
}
