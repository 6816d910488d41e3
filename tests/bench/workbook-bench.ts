/**
 * The planning workbook benchmark: Tamhil's export and import of a plan of 1,000 and 10,000
 * services (budget lines), side by side with SheetJS writing and reading the same rows of the
 * services sheet. Each tool and size runs in its own process, as the formula benchmark does.
 *
 * Tamhil writes the whole workbook (every sheet, styles, list validations, the plan file hidden
 * inside) and reads it back through the guard into a checked plan; SheetJS writes and reads one
 * sheet of plain cells (values, formulas with their results). SheetJS stores its zip without
 * compression unless asked, so it is measured both ways.
 *
 * Run by run-bench.ts (`npm run bench`, or `npm run bench -- --suite workbook --rows 1000`); it
 * prints figures and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import type { Plan } from '../../shared/model/plan-schema.ts';
import type { RowProblem } from '../../shared/xlsx/row-problem.ts';
import { maximumServices } from '@shared/model/plan-schema.ts';

export type WorkbookTool = 'tamhil' | 'sheetjs';
export type WorkbookOperation = 'export' | 'guard' | 'load-read' | 'import' | 'write' | 'read' | 'write-deflate' | 'read-deflate';
export type WorkbookMeasure = 'median_ms' | 'cpu_ms' | 'peak_heap_mb' | 'file_bytes' | 'runs';
export type WorkbookFigure = { suite: 'workbook'; tool: WorkbookTool; operation: WorkbookOperation; rows: number; measure: WorkbookMeasure; value: number };
/** What a figure does not say by itself (a limit lifted, a run that ends early, a check that failed). */
type WorkbookNote = { tool: WorkbookTool; operation: WorkbookOperation; rows: number; text: string };
type ChildReport = { figures: WorkbookFigure[]; notes: WorkbookNote[]; heapMeasured: boolean };

export const defaultWorkbookSizes = [1_000, 10_000];
const tools: readonly WorkbookTool[] = ['tamhil', 'sheetjs'];
const planServiceLimit = maximumServices;

const operationTitles: Record<WorkbookOperation, string> = {
  export: 'export: exportPlanWorkbook (evaluate, every sheet, zip)',
  guard: 'guard alone: guardWorkbook (zip check, inflate, count)',
  'load-read': 'read: loadUntrustedWorkbook (guard + cells) + readServicesSheet',
  import: 'import: importPlanWorkbook (read + check)',
  write: 'write: aoa_to_sheet + write (stored zip, the default)',
  read: 'read: XLSX.read + sheet_to_json (of the stored file)',
  'write-deflate': 'write: aoa_to_sheet + write, compression: true',
  'read-deflate': 'read: XLSX.read + sheet_to_json (of the deflated file)',
};

const operationsOf: Record<WorkbookTool, readonly WorkbookOperation[]> = {
  tamhil: ['export', 'guard', 'load-read', 'import'],
  sheetjs: ['write', 'read', 'write-deflate', 'read-deflate'],
};

const runsFor = (rows: number) => (rows >= 10_000 ? 3 : 5);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.5 * sorted.length) - 1] ?? Number.NaN;
}

const collect = (globalThis as { gc?: () => void }).gc;
const heapBytes = () => {
  const statistics = getHeapStatistics();
  return statistics.used_heap_size + statistics.external_memory;
};

type Timed<Result> = { result: Result; ms: number; cpuMs: number; peakMegabytes: number | null };

/**
 * Times one run and finds its peak: the JS heap plus external memory (buffers) is highest just
 * before a garbage collection or at the end, and GCProfiler records it before every collection,
 * including those inside synchronous work no timer could sample.
 */
async function timed<Result>(run: () => Result | Promise<Result>): Promise<Timed<Result>> {
  collect?.();
  collect?.();
  const before = heapBytes();
  const profiler = new GCProfiler();
  profiler.start();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1_000;
  const atEnd = heapBytes();
  const { statistics } = profiler.stop();
  if (!collect) return { result, ms, cpuMs, peakMegabytes: null };
  const peak = Math.max(atEnd, ...statistics.map(({ beforeGC }) => beforeGC.heapStatistics.usedHeapSize + beforeGC.heapStatistics.externalMemory));
  return { result, ms, cpuMs, peakMegabytes: (peak - before) / 2 ** 20 };
}

