/**
 * The command-line benchmark: whole `tamhil` processes timed from outside, as a user waits for
 * them — from spawning to exit, or, for the app (`tamhil web` and `npm start`), from spawning
 * until the address is printed. Node's own start (`node -e 0`, measured in the same run) is the
 * floor, and each command is also given as a multiple of it, so a slower machine does not hide
 * what the command itself adds. `tamhil cluster` reads 260 generated plans of 20 services.
 *
 * Run by run-bench.ts (`npm run bench -- --suite cli`); it prints figures and asserts nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { clusterOfPlans } from '../helpers/cluster-plans.ts';
import { freePort } from '../helpers/spawn-tamhil.ts';

export type CliMeasure = 'median_ms' | 'min_ms' | 'max_ms' | 'p90_ms' | 'ratio_to_node';
export type CliFigure = { suite: 'cli'; command: string; measure: CliMeasure; value: number };

type Target = { milliseconds: number; timesNode?: number };
/** `rebuilt`: npm start built dist/ first, because a source changed while the bench ran. */
type Run = { milliseconds: number; rebuilt: boolean };
type Command = { name: string; target?: Target; time: () => Promise<Run> };
type Outcome = { name: string; target?: Target; runs: number[]; rebuilt: number } | { name: string; target?: Target; failure: string };

const root = fileURLToPath(new URL('../..', import.meta.url));
const tamhil = 'electron/cli/tamhil.mjs';
const sample = 'templates/samples/givat-hadkalim-2027.tamhil';
const overLimitSample = 'templates/samples/givat-hadkalim-2027-over-limit.tamhil';
const clusterPlans = 260;
const servicesPerPlan = 20;
const warmUpRuns = 2;
const measuredRuns = 9;
const floorName = 'node -e 0';
const addressPrefix = 'http://127.0.0.1:';
const rebuildNotice = 'Building Tamhil';
/** Far above any target: past it the app is not starting at all (an Electron window, say, prints no address). */
const addressTimeoutMilliseconds = 30_000;
const stopTimeoutMilliseconds = 10_000;

/** Interpolated, because with nine runs the nearest-rank p90 is simply the slowest run. */
function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = share * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-5).join('\n');
}

