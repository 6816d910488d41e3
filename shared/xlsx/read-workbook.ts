import { maximumServices, PlanSchema, type Plan } from '../model/plan-schema.ts';
import type { Language } from '../model/localized-text.ts';
import { createPlan } from '../model/new-plan.ts';
import { formatPath, type PlanReadError } from '../model/read-plan.ts';
import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { guardWorkbook } from './workbook-guard.ts';
import { readWorkbookCells } from './workbook-reader.ts';
import { sheetNamed, type WorkbookCells } from './sheet-cells.ts';
import type { WorkbookProblem } from './workbook-problem.ts';
import { detailsSheetName, readDetailsSheet } from './details-sheet.ts';
import { populationSheetName, readPopulationSheet } from './population-sheet.ts';
import { attachIndicators, indicatorRows, indicatorsTable, needsTable, outcomesTable } from './plan-tables.ts';
import { readTable } from './table-sheet.ts';
import { readServicesSheet, servicesSheetName } from './services-sheet.ts';
import { readEmbeddedPlan } from './embedded-plan.ts';
import type { RowProblem } from './row-problem.ts';
import type { ProgressListener } from './workbook-progress.ts';
import { jsonCopy } from './json-copy.ts';

export type WorkbookImportFailure =
  | WorkbookProblem
  | { code: 'not-a-plan-workbook' }
  | { code: 'plan-invalid'; path: string; detail: string };

export type WorkbookImport =
  | {
      ok: true;
      plan: Plan;
      /** Cells and rows that could not be taken in, each with what was done instead. */
      problems: RowProblem[];
      /** Column headers of the services sheet that Tamhil does not know, so were not read. */
      ignoredColumns: string[];
      /** Where what the visible sheets do not show came from. */
      base: 'workbook' | 'open-plan' | 'new-plan';
      /** Why the plan file hidden in the workbook could not be used, when it could not. */
      embeddedProblem: PlanReadError | null;
    }
  | { ok: false; failure: WorkbookImportFailure };

export type WorkbookImportOptions = {
  /** The plan open in the window: rows of a workbook without Tamhil's hidden copy are matched to it. */
  openPlan: Plan | null;
  /** The language of messages about cells (the workbook itself may be in either). */
  language: Language;
  onProgress?: ProgressListener;
  /** An id for a plan made from a workbook that carries none. */
  newPlanId: () => string;
  /** Defaults to the plan file's limit; the benchmark reads more to measure. */
  maximumServices?: number;
};

/** The cells of a workbook from outside, read only once the guard has let it through. */
export async function loadUntrustedWorkbook(bytes: Uint8Array): Promise<{ ok: true; workbook: WorkbookCells } | { ok: false; failure: WorkbookProblem }> {
  const guarded = await guardWorkbook(bytes);
  if (!guarded.ok) return { ok: false, failure: guarded.problem };
  const workbook = readWorkbookCells(guarded);
  if (typeof workbook === 'string') return { ok: false, failure: { code: 'damaged', detail: workbook } };
  return { ok: true, workbook };
}

/**
 * Reads a planning workbook back into a plan. The visible sheets are read wherever they are
 * present (edited values and formulas, rows added, deleted or reordered); the rest comes from
 * the plan hidden in the workbook, else the open plan. The result is checked like a plan file.
 */
export async function importPlanWorkbook(bytes: Uint8Array, options: WorkbookImportOptions): Promise<WorkbookImport> {
  const { language, onProgress } = options;
  onProgress?.({ phase: 'checking', done: 0, total: 1 });
  const loaded = await loadUntrustedWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const { workbook } = loaded;
  const embedded = readEmbeddedPlan(workbook);
  const sheets = {
    details: sheetNamed(workbook, detailsSheetName),
    population: sheetNamed(workbook, populationSheetName),
    needs: sheetNamed(workbook, needsTable.name),
    outcomes: sheetNamed(workbook, outcomesTable.name),
    indicators: sheetNamed(workbook, indicatorsTable.name),
    services: sheetNamed(workbook, servicesSheetName),
  };
  if (!embedded.found && Object.values(sheets).every((sheet) => sheet === undefined)) {
    return { ok: false, failure: { code: 'not-a-plan-workbook' } };
  }
  const base = embedded.found && embedded.plan ? embedded.plan : options.openPlan;
  const plan: Plan = jsonCopy(base ?? createPlan({ id: options.newPlanId(), year: new Date().getFullYear() + 1, language }));
  const problems: RowProblem[] = [];
  onProgress?.({ phase: 'reading', done: 0, total: 6 });
  if (sheets.details) Object.assign(plan, readDetailsSheet(sheets.details, plan, language, problems));
  if (sheets.population) plan.population = readPopulationSheet(sheets.population, plan.population, language, problems);
  if (sheets.needs) plan.needs = readTable(sheets.needs, needsTable, plan.needs, language, problems);
  onProgress?.({ phase: 'reading', done: 3, total: 6 });
  if (sheets.outcomes) plan.outcomes = readTable(sheets.outcomes, outcomesTable, plan.outcomes, language, problems);
  if (sheets.indicators) {
    const outcomeIds = new Set(plan.outcomes.map((outcome) => outcome.id));
    const rows = readTable(sheets.indicators, indicatorsTable, indicatorRows(plan.outcomes), language, problems, (row) =>
      outcomeIds.has(row.outcomeId) ? null : { code: 'unknown-outcome', id: row.outcomeId },
    );
    plan.outcomes = attachIndicators(plan.outcomes, rows);
  }
  let ignoredColumns: string[] = [];
  if (sheets.services) {
    const read = readServicesSheet(sheets.services, plan, language, problems, options.maximumServices ?? maximumServices);
    plan.services = read.services;
    ignoredColumns = read.ignoredColumns;
  }
  onProgress?.({ phase: 'reading', done: 6, total: 6 });
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { ok: false, failure: { code: 'plan-invalid', path: formatPath(issue.path), detail: issue.message } };
  }
  // Listed sheet by sheet, as the workbook orders its sheets, and row by row within each.
  const sheetOrder = workbook.sheets.map((sheet) => sheet.name);
  problems.sort((a, b) => sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || a.row - b.row);
  return {
    ok: true,
    plan: evaluatePlan(checked.data).plan,
    problems,
    ignoredColumns,
    base: embedded.found && embedded.plan ? 'workbook' : options.openPlan ? 'open-plan' : 'new-plan',
    embeddedProblem: embedded.found && !embedded.plan ? embedded.problem : null,
  };
}
