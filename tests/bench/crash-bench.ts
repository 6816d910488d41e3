/**
 * The crash benchmark: a process saving a large plan (about 4.5 MB: 5,000 services, the most a plan holds) over and over
 * with the app's own save code is killed 240 times at random moments, half of them anywhere in
 * the saves and half soon after a save reached the disk (see tests/helpers/save-kill-harness.ts).
 * After every kill the plan and its backup must each be one of the versions written, whole, and
 * the next save must leave no temporary file behind. It prints how many kills left what, and the
 * time of a save of that plan.
 *
 * Run by run-bench.ts (`npm run bench -- --suite crash`); it prints figures and asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killDuringSaves, type KillRound } from '../helpers/save-kill-harness.ts';

export type CrashFigure = { suite: 'crash'; measure: string; value: number };

const kills = 240;
const services = 5_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.5 * sorted.length) - 1] ?? Number.NaN;
}

const count = (rounds: readonly KillRound[], test: (round: KillRound) => boolean) => rounds.filter(test).length;

export async function runCrashBench(): Promise<CrashFigure[]> {
  process.stderr.write(`crash: ${kills} kills while saving a plan of ${services} services…\n`);
  const folder = await mkdtemp(join(tmpdir(), 'tamhil-crash-bench-'));
  const started = performance.now();
  try {
    const report = await killDuringSaves({
      folder,
      services,
      kills,
      seed: 2027,
      onRound: (_round, index) => {
        if ((index + 1) % 20 === 0) process.stderr.write(`crash: ${index + 1} kills\n`);
      },
    });
    const { rounds } = report;
    const values: [string, number][] = [
      ['kills', rounds.length],
      ['kills_anywhere', count(rounds, (round) => round.aim === 'anywhere')],
      ['kills_after_a_write_began', count(rounds, (round) => round.aim === 'writing')],
      ['kills_leaving_a_temporary_file', count(rounds, (round) => round.temporariesAfterKill > 0)],
      ['saves_finished_by_killed_processes', rounds.reduce((sum, round) => sum + round.savesFinished, 0)],
      ['plans_not_whole', count(rounds, (round) => round.plan !== 'whole')],
      ['backups_not_whole', count(rounds, (round) => round.backup !== 'whole')],
      ['temporary_files_after_the_next_save', rounds.reduce((sum, round) => sum + round.temporariesAfterNextSave, 0)],
      ['plan_mb', report.planBytes / 2 ** 20],
      ['save_median_ms', median(rounds.map((round) => round.nextSaveMs))],
      ['total_s', (performance.now() - started) / 1_000],
    ];
    console.log(`\nCrash: ${kills} kills while saving a ${(report.planBytes / 2 ** 20).toFixed(1)} MB plan`);
    const width = Math.max(...values.map(([measure]) => measure.length));
    for (const [measure, value] of values) console.log(`  ${measure.padEnd(width)}  ${Number.isInteger(value) ? value : value.toFixed(1)}`);
    return values.map(([measure, value]) => ({ suite: 'crash', measure, value: Math.round(value * 10) / 10 }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
