/**
 * The formula engine benchmark: the same budget sheet in Tamhil's engine, HyperFormula (the
 * reference) and a plain typed-array loop (the limit), at 1,000, 10,000 and 50,000 lines. Each
 * engine and size runs in its own process, so heap figures and JIT warm-up do not mix. Then the
 * planning workbook benchmark (workbook-bench.ts): export and import against SheetJS. Then the
 * logic model benchmark (logic-model-bench.ts): following an edit on the canvas, and ELK's
 * crossings against stacked columns. Then the cluster benchmark (cluster-bench.ts): `tamhil
 * cluster` on 10, 100 and 260 plans. Then the command-line benchmark (cli-bench.ts): whole
 * `tamhil` processes and `npm start` timed from outside, against `node -e 0`. Then the UI benchmark
 * (ui-bench.ts): the built app in Chromium, timed in the page from the user's input to the frame
 * that shows its result, at the sample, 1,000 and 5,000 services. Then the whole-column benchmark
 * (whole-column-bench.ts): time and peak memory of validate, export, diff and an edit of a plan of
 * 5,000 services whose every formula reads whole columns. The crash benchmark (crash-bench.ts) runs
 * only when asked for (`--suite crash`, about five minutes): 240 kills of a process saving a large
 * plan, counting damaged plans and backups and temporary files left behind.
 *
 *   npm run bench                      prints the tables
 *   npm run bench -- --json FILE       also writes the figures as JSON
 *   npm run bench -- --lines 1000      only some sizes of the formula benchmark (comma-separated)
 *   npm run bench -- --rows 1000       only some sizes of the workbook benchmark (comma-separated)
 *   npm run bench -- --suite workbook  only one benchmark (formulas, workbook, logic, cluster, cli, ui, whole-column, merge, history or crash)
 *   npm run bench -- --ui-app DIR      the UI benchmark also measures the build in DIR (a checkout), beside this one
 *   npm run bench -- --ui-services 16  only some sizes of the UI benchmark (comma-separated service counts)
 *
 * It prints figures and asserts nothing; tests never time anything.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine, type EngineName } from './bench-engines.ts';
import { budgetLines, unitCostEdits } from './budget-workload.ts';
import { defaultWorkbookSizes, runWorkbookBench, type WorkbookFigure } from './workbook-bench.ts';
import { runLogicModelBench, type LogicFigure } from './logic-model-bench.ts';
import { runClusterBench, type ClusterFigure } from './cluster-bench.ts';
import { runCliBench, type CliFigure } from './cli-bench.ts';
import { defaultUiSizes, runUiBench, type UiFigure } from './ui-bench.ts';
import { runWholeColumnBench, type WholeColumnFigure } from './whole-column-bench.ts';
import { runCrashBench, type CrashFigure } from './crash-bench.ts';
import { runMergeBench, type MergeFigure } from './merge-bench.ts';
import { runHistoryBench, type HistoryFigure } from './history-bench.ts';
import { quantile } from './nearest-rank.ts';

type Measure = 'build_ms' | 'full_ms' | 'edit_median_ms' | 'edit_p95_ms' | 'heap_mb';
type Figure = { suite: 'formulas'; engine: EngineName; lines: number; measure: Measure; value: number };
type ChildReport = { figures: Figure[]; summary: [number, number, number]; heapMeasured: boolean };

const engines: readonly EngineName[] = ['plain', 'tamhil', 'hyperformula'];
const defaultSizes = [1_000, 10_000, 50_000];
const warmUpEdits = 20;
const measuredEdits = 200;

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The JavaScript heap plus typed arrays' buffers (which live outside it), after collecting garbage. */
function heapMegabytes(): number | null {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return null;
  collect();
  collect();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20;
}

