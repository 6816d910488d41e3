/**
 * The whole-column benchmark (issue 17): the plan of 5,000 services with a whole-column SUM or
 * SUMIF formula in each of the grid's seven formula fields (tests/helpers/whole-column-plan.ts),
 * chained (every cell a number) and circular (every column one cycle, as the hostile probe's
 * plan). For `tamhil validate`, `tamhil export --xlsx` and `tamhil diff` as the command line runs
 * them, and for an edit in the open plan (a budget session's move): the time and the peak
 * resident memory of the process. Each step runs in a process of its own, after the same
 * command on a 50-service plan of the same shape has loaded the modules and warmed the JIT, so
 * the peak is the step's and the time is not the first load's.
 *
 * Run by run-bench.ts, or alone: `node --expose-gc --import tsx tests/bench/whole-column-bench.ts`.
 * It prints figures and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { produce } from 'immer';
import { BudgetSession } from '@shared/budget/budget-session.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { runCli } from '@electron/cli/run-cli.ts';
import { wholeColumnPlan, type WholeColumnShape } from '../helpers/whole-column-plan.ts';

export type WholeColumnStep = 'validate' | 'export' | 'diff' | 'edit';
export type WholeColumnMeasure = 'ms' | 'cpu_ms' | 'peak_rss_mb' | 'rss_before_mb' | 'file_mb';
export type WholeColumnFigure = { suite: 'whole-column'; shape: WholeColumnShape; services: number; step: WholeColumnStep | 'plan'; measure: WholeColumnMeasure; value: number };

type ChildReport = { ms: number; cpuMs: number; peakRssMegabytes: number; rssBeforeMegabytes: number };

const shapes: readonly WholeColumnShape[] = ['chained', 'circular'];
const steps: readonly WholeColumnStep[] = ['validate', 'export', 'diff', 'edit'];
const services = 5_000;
const warmUpServices = 50;
const measuredEdits = 5;
const childFlag = '--whole-column-child';
const megabyte = 2 ** 20;

const discard = { write: () => true };

/** The plan files of one shape and size: the plan, and the plan after one service's typed number changed (for diff). */
function fileNames(folder: string, shape: WholeColumnShape, count: number) {
  return { plan: join(folder, `${shape}-${count}.tamhil`), changed: join(folder, `${shape}-${count}-changed.tamhil`), workbook: join(folder, `${shape}-${count}.xlsx`) };
}

/** The plan with the typed number of the service in the middle set to `value`: an edit every formula of the chained plan reads. */
function withBase(plan: Plan, value: number): Plan {
  return produce(plan, (draft) => {
    draft.services[Math.floor(draft.services.length / 2)]!.custom[0]!.value = value;
  });
}

async function writePlans(folder: string, shape: WholeColumnShape, count: number): Promise<void> {
  const plan = wholeColumnPlan(count, shape);
  const files = fileNames(folder, shape, count);
  await writeFile(files.plan, serializePlan(plan));
  await writeFile(files.changed, serializePlan(withBase(plan, 1_000)));
}

type Timing = { ms: number; cpuMs: number };

/** Wall-clock and CPU milliseconds (user and system: what a busy machine's other work does not inflate) of `work`, divided by `runs`. */
async function timed(work: () => Promise<unknown> | unknown, runs = 1): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const { user, system } = process.cpuUsage(cpu);
  return { ms: (performance.now() - started) / runs, cpuMs: (user + system) / 1_000 / runs };
}

/**
 * Runs a step once and times it: a command from start to exit code (which must not be 2,
 * trouble, or the figure would time a failure), an edit per move of an open session.
 */
