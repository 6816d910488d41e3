/**
 * The UI benchmark: the built app in Chromium through the browser host (`tamhil web`), driven as
 * a user drives it, at the sample, 1,000 and 5,000 services. It times, in the page, from the
 * user's input event to the frame painted with its result: Enter in a budget cell until the
 * totals card and the findings panel changed, the echo of each keystroke in the cell editor,
 * the longest main-thread task in the 2 s after an edit (the recovery copy is written in them),
 * a plan opened from the Open dialog, the budget grid drawn, the logic model first drawn, and an
 * export to Excel; at 1,000 services also paste, fill and sort of all the rows. The keystroke is
 * also timed in an empty page (the floor): headless Chromium's own frame clock is in every figure.
 *
 * `--ui-app DIR` measures a second checkout's build (its dist/ and electron/cli/tamhil.mjs) in
 * the same run, size by size beside the current one, for a before/after. Both must be built.
 *
 * Run by run-bench.ts (`npm run bench -- --suite ui`); it prints figures and asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { launchChromium } from '../e2e/support/chromium.ts';
import { repositoryRoot } from '../helpers/samples.ts';
import { drawLogicModel, editCell, exportWorkbook, fillParticipants, openBudget, openPlan, pasteParticipants, savePlan, sortByTotal, typeTimed, whatIsOnScreen } from './ui-actions.ts';
import { benchPlan, editScript, participantsBlock, sample } from './ui-plans.ts';
import { checkBuilt, probedPage, UiSession, type UiApp } from './ui-session.ts';
import { floorLabel, printUiTables, uiFigures, type MeasureId, type UiFigure, type UiResult } from './ui-report.ts';

export type { UiFigure } from './ui-report.ts';
export type UiBenchOptions = { otherApp?: string; services?: readonly number[] };

const warmUpEdits = 4;
const measuredEdits = 20;
/** Sittings that only open the plan and draw its logic model (after the one that edits). */
const openSittings = 3;
const exportRuns = 3;
/** Saves after one edit each; the first records the plan's first version, with its whole copy, and is not counted. */
const saveRuns = 6;
const rowActionRuns = 5;
/** The size at which paste, fill and sort of every row are timed. */
const rowActionSize = 1_000;
const logicTimeoutMs = 60_000;
const floorKeystrokes = 40;

const sampleSize = sample().services.length;
export const defaultUiSizes = [sampleSize, 1_000, 5_000];

/** The checkout's commit, and whether its files differ from it (others' work in progress is measured too). */
function commitOf(root: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') === '' ? '' : ' with uncommitted changes'}`;
  } catch {
    return 'not a git checkout';
  }
}

/** Collects each measure's runs; a failed step keeps the runs before it and records why. */
class Recorder {
  readonly results: UiResult[] = [];
  constructor(
    private readonly app: string,
    private readonly services: number,
  ) {}

  add(measure: MeasureId, ...values: number[]): void {
    const found = this.results.find((result) => result.measure === measure);
    if (found) found.samples.push(...values);
    else this.results.push({ app: this.app, services: this.services, measure, samples: [...values] });
  }

  /** Runs one step; false when it failed (the caller decides whether the sitting goes on). */
  async step(measure: MeasureId, page: Page, run: () => Promise<void>): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (error) {
      this.add(measure);
      const why = (error as Error).message.split('\n')[0]!;
      this.results.find((result) => result.measure === measure)!.failure = `${why} (${await whatIsOnScreen(page)})`;
      return false;
    }
  }
}

/** The sitting that works in the plan: open it, go to the budget, edit, save, (at 1,000) paste, fill and sort, export. */
async function workSitting(record: Recorder, session: UiSession, plan: Plan, fileName: string): Promise<void> {
  const { page } = session;
  const firstService = plan.services[0]!.name;
  if (!(await record.step('plan_open', page, async () => record.add('plan_open', await openPlan(page, fileName))))) return;
  if (!(await record.step('budget_grid', page, async () => record.add('budget_grid', await openBudget(page, firstService))))) return;
  // From here on a failed step (the app refusing a paste, say) is recorded and the next one still runs.
  const edits = editScript(plan, warmUpEdits + measuredEdits + saveRuns);
  await record.step('enter_totals', page, async () => {
    for (const [index, edit] of edits.slice(0, warmUpEdits + measuredEdits).entries()) {
      const timing = await editCell(page, edit);
      if (index < warmUpEdits) continue;
      record.add('enter_totals', timing.enterMs);
      record.add('keystroke_echo', ...timing.echoMs);
      record.add('keystroke_work', ...timing.echoWorkMs);
      record.add('longest_task', timing.longestTaskMs);
    }
  });
  // Before the row actions: a sort moves the edited rows out of view.
  await record.step('save_plan', page, async () => {
    for (const [index, edit] of edits.slice(warmUpEdits + measuredEdits).entries()) {
      await editCell(page, edit);
      const milliseconds = await savePlan(page);
      if (index > 0) record.add('save_plan', milliseconds);
    }
  });
  if (plan.services.length === rowActionSize) {
    const rowActions: [MeasureId, (run: number) => Promise<number>][] = [
      ['paste_rows', (run) => pasteParticipants(page, firstService, participantsBlock(rowActionSize, run))],
      ['fill_rows', (run) => fillParticipants(page, firstService, String(30 + run))],
      ['sort_rows', (run) => sortByTotal(page, run % 2 === 0 ? 'ascending' : 'descending')],
    ];
    for (const [measure, act] of rowActions) {
      await record.step(measure, page, async () => {
        for (let run = 0; run < rowActionRuns; run++) record.add(measure, await act(run));
      });
    }
  }
  await record.step('export_xlsx', page, async () => {
    for (let run = 1; run <= exportRuns; run++) record.add('export_xlsx', await exportWorkbook(page, `ui-bench-export-${run}`));
  });
}