async function measure(engineName: EngineName, lines: number): Promise<ChildReport> {
  const engine = await createEngine(engineName);
  const budget = budgetLines(lines);
  const edits = unitCostEdits(lines, warmUpEdits + measuredEdits);
  const heapBefore = heapMegabytes();

  let started = performance.now();
  engine.build(budget);
  const build = performance.now() - started;
  const heapAfter = heapMegabytes();

  const fullRuns = engineName === 'hyperformula' && lines >= 50_000 ? 3 : 5;
  const full: number[] = [];
  for (let run = 0; run < fullRuns; run++) {
    started = performance.now();
    engine.recalculate();
    full.push(performance.now() - started);
  }

  const editTimes: number[] = [];
  edits.forEach(({ line, unitCost }, index) => {
    started = performance.now();
    engine.editUnitCost(line, unitCost);
    const elapsed = performance.now() - started;
    if (index >= warmUpEdits) editTimes.push(elapsed);
  });

  const figure = (measureName: Measure, value: number): Figure => ({ suite: 'formulas', engine: engineName, lines, measure: measureName, value: Math.round(value * 1_000) / 1_000 });
  const figures = [
    figure('build_ms', build),
    figure('full_ms', median(full)),
    figure('edit_median_ms', median(editTimes)),
    figure('edit_p95_ms', quantile(editTimes, 0.95)),
  ];
  if (heapBefore !== null && heapAfter !== null) figures.push(figure('heap_mb', heapAfter - heapBefore));
  return { figures, summary: engine.summary(), heapMeasured: heapBefore !== null };
}

function runChild(engineName: EngineName, lines: number): ChildReport {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--child', engineName, String(lines)], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`${engineName} at ${lines} lines failed:\n${child.stderr}`);
  const reportLine = child.stdout.trim().split('\n').at(-1)!;
  return JSON.parse(reportLine) as ChildReport;
}

function formatNumber(value: number | undefined): string {
  if (value === undefined) return '—';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function printTable(figures: readonly Figure[], sizes: readonly number[]): void {
  const measures: Measure[] = ['build_ms', 'full_ms', 'edit_median_ms', 'edit_p95_ms', 'heap_mb'];
  const find = (engineName: EngineName, lines: number, measureName: Measure) =>
    figures.find((figure) => figure.engine === engineName && figure.lines === lines && figure.measure === measureName)?.value;
  const header = ['lines', 'engine', ...measures];
  const rows: string[][] = [];
  for (const lines of sizes) {
    for (const engineName of engines) rows.push([String(lines), engineName, ...measures.map((name) => formatNumber(find(engineName, lines, name)))]);
    rows.push([
      String(lines),
      'tamhil / hf',
      ...measures.map((name) => {
        const ours = find('tamhil', lines, name);
        const reference = find('hyperformula', lines, name);
        return ours === undefined || reference === undefined || reference === 0 ? '—' : `${(ours / reference).toFixed(3)}×`;
      }),
    ]);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row, index) => {
    console.log(line(row));
    if ((index + 1) % (engines.length + 1) === 0 && index < rows.length - 1) console.log('');
  });
}