/** Runs an operation `runs` times (a fresh input from `prepare` each time, untimed) and keeps the medians. */
async function measureRuns<Input, Result>(
  runs: number,
  prepare: () => Input,
  run: (input: Input) => Result | Promise<Result>,
): Promise<{ last: Result; ms: number; cpuMs: number; peakMegabytes: number | null }> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const peaks: number[] = [];
  let last: Result | undefined;
  for (let index = 0; index < runs; index++) {
    const input = prepare();
    const measured = await timed(() => run(input));
    times.push(measured.ms);
    cpuTimes.push(measured.cpuMs);
    if (measured.peakMegabytes !== null) peaks.push(measured.peakMegabytes);
    last = measured.result;
  }
  return { last: last as Result, ms: median(times), cpuMs: median(cpuTimes), peakMegabytes: peaks.length > 0 ? median(peaks) : null };
}

function figureMaker(tool: WorkbookTool, rows: number, figures: WorkbookFigure[]) {
  return (operation: WorkbookOperation, measured: { ms: number; cpuMs: number; peakMegabytes: number | null }, runs: number, fileBytes?: number) => {
    const add = (measure: WorkbookMeasure, value: number) => figures.push({ suite: 'workbook', tool, operation, rows, measure, value: Math.round(value * 1_000) / 1_000 });
    add('median_ms', measured.ms);
    add('cpu_ms', measured.cpuMs);
    add('runs', runs);
    if (measured.peakMegabytes !== null) add('peak_heap_mb', measured.peakMegabytes);
    if (fileBytes !== undefined) add('file_bytes', fileBytes);
  };
}

/**
 * exportPlanWorkbook hides the plan file in the workbook after parsing it with PlanSchema, which
 * throws above 5,000 services. To write a larger workbook at all, this process validates that
 * copy in parts of at most 5,000 services instead: the same checks on every service, without the
 * limit. Only `parse` is replaced (writing); imports check with `safeParse`, so they still
 * refuse such a plan.
 */
async function liftServiceLimitOnExport(): Promise<void> {
  const { PlanSchema } = await import('../../shared/model/plan-schema.ts');
  const parse = PlanSchema.parse.bind(PlanSchema);
  const parseInParts = (data: unknown): Plan => {
    const plan = data as Plan;
    const parts: Plan[] = [];
    for (let start = 0; start < plan.services.length; start += planServiceLimit) {
      parts.push(parse({ ...plan, services: plan.services.slice(start, start + planServiceLimit) }));
    }
    return { ...parts[0]!, services: parts.flatMap((part) => part.services) };
  };
  Object.defineProperty(PlanSchema, 'parse', { value: parseInParts, configurable: true, writable: true });
}

