import { message } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { errnoOf, fileSystemProblemMessage } from '@shared/model/file-system-problem.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { writeFileAtomic } from '../host/atomic-write.ts';
import { readRegularFile, type RegularFileRead } from '../host/regular-file.ts';
import { planFileSizeLimit } from '@shared/host-api.ts';
import { CommandFailure, exitCodes } from './command-line.ts';

/**
 * A file's bytes, refused by size before any is read (a wrong file chosen by mistake can be
 * gigabytes), and refused when it is not a regular file: a named pipe would wait forever, a
 * device never ends.
 */
export function readLimitedFile(file: string, limit: number): Promise<RegularFileRead> {
  return readRegularFile(file, { limit });
}

/** A plan file read as the app opens one: the size limit, readPlan's migrations and checks, the same messages. */
export async function readPlanFile(file: string, language: Language): Promise<Plan> {
  const read = await readLimitedFile(file, planFileSizeLimit);
  if (!read.ok) throw new CommandFailure(exitCodes.failed, `${file}: ${openErrorMessage(read.error, language)}`);
  const plan = readPlan(read.bytes.toString('utf8'));
  if (!plan.ok) throw new CommandFailure(exitCodes.failed, `${file}: ${openErrorMessage(plan.error, language)}`);
  return plan.plan;
}

/** Writes the whole file or leaves what was there (a file marked read-only is refused); a failure names the file and the reason. */
export async function writeOutput(file: string, content: string | Uint8Array, backup: boolean, language: Language): Promise<void> {
  try {
    await writeFileAtomic(file, content, { backup });
  } catch (error) {
    const problem = message('cli.couldNotWrite', { problem: fileSystemProblemMessage(errnoOf(error)) });
    throw new CommandFailure(exitCodes.failed, `${file}: ${wordMessage(language, problem)}`);
  }
}
