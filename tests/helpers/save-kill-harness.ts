import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { savePlanFile } from '@electron/host/plan-files.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { generatedPlan } from './generated-plans.ts';
import { repositoryRoot } from './samples.ts';
import { versionIn, versionMarker, withVersion } from './versioned-plan.ts';

/**
 * Kills a process at random moments while it saves a large plan over and over with the app's own
 * save code, and after each kill looks at what is on disk: the plan and its backup must each be
 * one of the versions written, whole, and the next save must leave no temporary file behind.
 * The unit test runs a few dozen kills, the crash benchmark a few hundred.
 */

const childScript = fileURLToPath(new URL('./save-child.ts', import.meta.url));

/** What a copy on disk is: exactly one of the versions written, something else, or absent. */
export type CopyState = 'whole' | 'torn' | 'missing';

export type KillRound = {
  /**
   * When the kill came: `anywhere` a random time into the saves (mostly while the plan is turned
   * into text, the longest step); `writing` a random time after a temporary file appeared, so
   * the steps on disk (writing, flushing, linking and renaming) are hit as often.
   */
  aim: 'anywhere' | 'writing';
  /** Saves the killed process finished before the kill. */
  savesFinished: number;
  delayMs: number;
  plan: CopyState;
  backup: CopyState;
  /** Files other than the plan and its backup in the folder right after the kill, and after the next save. */
  temporariesAfterKill: number;
  temporariesAfterNextSave: number;
  nextSaveMs: number;
};

export type KillReport = { planBytes: number; rounds: KillRound[] };

export type KillOptions = {
  folder: string;
  services: number;
  kills: number;
  seed: number;
  onRound?: (round: KillRound, index: number) => void;
};

/** Whatever else is in the harness's folder is left over from a save: only the plan, its backup and the plan the children read belong there. */
const kept = new Set(['large.tamhil', 'large.tamhil.bak', 'source.json']);
const isTemporary = (name: string) => !kept.has(name);

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Resolves when a temporary file is created in the folder: a save has reached the disk. */
function temporaryAppears(folder: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(folder, (_event, name) => {
      if (name && isTemporary(name)) {
        watcher.close();
        resolve();
      }
    });
  });
}

type SavingChild = { begin(firstVersion: number): Promise<void>; kill(): Promise<number> };

/** A child that loads the save code at once and starts saving only when told its first version, so the next one loads while a round runs. */
function startSavingChild(planPath: string, sourcePath: string): SavingChild {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, 'loop', planPath, sourcePath], { cwd: repositoryRoot, stdio: 'pipe' });
  let output = '';
  let errors = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.startsWith('ready\n')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.once('exit', (code, signal) => reject(new Error(`the saving process ended before it was ready (${code ?? signal}): ${errors}`)));
  });
  ready.catch(() => {});
  return {
    async begin(firstVersion) {
      child.stdin.write(`${firstVersion}\n`);
      await ready;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
      if (/was not saved/.test(errors)) throw new Error(`a save failed in the saving process: ${errors}`);
      return output.split('\n').filter((line) => line.startsWith('saved ')).length;
    },
  };
}

export async function killDuringSaves({ folder, services, kills, seed, onRound }: KillOptions): Promise<KillReport> {
  const planPath = join(folder, 'large.tamhil');
  const sourcePath = join(folder, 'source.json');
  const base: Plan = generatedPlan(seed, services);
  const template = serializePlan(withVersion(base, 0));
  if (!readPlan(template).ok) throw new Error('the harness plan does not read back as a plan');
  const textOf = (version: number) => template.replace(versionMarker(0), versionMarker(version));
  // Every version's file is the template with its number, so a copy is checked by comparing text, not by parsing it again.
  if (serializePlan(withVersion(base, 7)) !== textOf(7)) throw new Error('versions of the harness plan differ by more than their number');
  await writeFile(sourcePath, template);

  async function copyState(path: string): Promise<CopyState> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return 'missing';
    }
    const version = versionIn(text);
    return version !== null && text === textOf(version) ? 'whole' : 'torn';
  }
  const temporaries = async () => (await readdir(folder)).filter(isTemporary).length;
  const saveMs: number[] = [];
  async function saveHere(version: number): Promise<void> {
    const started = performance.now();
    const result = await savePlanFile({ diskPath: planPath, shownPath: 'large.tamhil', plan: withVersion(base, version), expectedRevision: null, overwrite: true });
    saveMs.push(performance.now() - started);
    if (!result.ok) throw new Error(`the harness's own save of version ${version} failed: ${JSON.stringify(result)}`);
  }

  let version = 1;
  for (; version <= 3; version += 1) await saveHere(version);
  const random = seededRandom(seed);
  const rounds: KillRound[] = [];
  // Two children load while a round runs: loading takes longer than a round.
  const waiting = [startSavingChild(planPath, sourcePath), startSavingChild(planPath, sourcePath)];
  try {
    for (let index = 0; index < kills; index += 1) {
      const child = waiting.shift()!;
      await child.begin(version);
      waiting.push(startSavingChild(planPath, sourcePath));
      const aim: KillRound['aim'] = index % 2 === 0 ? 'anywhere' : 'writing';
      if (aim === 'writing') await temporaryAppears(folder);
      const delayMs = random() * (aim === 'anywhere' ? 3 : 0.5) * median(saveMs);
      await sleep(delayMs);
      const savesFinished = await child.kill();
      // The version being saved at the kill may be on disk: the next save goes after it.
      version += savesFinished + 1;
      const round = { aim, savesFinished, delayMs, plan: await copyState(planPath), backup: await copyState(`${planPath}.bak`), temporariesAfterKill: await temporaries() };
      await saveHere(version);
      version += 1;
      const finished: KillRound = { ...round, temporariesAfterNextSave: await temporaries(), nextSaveMs: saveMs.at(-1)! };
      rounds.push(finished);
      onRound?.(finished, index);
    }
  } finally {
    await Promise.all(waiting.map((child) => child.kill()));
  }
  return { planBytes: Buffer.byteLength(template), rounds };
}