async function measureTamhil(rows: number): Promise<ChildReport> {
  const { exportPlanWorkbook } = await import('../../shared/xlsx/write-workbook.ts');
  const { importPlanWorkbook, loadUntrustedWorkbook } = await import('../../shared/xlsx/read-workbook.ts');
  const { guardWorkbook } = await import('../../shared/xlsx/workbook-guard.ts');
  const { workbookPlan } = await import('./workbook-workload.ts');
  const { readServicesSheet, servicesSheetName } = await import('../../shared/xlsx/services-sheet.ts');
  const { sheetNamed } = await import('../../shared/xlsx/sheet-cells.ts');
  const runs = runsFor(rows);
  const figures: WorkbookFigure[] = [];
  const notes: WorkbookNote[] = [];
  const note = (operation: WorkbookOperation, text: string) => notes.push({ tool: 'tamhil', operation, rows, text });
  const figure = figureMaker('tamhil', rows, figures);
  if (rows > planServiceLimit) {
    await liftServiceLimitOnExport();
    note(
      'export',
      `tamhil export at ${rows.toLocaleString('en-US')} rows: exportPlanWorkbook refuses a plan of more than ${planServiceLimit.toLocaleString('en-US')} services (the plan schema throws while the plan file is hidden in the workbook); here the hidden copy is validated in parts of ${planServiceLimit.toLocaleString('en-US')}, the same checks without the limit`,
    );
  }
  // The plan as saved; each export gets its own copy, so none finds its formulas already evaluated.
  const plan = workbookPlan(rows);
  const source = JSON.stringify(plan);

  const exported = await measureRuns(runs, () => JSON.parse(source) as Plan, (copy) => exportPlanWorkbook(copy, { language: 'he' }));
  const bytes = exported.last;
  figure('export', exported, runs, bytes.length);

  const guarded = await measureRuns(runs, () => bytes, (input) => guardWorkbook(input));
  figure('guard', guarded, runs);
  if (!guarded.last.ok) note('guard', `tamhil guard at ${rows} rows refused the file: ${guarded.last.problem.code}`);

  const read = await measureRuns(
    runs,
    () => bytes,
    async (input) => {
      const loaded = await loadUntrustedWorkbook(input);
      if (!loaded.ok) throw new Error(`the exported workbook did not load: ${loaded.failure.code}`);
      const sheet = sheetNamed(loaded.workbook, servicesSheetName);
      if (!sheet) throw new Error('the exported workbook has no services sheet');
      const problems: RowProblem[] = [];
      return { ...readServicesSheet(sheet, plan, 'he', problems, rows), problems };
    },
  );
  figure('load-read', read, runs);
  if (read.last.services.length !== rows || read.last.problems.length > 0) {
    note('load-read', `tamhil read at ${rows} rows: ${read.last.services.length} services, ${read.last.problems.length} problems (expected ${rows}, 0)`);
  }

  const imported = await measureRuns(runs, () => bytes, (input) =>
    importPlanWorkbook(input, { openPlan: null, language: 'he', newPlanId: () => 'bench', maximumServices: rows }),
  );
  figure('import', imported, runs);
  const result = imported.last;
  if (result.ok) {
    if (result.plan.services.length !== rows || result.problems.length > 0) {
      note('import', `tamhil import at ${rows} rows: ${result.plan.services.length} services, ${result.problems.length} problems (expected ${rows}, 0)`);
    }
  } else {
    const detail = result.failure.code === 'plan-invalid' ? ` at ${result.failure.path}: ${result.failure.detail}` : '';
    const expected = rows > planServiceLimit && result.failure.code === 'plan-invalid';
    note(
      'import',
      expected
        ? `tamhil import at ${rows.toLocaleString('en-US')} rows measures read + check: a plan holds at most ${planServiceLimit.toLocaleString('en-US')} services, so it ends at the schema check (plan-invalid${detail}), after reading every sheet; the hidden plan copy is refused by the same limit, so its rows are read as new services`
        : `tamhil import at ${rows} rows failed: ${result.failure.code}${detail}`,
    );
  }
  return { figures, notes, heapMeasured: collect !== undefined };
}

type SheetCell = string | number | null | { t: 'n' | 's'; v?: number | string; f: string };