/** A sitting that opens the plan and draws its logic model: both as a user's first time in that plan. */
async function openSitting(record: Recorder, { page }: UiSession, fileName: string, drawModel: boolean): Promise<void> {
  if (!(await record.step('plan_open', page, async () => record.add('plan_open', await openPlan(page, fileName))))) return;
  if (drawModel) await record.step('logic_drawn', page, async () => record.add('logic_drawn', await drawLogicModel(page, logicTimeoutMs)));
}

async function sitting(app: UiApp, browser: Browser, planPath: string, work: (session: UiSession) => Promise<void>): Promise<void> {
  const session = await UiSession.start(app, browser, [planPath]);
  try {
    await work(session);
  } finally {
    if (session.errors.length > 0) console.warn(`${app.label}: errors in the page: ${[...new Set(session.errors)].join(' | ')}`);
    await session.stop();
  }
}

/**
 * The same keystroke timing in an empty page's text area: what the browser's own frame clock
 * takes (headless Chromium paints about every 16–20 ms), under every figure of the app.
 */
async function measureFloor(browser: Browser): Promise<UiResult[]> {
  const record = new Recorder(floorLabel, 0);
  const { context, page } = await probedPage(browser);
  try {
    await page.setContent('<textarea aria-label="floor"></textarea>');
    await page.getByLabel('floor').focus();
    for (let index = 0; index < floorKeystrokes; index++) {
      const echo = await typeTimed(page, String(index % 10));
      record.add('keystroke_echo', echo.milliseconds);
      if (echo.workMilliseconds !== undefined) record.add('keystroke_work', echo.workMilliseconds);
    }
  } finally {
    await context.close();
  }
  return record.results;
}

async function measureApp(app: UiApp, browser: Browser, plan: Plan, planPath: string, fileName: string): Promise<UiResult[]> {
  const record = new Recorder(app.label, plan.services.length);
  await sitting(app, browser, planPath, (session) => workSitting(record, session, plan, fileName));
  for (let run = 0; run < openSittings; run++) {
    // A model that was not drawn in time once is not waited for again.
    const drawModel = !record.results.some((result) => result.measure === 'logic_drawn' && result.failure);
    await sitting(app, browser, planPath, (session) => openSitting(record, session, fileName, drawModel));
  }
  return record.results;
}

export async function runUiBench({ otherApp, services = defaultUiSizes }: UiBenchOptions = {}): Promise<UiFigure[]> {
  const apps: UiApp[] = [
    ...(otherApp ? [{ label: `baseline ${commitOf(resolve(otherApp))}`, root: resolve(otherApp) }] : []),
    { label: `current ${commitOf(repositoryRoot)}`, root: repositoryRoot },
  ];
  apps.forEach(checkBuilt);
  const unusable = services.filter((count) => !Number.isInteger(count) || count < 1);
  if (unusable.length > 0) throw new Error(`--ui-services takes service counts (got ${unusable.join(', ')})`);
  const plansFolder = await mkdtemp(join(tmpdir(), 'tamhil-ui-bench-plans-'));
  const browser = await launchChromium();
  const results: UiResult[] = [];
  try {
    results.push(...(await measureFloor(browser)));
    for (const count of services) {
      const plan = benchPlan(count);
      const fileName = `ui-bench-${count}.tamhil`;
      const planPath = join(plansFolder, fileName);
      await writeFile(planPath, serializePlan(plan));
      // Both apps at one size before the next size, so a change in the machine's load touches both alike.
      for (const app of apps) {
        process.stderr.write(`ui: ${app.label} at ${count.toLocaleString('en-US')} services…\n`);
        results.push(...(await measureApp(app, browser, plan, planPath, fileName)));
      }
    }
  } finally {
    await browser.close();
    await rm(plansFolder, { recursive: true, force: true });
  }
  printUiTables(results, apps.map((app) => app.label), sampleSize);
  return uiFigures(results);
}