async function runStep(step: WholeColumnStep, folder: string, shape: WholeColumnShape, count: number): Promise<Timing> {
  const files = fileNames(folder, shape, count);
  if (step === 'edit') {
    const plan = readPlan(await readFile(files.plan, 'utf8'));
    if (!plan.ok) throw new Error(`${files.plan} could not be read`);
    let session = BudgetSession.open(plan.plan);
    const edits = Array.from({ length: measuredEdits }, (_, edit) => withBase(session.plan, 200 + edit));
    return timed(() => {
      for (const next of edits) session = session.move(next);
    }, measuredEdits);
  }
  let stderr = '';
  const errors = { write: (text: string) => (stderr += text) };
  const argv = {
    validate: ['validate', files.plan, '--json'],
    export: ['export', files.plan, '--xlsx', files.workbook],
    diff: ['diff', files.plan, files.changed, '--json'],
  }[step];
  let code = 0;
  const timing = await timed(async () => (code = await runCli(argv, discard, errors)));
  if (code === 2) throw new Error(`tamhil ${argv.join(' ')} failed:\n${stderr}`);
  return timing;
}

function residentMegabytes(): number {
  return process.memoryUsage().rss / megabyte;
}

/** In the child: warm up on a small plan, then time the step on the large one; reports on stdout's last line. */
async function child(step: WholeColumnStep, folder: string, shape: WholeColumnShape): Promise<void> {
  await runStep(step, folder, shape, warmUpServices);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBeforeMegabytes = residentMegabytes();
  const { ms, cpuMs } = await runStep(step, folder, shape, services);
  // maxRSS is in kilobytes: the process's peak, which after the small warm-up is the step's.
  const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
  const report: ChildReport = { ms, cpuMs, peakRssMegabytes, rssBeforeMegabytes };
  process.stdout.write(`\n${JSON.stringify(report)}\n`);
}

function runChild(step: WholeColumnStep, folder: string, shape: WholeColumnShape): ChildReport {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, script, childFlag, step, folder, shape], { encoding: 'utf8', maxBuffer: 16 * megabyte });
  if (result.status !== 0) throw new Error(`whole-column ${shape} ${step} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ChildReport;
}

export async function runWholeColumnBench(): Promise<WholeColumnFigure[]> {
  const folder = await mkdtemp(join(tmpdir(), 'tamhil-whole-column-bench-'));
  const figures: WholeColumnFigure[] = [];
  const rows: string[][] = [];
  const round = (value: number) => Math.round(value * 10) / 10;
  try {
    for (const shape of shapes) {
      await writePlans(folder, shape, warmUpServices);
      await writePlans(folder, shape, services);
      const fileMegabytes = (await stat(fileNames(folder, shape, services).plan)).size / megabyte;
      figures.push({ suite: 'whole-column', shape, services, step: 'plan', measure: 'file_mb', value: round(fileMegabytes) });
      for (const step of steps) {
        process.stderr.write(`whole-column: ${shape}, ${step}…\n`);
        const report = runChild(step, folder, shape);
        const measured: [WholeColumnMeasure, number][] = [
          ['ms', report.ms],
          ['cpu_ms', report.cpuMs],
          ['peak_rss_mb', report.peakRssMegabytes],
          ['rss_before_mb', report.rssBeforeMegabytes],
        ];
        for (const [measure, value] of measured) figures.push({ suite: 'whole-column', shape, services, step, measure, value: round(value) });
        rows.push([shape, step, fileMegabytes.toFixed(1), ...measured.map(([, value]) => value.toFixed(0))]);
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const header = ['shape', 'step', 'file_mb', 'ms', 'cpu_ms', 'peak_rss_mb', 'rss_before_mb'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
  console.log(
    `\nWhole-column formulas (issue 17): ${services.toLocaleString('en-US')} services × 7 whole-column SUM/SUMIF formulas; one process per step, ` +
      `warmed on ${warmUpServices} services; edit = one budget-session move, mean of ${measuredEdits}; peak = the process's maximum resident set\n`,
  );
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === childFlag) await child(process.argv[3] as WholeColumnStep, process.argv[4]!, process.argv[5] as WholeColumnShape);
  else await runWholeColumnBench();
}