/** The services sheet as Tamhil writes it, as an array of rows for SheetJS: values, and formulas with their results. */
async function servicesRows(plan: Plan): Promise<{ rows: SheetCell[][]; formulasWithoutResult: number }> {
  const { buildPlanWorkbook } = await import('../../shared/xlsx/write-workbook.ts');
  const { servicesSheetName } = await import('../../shared/xlsx/services-sheet.ts');
  if (plan.services.length > planServiceLimit) await liftServiceLimitOnExport();
  const sheet = buildPlanWorkbook(plan, { language: 'he' }).sheets.find((draft) => draft.name === servicesSheetName.he)!;
  const rows: SheetCell[][] = [];
  let formulasWithoutResult = 0;
  const columnCount = sheet.columns.length;
  for (let rowNumber = 1; rowNumber <= sheet.lastRow; rowNumber++) {
    const values = sheet.rows.get(rowNumber)?.values ?? [];
    const cells: SheetCell[] = [];
    for (let column = 0; column < columnCount; column++) {
      const value = values[column];
      if (value === null || value === undefined) cells.push(null);
      else if (typeof value === 'string' || typeof value === 'number') cells.push(value);
      else if (typeof value === 'object' && 'formula' in value) {
        const { formula: f, result } = value;
        if (typeof result !== 'number' && typeof result !== 'string') formulasWithoutResult++;
        cells.push(typeof result === 'number' ? { t: 'n', v: result, f } : typeof result === 'string' ? { t: 's', v: result, f } : { t: 'n', f });
      } else throw new Error(`the services sheet holds a cell SheetJS is not given here: ${JSON.stringify(value)}`);
    }
    rows.push(cells);
  }
  return { rows, formulasWithoutResult };
}

async function measureSheetJs(rows: number): Promise<ChildReport> {
  const { default: XLSX } = await import('xlsx');
  const { workbookPlan } = await import('./workbook-workload.ts');
  const runs = runsFor(rows);
  const figures: WorkbookFigure[] = [];
  const notes: WorkbookNote[] = [];
  const figure = figureMaker('sheetjs', rows, figures);
  const services = await servicesRows(workbookPlan(rows));
  const source = JSON.stringify(services.rows);
  if (services.formulasWithoutResult > 0) {
    // SheetJS 0.18.5 does not keep a formula without a value through a write and a read.
    notes.push({ tool: 'sheetjs', operation: 'write', rows, text: `${services.formulasWithoutResult} formulas of the services sheet have no result; SheetJS is given them bare` });
  }
  const write = (data: SheetCell[][], compression: boolean): Buffer => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(data), 'שירותים ותקציב');
    return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', ...(compression ? { compression: true } : {}) }) as Buffer;
  };
  const read = (bytes: Buffer): unknown[][] => {
    const workbook = XLSX.read(bytes);
    return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1 });
  };
  for (const compression of [false, true]) {
    const written = await measureRuns(runs, () => JSON.parse(source) as SheetCell[][], (data) => write(data, compression));
    figure(compression ? 'write-deflate' : 'write', written, runs, written.last.length);
    const readBack = await measureRuns(runs, () => written.last, read);
    figure(compression ? 'read-deflate' : 'read', readBack, runs);
    if (readBack.last.length !== rows + 1) {
      notes.push({ tool: 'sheetjs', operation: compression ? 'read-deflate' : 'read', rows, text: `sheetjs read at ${rows} rows gave ${readBack.last.length - 1} data rows` });
    }
  }
  return { figures, notes, heapMeasured: collect !== undefined };
}

function runChild(tool: WorkbookTool, rows: number): ChildReport {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--child', tool, String(rows)], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`workbook ${tool} at ${rows} rows failed:\n${child.stderr}`);
  const reportLine = child.stdout.trim().split('\n').at(-1)!;
  return JSON.parse(reportLine) as ChildReport;
}