/** The wall-clock time of a whole process, which must end with `expectedCode` (or the figure would time a failure). */
function timeToExit(command: string, args: readonly string[], expectedCode = 0): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let exited = 0;
    let stderr = '';
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('exit', () => (exited = performance.now() - started));
    child.on('close', (code) => {
      if (code === expectedCode) resolve({ milliseconds: exited, rebuilt: false });
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code} (expected ${expectedCode}):\n${lastLines(stderr)}`));
    });
  });
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the app and waits until it has gone, so the next run does not start beside a server
 * still shutting down. npm starts a shell that starts node, and a signal to npm alone can leave
 * the server behind: the whole process group is signalled then.
 */
async function stop(child: ChildProcess, wholeGroup: boolean): Promise<void> {
  const groupId = child.pid!;
  const alive = () => running(child) || (wholeGroup && groupAlive(groupId));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (wholeGroup) process.kill(-groupId, name);
      else child.kill(name);
    } catch {
      // Gone already.
    }
  };
  signal('SIGTERM');
  const deadline = performance.now() + stopTimeoutMilliseconds;
  while (alive() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!alive()) return;
  signal('SIGKILL');
  if (running(child)) await new Promise((resolve) => child.once('exit', resolve));
}

/**
 * From spawning until the app's address is printed (the moment a user can open it), with its own
 * empty data folder. ELECTRON_PATH names no program, so `npm start` takes the browser path on
 * every machine: where Electron is installed it would open a window and print no address.
 */
async function timeToAddress(command: string, args: (port: number) => string[], wholeGroup: boolean): Promise<Run> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'tamhil-cli-bench-data-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args(port), {
    cwd: root,
    env: { ...process.env, TAMHIL_DATA_DIR: dataFolder, ELECTRON_PATH: join(dataFolder, 'no-electron') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: wholeGroup,
  });
  try {
    return await new Promise<Run>((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      let answered = false;
      const answer = (settle: () => void) => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        settle();
      };
      const timer = setTimeout(
        () => answer(() => reject(new Error(`no address within ${addressTimeoutMilliseconds / 1_000} s:\n${lastLines(stderr)}`))),
        addressTimeoutMilliseconds,
      );
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
        // npm prints its own banner on stdout first; the app's first line is the address.
        if (stdout.split('\n').slice(0, -1).some((line) => line.startsWith(addressPrefix))) {
          const milliseconds = performance.now() - started;
          answer(() => resolve({ milliseconds, rebuilt: stderr.includes(rebuildNotice) }));
        }
      });
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      child.on('error', (error) => answer(() => reject(error)));
      child.on('exit', (code, signal) => answer(() => reject(new Error(`exited with ${code ?? signal} before printing the address:\n${lastLines(stderr)}`))));
    });
  } finally {
    if (child.pid !== undefined) await stop(child, wholeGroup);
    await rm(dataFolder, { recursive: true, force: true });
  }
}

async function clusterFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'tamhil-cli-bench-cluster-'));
  for (const [index, plan] of clusterOfPlans(clusterPlans, servicesPerPlan).entries()) {
    await writeFile(join(folder, `plan-${String(index + 1).padStart(3, '0')}.tamhil`), serializePlan(plan));
  }
  return folder;
}

function commands(folder: string): Command[] {
  const node = process.execPath;
  const diffDiffers = 1;
  return [
    { name: floorName, time: () => timeToExit(node, ['-e', '0']) },
    { name: 'tamhil --version', time: () => timeToExit(node, [tamhil, '--version']) },
    { name: 'tamhil validate SAMPLE', target: { milliseconds: 400, timesNode: 3 }, time: () => timeToExit(node, [tamhil, 'validate', sample]) },
    { name: 'tamhil diff SAMPLE OVER-LIMIT', target: { milliseconds: 500 }, time: () => timeToExit(node, [tamhil, 'diff', sample, overLimitSample], diffDiffers) },
    { name: `tamhil cluster (${clusterPlans} plans)`, target: { milliseconds: 1_000 }, time: () => timeToExit(node, [tamhil, 'cluster', folder]) },
    { name: 'tamhil web (to address)', target: { milliseconds: 3_000 }, time: () => timeToAddress(node, (port) => [tamhil, 'web', '--port', String(port)], false) },
    { name: 'npm start (to address)', target: { milliseconds: 3_000 }, time: () => timeToAddress('npm', (port) => ['start', '--', '--port', String(port)], true) },
  ];
}

async function measure(command: Command): Promise<Outcome> {
  process.stderr.write(`cli: ${command.name}…\n`);
  const base = { name: command.name, ...(command.target ? { target: command.target } : {}) };
  const runs: number[] = [];
  let rebuilt = 0;
  try {
    for (let run = 0; run < warmUpRuns + measuredRuns; run++) {
      const measured = await command.time();
      if (run < warmUpRuns) continue;
      runs.push(measured.milliseconds);
      if (measured.rebuilt) rebuilt++;
    }
  } catch (error) {
    return { ...base, failure: error instanceof Error ? error.message : String(error) };
  }
  return { ...base, runs, rebuilt };
}

function formatMilliseconds(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function targetText(target: Target | undefined): string {
  if (!target) return '';
  const time = target.milliseconds >= 1_000 ? `≤ ${target.milliseconds / 1_000} s` : `≤ ${target.milliseconds} ms`;
  return target.timesNode === undefined ? time : `${time}, ≤ ${target.timesNode}× node`;
}

function verdict(target: Target | undefined, median: number, ratio: number): string {
  if (!target) return '';
  const met = median <= target.milliseconds && (target.timesNode === undefined || ratio <= target.timesNode);
  return met ? 'met' : 'NOT met';
}

/** Builds dist/ first, so the figures are of the current sources and no run pays for a build. */
function buildOnce(): void {
  const build = spawnSync(process.execPath, ['electron/build/build-app.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`electron/build/build-app.mjs failed (exit ${build.status ?? build.signal})`);
}

export async function runCliBench(): Promise<CliFigure[]> {
  buildOnce();
  process.stderr.write(`cli: writing ${clusterPlans} plans of ${servicesPerPlan} services…\n`);
  const folder = await clusterFolder();
  const outcomes: Outcome[] = [];
  try {
    for (const command of commands(folder)) outcomes.push(await measure(command));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  const floor = outcomes.find((outcome) => outcome.name === floorName);
  const floorMedian = floor && 'runs' in floor ? quantile(floor.runs, 0.5) : Number.NaN;
  const figures: CliFigure[] = [];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const outcome of outcomes) {
    if ('failure' in outcome) {
      rows.push([outcome.name, '—', '—', '—', '—', targetText(outcome.target), 'not measured']);
      notes.push(`${outcome.name}: not measured: ${outcome.failure}`);
      continue;
    }
    if (outcome.rebuilt > 0) notes.push(`${outcome.name}: ${outcome.rebuilt} of ${measuredRuns} runs rebuilt dist/ first (a source changed during the bench)`);
    const values: Record<CliMeasure, number> = {
      median_ms: quantile(outcome.runs, 0.5),
      min_ms: Math.min(...outcome.runs),
      max_ms: Math.max(...outcome.runs),
      p90_ms: quantile(outcome.runs, 0.9),
      ratio_to_node: quantile(outcome.runs, 0.5) / floorMedian,
    };
    for (const [measureName, value] of Object.entries(values) as [CliMeasure, number][]) {
      figures.push({ suite: 'cli', command: outcome.name, measure: measureName, value: Math.round(value * 1_000) / 1_000 });
    }
    rows.push([
      outcome.name,
      formatMilliseconds(values.median_ms),
      `${formatMilliseconds(values.min_ms)}–${formatMilliseconds(values.max_ms)}`,
      formatMilliseconds(values.p90_ms),
      Number.isFinite(values.ratio_to_node) ? `${values.ratio_to_node.toFixed(2)}×` : '—',
      targetText(outcome.target),
      verdict(outcome.target, values.median_ms, values.ratio_to_node),
    ]);
  }

  const header = ['command', 'median', 'min–max', 'p90', '× node -e 0', 'target', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 || column >= 5 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  console.log(
    `\nCommand-line benchmark (ms of wall-clock per process, ${measuredRuns} runs after ${warmUpRuns} warm-up runs; ` +
      `SAMPLE = ${sample}; the app is timed until it prints its address)\n`,
  );
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  ').trimEnd());
  for (const row of rows) console.log(line(row));
  if (notes.length > 0) console.log('');
  for (const note of notes) console.log(`  ${note.replaceAll('\n', '\n    ')}`);
  return figures;
}
