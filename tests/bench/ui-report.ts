/** The UI benchmark's table, its targets (from issue 16) and its JSON figures. */

export const measureTitles = {
  enter_totals: 'Enter → totals and findings',
  keystroke_echo: 'keystroke echo (cell editor)',
  keystroke_work: 'keystroke handled (to input done)',
  longest_task: 'longest task, 2 s after an edit',
  plan_open: 'plan open (Open dialog)',
  budget_grid: 'budget grid drawn (station 4)',
  logic_drawn: 'logic model first drawn',
  export_xlsx: 'export to Excel',
  save_plan: 'save after an edit (version recorded, file written)',
  paste_rows: 'paste 1,000 rows (participants)',
  fill_rows: 'fill 1,000 rows (Ctrl+Enter)',
  sort_rows: 'sort 1,000 rows (total cost)',
} as const;

export type MeasureId = keyof typeof measureTitles;
/** The results of the empty page (services 0), printed apart from the app's. */
export const floorLabel = 'floor';
/** `failure`: why the measure stopped (its samples are those taken before). */
export type UiResult = { app: string; services: number; measure: MeasureId; samples: number[]; failure?: string };
export type UiStatistic = 'median' | 'p95' | 'max';
export type UiFigure = { suite: 'ui'; app: string; services: number; measure: `${MeasureId}_${UiStatistic}_ms`; value: number };

type Target = { title: string; measure: MeasureId; services: number | 'sample'; statistic: UiStatistic; limit: number; below?: boolean };

const targets: Target[] = [
  { title: 'Enter → totals p95 ≤ 50 ms, sample', measure: 'enter_totals', services: 'sample', statistic: 'p95', limit: 50 },
  { title: 'Enter → totals p95 ≤ 100 ms at 1,000', measure: 'enter_totals', services: 1_000, statistic: 'p95', limit: 100 },
  { title: 'Enter → totals p95 ≤ 150 ms at 5,000', measure: 'enter_totals', services: 5_000, statistic: 'p95', limit: 150 },
  { title: 'keystroke echo p95 ≤ 16 ms, sample', measure: 'keystroke_echo', services: 'sample', statistic: 'p95', limit: 16 },
  { title: 'keystroke echo p95 ≤ 16 ms at 1,000', measure: 'keystroke_echo', services: 1_000, statistic: 'p95', limit: 16 },
  { title: 'keystroke echo p95 ≤ 16 ms at 5,000', measure: 'keystroke_echo', services: 5_000, statistic: 'p95', limit: 16 },
  { title: 'no task > 50 ms after an edit at 1,000', measure: 'longest_task', services: 1_000, statistic: 'max', limit: 50 },
  { title: 'plan open ≤ 3 s at 5,000 (median)', measure: 'plan_open', services: 5_000, statistic: 'median', limit: 3_000 },
  { title: 'logic model drawn ≤ 1 s, sample (median)', measure: 'logic_drawn', services: 'sample', statistic: 'median', limit: 1_000 },
  { title: 'export to Excel ≤ 0.5 s, sample (median)', measure: 'export_xlsx', services: 'sample', statistic: 'median', limit: 500 },
  { title: 'paste of 1,000 rows < 300 ms (median)', measure: 'paste_rows', services: 1_000, statistic: 'median', limit: 300, below: true },
  { title: 'fill of 1,000 rows < 300 ms (median)', measure: 'fill_rows', services: 1_000, statistic: 'median', limit: 300, below: true },
  { title: 'sort of 1,000 rows < 300 ms (median)', measure: 'sort_rows', services: 1_000, statistic: 'median', limit: 300, below: true },
];

/** Nearest rank: with fewer than 20 runs the p95 is the slowest run. */
function statistic(samples: readonly number[], which: UiStatistic): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const share = which === 'median' ? 0.5 : which === 'p95' ? 0.95 : 1;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** Long tasks are reported only above 50 ms: 0 means none was. */
function shown(measure: MeasureId, value: number | undefined): string {
  if (value === undefined) return '—';
  if (measure === 'longest_task' && value === 0) return '<50';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function uiFigures(results: readonly UiResult[]): UiFigure[] {
  return results.flatMap((result) =>
    (['median', 'p95', 'max'] as const).flatMap((which): UiFigure[] => {
      const value = statistic(result.samples, which);
      return value === undefined ? [] : [{ suite: 'ui', app: result.app, services: result.services, measure: `${result.measure}_${which}_ms`, value: Math.round(value * 10) / 10 }];
    }),
  );
}

function printColumns(header: readonly string[], rows: readonly string[][], textColumns: number): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column < textColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(row.every((cell) => cell === '') ? '' : line(row));
}

export function printUiTables(allResults: readonly UiResult[], apps: readonly string[], sampleSize: number): void {
  const floor = allResults.filter((result) => result.app === floorLabel);
  const results = allResults.filter((result) => result.app !== floorLabel);
  const find = (app: string, services: number, measure: MeasureId) => results.find((result) => result.app === app && result.services === services && result.measure === measure);
  const sizes = [...new Set(results.map((result) => result.services))];
  const tags = apps.map((app) => app.split(' ')[0]!);
  const header = ['services', 'measure', 'runs', ...tags.flatMap((tag) => [`${tag} median`, `${tag} p95`, `${tag} max`])];
  const rows: string[][] = [];
  for (const services of sizes) {
    if (rows.length > 0) rows.push(header.map(() => ''));
    for (const measure of Object.keys(measureTitles) as MeasureId[]) {
      const found = apps.map((app) => find(app, services, measure));
      if (found.every((result) => result === undefined)) continue;
      const runs = Math.max(...found.map((result) => result?.samples.length ?? 0));
      rows.push([
        services === sampleSize ? `${services} (sample)` : services.toLocaleString('en-US'),
        measureTitles[measure],
        String(runs),
        ...found.flatMap((result) => (['median', 'p95', 'max'] as const).map((which) => (result?.failure && result.samples.length === 0 ? 'failed' : shown(measure, statistic(result?.samples ?? [], which))))),
      ]);
    }
  }
  console.log('\nUI benchmark (ms, in the page: from the input event to the frame painted with the result; p95 by nearest rank, so the slowest run below 20 runs)');
  console.log(apps.map((app) => `  ${app}`).join('\n'));
  for (const result of floor) {
    const [median, p95] = [statistic(result.samples, 'median'), statistic(result.samples, 'p95')];
    console.log(`  floor, an empty page's text area: ${measureTitles[result.measure]} median ${shown(result.measure, median)}, p95 ${shown(result.measure, p95)}`);
  }
  console.log('');
  printColumns(header, rows, 2);

  const failures = results.filter((result) => result.failure);
  if (failures.length > 0) {
    console.log('\nNot measured to the end:');
    for (const result of failures) console.log(`  ${result.app}, ${result.services} services, ${measureTitles[result.measure]}: ${result.failure}`);
  }

  console.log('\nTargets (from issue 16):');
  const targetRows = targets.map((target) => {
    const services = target.services === 'sample' ? sampleSize : target.services;
    return [
      target.title,
      ...apps.map((app) => {
        const result = find(app, services, target.measure);
        const value = statistic(result?.samples ?? [], target.statistic);
        if (value === undefined || result?.failure) return result?.failure ? 'not measured (failed)' : 'not measured';
        const met = target.below ? value < target.limit : value <= target.limit;
        return `${shown(target.measure, value)} ${met ? 'met' : 'NOT met'}`;
      }),
    ];
  });
  printColumns(['target', ...tags], targetRows, 1);
}
