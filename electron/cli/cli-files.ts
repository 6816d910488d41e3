import { open } from 'node:fs/promises';
import { message } from '@shared/i18n/message.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { errnoOf, fileSystemProblemMessage } from '@shared/model/file-system-problem.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { writeFileAtomic } from '../host/atomic-write.ts';
import { planFileSizeLimit, type OpenError } from '@shared/host-api.ts';
import { CommandFailure, exitCodes } from './command-line.ts';

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
    const problem = message('cli.couldNotWrite', { problem: fileSystemProblemMessage(errnoOf(error)) });
    throw new CommandFailure(exitCodes.failed, `${file}: ${wordMessage(language, problem)}`);
  }
}