function printTargets(figures: readonly Figure[]): void {
  const at = (engineName: EngineName, measureName: Measure) =>
    figures.find((figure) => figure.engine === engineName && figure.lines === 50_000 && figure.measure === measureName)?.value;
  const ratio = (measureName: Measure) => {
    const ours = at('tamhil', measureName);
    const reference = at('hyperformula', measureName);
    return ours === undefined || reference === undefined ? undefined : ours / reference;
  };
  const targets: [string, number | undefined, number][] = [
    ['edit p95 ≤ 2 ms', at('tamhil', 'edit_p95_ms'), 2],
    ['edit p95 ≤ 0.03 × HyperFormula', ratio('edit_p95_ms'), 0.03],
    ['full recalculation ≤ 0.15 × HyperFormula', ratio('full_ms'), 0.15],
    ['build ≤ 0.35 × HyperFormula', ratio('build_ms'), 0.35],
    ['heap ≤ 1 × HyperFormula', ratio('heap_mb'), 1],
  ];
  console.log('\nTargets at 50,000 lines (from the issue):');
  for (const [title, value, limit] of targets) {
    const verdict = value === undefined ? 'not measured' : value <= limit ? 'met' : 'NOT met';
    console.log(`  ${title.padEnd(42)} ${value === undefined ? '—' : value.toFixed(3).padStart(8)}  ${verdict}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const report = await measure(args[1] as EngineName, Number(args[2]));
    console.log(JSON.stringify(report));
    return;
  }
  const jsonIndex = args.indexOf('--json');
  const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
  const linesIndex = args.indexOf('--lines');
  const sizes = linesIndex >= 0 ? args[linesIndex + 1]!.split(',').map(Number) : defaultSizes;
  const rowsIndex = args.indexOf('--rows');
  const workbookSizes = rowsIndex >= 0 ? args[rowsIndex + 1]!.split(',').map(Number) : defaultWorkbookSizes;
  const suiteIndex = args.indexOf('--suite');
  const suite = suiteIndex >= 0 ? args[suiteIndex + 1] : undefined;
  const uiAppIndex = args.indexOf('--ui-app');
  const uiApp = uiAppIndex >= 0 ? args[uiAppIndex + 1] : undefined;
  const uiServicesIndex = args.indexOf('--ui-services');
  const uiServices = uiServicesIndex >= 0 ? args[uiServicesIndex + 1]!.split(',').map(Number) : defaultUiSizes;

  const figures: (Figure | WorkbookFigure | LogicFigure | ClusterFigure | CliFigure | UiFigure | WholeColumnFigure | CrashFigure | MergeFigure | HistoryFigure)[] = [];
  if (suite === undefined || suite === 'formulas') figures.push(...runFormulaBench(sizes));
  if (suite === undefined || suite === 'workbook') figures.push(...runWorkbookBench(workbookSizes));
  if (suite === undefined || suite === 'logic') figures.push(...(await runLogicModelBench()));
  if (suite === undefined || suite === 'cluster') figures.push(...(await runClusterBench()));
  if (suite === undefined || suite === 'cli') figures.push(...(await runCliBench()));
  if (suite === undefined || suite === 'ui') figures.push(...(await runUiBench({ otherApp: uiApp, services: uiServices })));
  if (suite === undefined || suite === 'whole-column') figures.push(...(await runWholeColumnBench()));
  if (suite === undefined || suite === 'merge') figures.push(...runMergeBench());
  if (suite === undefined || suite === 'history') figures.push(...runHistoryBench());
  if (suite === 'crash') figures.push(...(await runCrashBench()));
  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nwrote ${figures.length} figures to ${jsonFile}`);
  }
}

function runFormulaBench(sizes: readonly number[]): Figure[] {
  const figures: Figure[] = [];
  let heapMeasured = true;
  for (const lines of sizes) {
    const summaries = new Map<EngineName, [number, number, number]>();
    for (const engineName of engines) {
      process.stderr.write(`${engineName} at ${lines.toLocaleString('en-US')} lines…\n`);
      const report = runChild(engineName, lines);
      figures.push(...report.figures);
      summaries.set(engineName, report.summary);
      heapMeasured &&= report.heapMeasured;
    }
    // HyperFormula rounds what it returns to ten significant digits, hence the relative comparison.
    const [reference, ...others] = [...summaries.values()];
    const agrees = (summary: readonly number[]) => summary.every((value, index) => Math.abs(value - reference![index]!) <= 1e-9 * Math.max(1, Math.abs(value)));
    if (!others.every(agrees)) console.warn(`engines disagree at ${lines} lines: ${[...summaries].map(([name, summary]) => `${name} ${summary.join(' / ')}`).join('; ')}`);
  }

  console.log('\nFormula engine benchmark (ms; heap = JS heap + array buffers in MB above the input data, after gc)\n');
  printTable(figures, sizes);
  printTargets(figures);
  if (!heapMeasured) console.log('\nheap_mb needs gc: run through `npm run bench` (node --expose-gc --import tsx).');
  return figures;
}

await main();
