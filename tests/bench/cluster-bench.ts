/**
 * The cluster benchmark: `tamhil cluster`'s work on a folder of generated plans of 50 services
 * each — 10 (a regional cluster), 100, and 260 (every authority in the country). Timed apart:
 * reading the folder (size check, JSON, upgrades, the schema), comparing (evaluating each plan's
 * formulas, totals, population, services per goal, services across the cluster), the JSON
 * report, the workbook, and the whole command as run from the command line, minus Node's start.
 * The first run is shown on its own: it loads the formula engine (mathjs) and warms the JIT.
 *
 * Run by run-bench.ts (`npm run bench -- --suite cluster`); it prints figures and asserts nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareCluster } from '@shared/cluster/cluster-comparison.ts';
import { clusterWorkbook } from '@shared/cluster/cluster-workbook.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { readClusterFolder } from '@electron/host/cluster-folder.ts';
import { clusterJson } from '@electron/cli/cluster-report.ts';
import { runCli } from '@electron/cli/run-cli.ts';
import { clusterOfPlans } from '../helpers/cluster-plans.ts';

export type ClusterFigure = { suite: 'cluster'; plans: number; measure: string; value: number };

const sizes = [10, 100, 260];
const servicesPerPlan = 50;
const warmRuns = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.5 * sorted.length) - 1] ?? Number.NaN;
}

async function timed<Result>(run: () => Result | Promise<Result>): Promise<{ result: Result; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

const discard = { write: () => true };

async function folderOf(plans: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'tamhil-cluster-bench-'));
  for (const [index, plan] of clusterOfPlans(plans, servicesPerPlan).entries()) {
    await writeFile(join(folder, `plan-${String(index + 1).padStart(3, '0')}.tamhil`), serializePlan(plan));
  }
  return folder;
}

export async function runClusterBench(): Promise<ClusterFigure[]> {
  const figures: ClusterFigure[] = [];
  const rows: string[][] = [];
  for (const plans of sizes) {
    process.stderr.write(`cluster: ${plans} plans of ${servicesPerPlan} services…\n`);
    const folder = await folderOf(plans);
    try {
      const measured: Record<string, number[]> = { read_ms: [], compare_ms: [], json_ms: [], work_ms: [], xlsx_ms: [], command_ms: [] };
      let first = 0;
      for (let run = 0; run <= warmRuns; run++) {
        const read = await timed(() => readClusterFolder(folder, folder, (path) => path));
        if (!read.result.ok) throw new Error(`the bench folder ${folder} could not be read`);
        const files = read.result.files;
        const compare = await timed(() => compareCluster(files, []));
        const json = await timed(() => JSON.stringify(clusterJson(compare.result, folder, 'en')));
        const work = read.ms + compare.ms + json.ms;
        if (run === 0) {
          first = work;
          continue;
        }
        measured.read_ms!.push(read.ms);
        measured.compare_ms!.push(compare.ms);
        measured.json_ms!.push(json.ms);
        measured.work_ms!.push(work);
        measured.xlsx_ms!.push((await timed(() => clusterWorkbook(compare.result, 'he'))).ms);
        measured.command_ms!.push((await timed(() => runCli(['cluster', folder, '--json'], discard, discard))).ms);
      }
      const values: Record<string, number> = { first_run_ms: first };
      for (const [measure, runs] of Object.entries(measured)) values[measure] = median(runs);
      values.work_ms_per_100_plans = (values.work_ms! / plans) * 100;
      for (const [measure, value] of Object.entries(values)) figures.push({ suite: 'cluster', plans, measure, value: Math.round(value * 10) / 10 });
      rows.push([String(plans), ...Object.values(values).map((value) => value.toFixed(1))]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  const header = ['plans', 'first_run_ms', 'read_ms', 'compare_ms', 'json_ms', 'work_ms', 'xlsx_ms', 'command_ms', 'work_ms_per_100_plans'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
  console.log(`\nCluster comparison benchmark (ms, median of ${warmRuns} runs after the first; ${servicesPerPlan} services a plan; work = read + compare + JSON)\n`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  return figures;
}