function formatNumber(value: number | undefined): string {
  if (value === undefined) return '—';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function printTable(figures: readonly WorkbookFigure[], notes: readonly WorkbookNote[], sizes: readonly number[]): void {
  const find = (tool: WorkbookTool, operation: WorkbookOperation, rows: number, measure: WorkbookMeasure) =>
    figures.find((figure) => figure.tool === tool && figure.operation === operation && figure.rows === rows && figure.measure === measure)?.value;
  const header = ['rows', 'tool', 'operation', 'runs', 'median_ms', 'cpu_ms', 'peak_heap_mb', 'file_kb'];
  const groups: string[][][] = [];
  for (const rows of sizes) {
    const group: string[][] = [];
    for (const tool of tools) {
      for (const operation of operationsOf[tool]) {
        const bytes = find(tool, operation, rows, 'file_bytes');
        group.push([
          String(rows),
          tool,
          [operationTitles[operation], ...notes.flatMap((entry, index) => (entry.tool === tool && entry.operation === operation && entry.rows === rows ? [`[${index + 1}]`] : []))].join(' '),
          formatNumber(find(tool, operation, rows, 'runs')).replace(/\.00$/, ''),
          formatNumber(find(tool, operation, rows, 'median_ms')),
          formatNumber(find(tool, operation, rows, 'cpu_ms')),
          formatNumber(find(tool, operation, rows, 'peak_heap_mb')),
          bytes === undefined ? '' : formatNumber(bytes / 1_024),
        ]);
      }
    }
    const ratio = (ours: WorkbookOperation, theirs: WorkbookOperation, measure: WorkbookMeasure) => {
      const a = find('tamhil', ours, rows, measure);
      const b = find('sheetjs', theirs, rows, measure);
      return a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
    };
    const ratios = (ours: WorkbookOperation, theirs: WorkbookOperation) =>
      (['median_ms', 'cpu_ms', 'peak_heap_mb'] as const).map((measure) => ratio(ours, theirs, measure));
    group.push([String(rows), 'tamhil / sheetjs', 'export / write (deflate)', '', ...ratios('export', 'write-deflate'), ratio('export', 'write-deflate', 'file_bytes')]);
    group.push([String(rows), 'tamhil / sheetjs', 'read / read (deflate)', '', ...ratios('load-read', 'read-deflate'), '']);
    groups.push(group);
  }
  const rowsAll = groups.flat();
  const widths = header.map((title, column) => Math.max(title.length, ...rowsAll.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  groups.forEach((group, index) => {
    group.forEach((row) => console.log(line(row)));
    if (index < groups.length - 1) console.log('');
  });
}

/** Runs every tool at every size (one process each), prints the table and returns the figures. */
export function runWorkbookBench(sizes: readonly number[] = defaultWorkbookSizes): WorkbookFigure[] {
  const figures: WorkbookFigure[] = [];
  const notes: WorkbookNote[] = [];
  let heapMeasured = true;
  const loadAverage = loadavg()[0]!.toFixed(1);
  for (const rows of sizes) {
    for (const tool of tools) {
      process.stderr.write(`workbook: ${tool} at ${rows.toLocaleString('en-US')} rows…\n`);
      const report = runChild(tool, rows);
      figures.push(...report.figures);
      notes.push(...report.notes);
      heapMeasured &&= report.heapMeasured;
    }
  }
  console.log('\nPlanning workbook benchmark (rows = services; medians over the runs: median_ms wall clock; cpu_ms the');
  console.log("process's CPU time on all its threads, garbage collection beside the main thread included, and less disturbed");
  console.log('by other work on the machine; peak heap = highest JS heap + external memory in MB above the start of a run,');
  console.log(`read before every gc by v8.GCProfiler; 1-minute load average ${loadAverage} at the start)\n`);
  printTable(figures, notes, sizes);
  console.log('\nTamhil writes and reads the whole workbook (every sheet, styles, list validations, the plan file hidden');
  console.log('inside; each export starts from a fresh copy of the saved plan, so it evaluates the formulas); SheetJS');
  console.log('writes and reads the services sheet alone as plain cells (the same values, formulas and results). Tamhil');
  console.log("reads the services sheet against the exported plan (rows matched by id, as an import with the hidden copy does).");
  console.log('Tamhil / SheetJS ratios compare with SheetJS deflating, as Tamhil does; its default stores the zip.');
  notes.forEach((note, index) => console.log(`[${index + 1}] ${note.text}`));
  if (!heapMeasured) console.log('\npeak_heap_mb needs gc: run through `npm run bench` (node --expose-gc --import tsx).');
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [flag, tool, rows] = process.argv.slice(2);
  if (flag === '--child') {
    const report = tool === 'tamhil' ? await measureTamhil(Number(rows)) : await measureSheetJs(Number(rows));
    console.log(JSON.stringify(report));
  } else {
    runWorkbookBench();
  }
}
