import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { commonAncestor } from '@shared/history/common-ancestor.ts';
import { withMergeRecorded } from '@shared/history/record-version.ts';
import { mergePlans, mergeWithoutAncestor, type MergeOptions } from '@shared/merge/merge-plans.ts';
import type { ConflictChoice, MergeOutcome, MergeResult, Side } from '@shared/merge/merge-result.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import type { Language } from '@shared/model/localized-text.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { fieldProblemText } from '@shared/model/open-error-message.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { readPlanFile, writeOutput } from './cli-files.ts';
import { CommandFailure, exitCodes, languagesOf, parseCommandLine, sayIn } from './command-line.ts';
import { mergeJson, mergeText, type MergeWrite } from './merge-report.ts';
import type { Output } from './terminal-output.ts';

export const mergeUsage = `usage: tamhil merge BASE.tamhil MINE.tamhil THEIRS.tamhil --out FILE [--conflicts=mine|theirs] [--different-plans] [--json] [--lang he|en]
       tamhil merge MINE.tamhil THEIRS.tamhil --out FILE [same options]
`;

/** 0 merged and written, 1 conflicts stand (listed; nothing written), 2 trouble: a wrong command line, a file that cannot be read or written. */
export const mergeExitCodes = { merged: 0, conflicts: 1, trouble: 2 } as const;

function settledAs(value: string | undefined, say: ReturnType<typeof sayIn>): Side | null {
  if (value === undefined) return null;
  if (value === 'mine' || value === 'theirs') return value;
  throw new CommandFailure(exitCodes.usage, say('cli.merge.conflictsValue', { value: JSON.stringify(value) }));
}

/** Who the merge version is recorded as: the command line has no name set in the app, so the computer's user. */
function author(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The merge of two files: from the version both record as where they parted, or, when they
 * record none in common, a comparison in which every difference is a conflict.
 */
function mergeTwo(mine: Plan, theirs: Plan, options: MergeOptions): MergeOutcome {
  const { base } = commonAncestor(mine, theirs);
  return base ? mergePlans({ ...base, history: mine.history }, mine, theirs, options) : mergeWithoutAncestor(mine, theirs, options);
}

/** The merged plan as it is written: a version with both heads as its parents, so a later merge of either side starts from it. */
const recorded = (merged: Plan, mine: Plan, theirs: Plan, language: Language) =>
  withMergeRecorded(merged, mine, theirs, { newVersionId: randomUUID, author: author(), at: new Date().toISOString(), language });

/** Every conflict settled the one way the command line asked. */
const allAs = (result: MergeResult, side: Side): Map<string, ConflictChoice> => new Map(result.conflicts.map((conflict) => [conflict.path, { take: side }]));

/**
 * `tamhil merge [BASE] MINE THEIRS --out FILE`: both sides' changes since BASE in one plan;
 * without BASE, the version both files record as where they parted (none: every difference is
 * a conflict).
 * Files are read as the app opens them. Where both changed the same thing nothing is written
 * unless --conflicts says which side to take: a merge that guesses would lose someone's work.
 */
export async function mergeCommand(argv: string[], stdout: Output, stderr: Output): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(() =>
      parseArgs({
        args: argv,
        options: {
          out: { type: 'string' },
          conflicts: { type: 'string' },
          'different-plans': { type: 'boolean', default: false },
          json: { type: 'boolean', default: false },
          lang: { type: 'string' },
        },
        allowPositionals: true,
      }),
    );
    const languages = languagesOf(values.lang);
    const say = sayIn(languages.messages);
    if (positionals.length !== 2 && positionals.length !== 3) throw new CommandFailure(exitCodes.usage, say('cli.merge.files'));
    if (values.out === undefined) throw new CommandFailure(exitCodes.usage, say('cli.merge.out'));
    const side = settledAs(values.conflicts, say);
    const plans = await Promise.all(positionals.map((file) => readPlanFile(file, languages.messages)));
    const [mine, theirs] = plans.slice(-2) as [Plan, Plan];
    const options = { differentPlans: values['different-plans'] };
    const outcome = plans.length === 3 ? mergePlans(plans[0]!, mine, theirs, options) : mergeTwo(mine, theirs, options);
    if (outcome.status === 'refused') {
      const mismatches = outcome.mismatches.map((mismatch) => say(`cli.merge.mismatch.${mismatch}`)).join(', ');
      throw new CommandFailure(exitCodes.failed, say('cli.merge.differentPlans', { mismatches }));
    }
    const conflicted = outcome.conflicts.length > 0;
    const write: MergeWrite = { out: values.out, written: !conflicted || side !== null, settledAs: conflicted ? side : null };
    if (write.written) {
      const resolved = resolveMerge(outcome, conflicted ? allAs(outcome, side!) : new Map());
      if (resolved.status !== 'resolved') {
        const problem =
          resolved.status === 'invalid' ? resolved.problems.map(({ path, problem, expected }) => `${path} ${fieldProblemText(problem, expected, languages.messages)}`).join('; ') : resolved.paths.join(', ');
        throw new CommandFailure(exitCodes.failed, say('cli.merge.invalid', { problem }));
      }
      await writeOutput(values.out, serializePlan(recorded(resolved.plan, mine, theirs, languages.files)), true, languages.messages);
    }
    stdout.write(values.json ? `${JSON.stringify(mergeJson(outcome, write, languages.messages), null, 2)}\n` : mergeText(outcome, write, languages.messages));
    return write.written ? mergeExitCodes.merged : mergeExitCodes.conflicts;
  } catch (error) {
    // Exit 1 means "conflicts" here, so every failure is 2.
    if (!(error instanceof CommandFailure)) throw error;
    stderr.write(`tamhil merge: ${error.message}\n`);
    if (error.exitCode === exitCodes.usage) stderr.write(mergeUsage);
    return mergeExitCodes.trouble;
  }
}
