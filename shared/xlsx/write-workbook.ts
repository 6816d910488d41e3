import type { Plan } from '../model/plan-schema.ts';
import type { Language } from '../model/localized-text.ts';
import { evaluatePlan, sheetFor } from '../budget/evaluated-plan.ts';
import { writeDetailsSheet } from './details-sheet.ts';
import { writePopulationSheet } from './population-sheet.ts';
import { indicatorRows, indicatorsTable, needsTable, outcomesTable } from './plan-tables.ts';
import { writeTable } from './table-sheet.ts';
import { writeServicesSheet } from './services-sheet.ts';
import { writeSummarySheet } from './summary-sheet.ts';
import { writeLogicModelSheet } from './logic-model-sheet.ts';
import { writePrioritiesSheet } from './priorities-sheet.ts';
import { writeImplementationSheet } from './implementation-sheet.ts';
import { writeGuidingAnswersSheet } from './guiding-answers-sheet.ts';
import { writeEmbeddedPlan } from './embedded-plan.ts';
import type { ProgressListener } from './workbook-progress.ts';
import { WorkbookDraft } from './workbook-draft.ts';
import { packWorkbook } from './workbook-package.ts';

export type WorkbookExportOptions = {
  language: Language;
  /**
   * Store the values Tamhil computed next to each formula, so viewers that do not calculate
   * show figures; without them the opening program must compute every figure itself.
   */
  cachedResults?: boolean;
  onProgress?: ProgressListener;
};

/** The planning workbook in memory: every sheet the plan has, formulas live, the plan file hidden inside. */
export function buildPlanWorkbook(plan: Plan, { language, cachedResults = true, onProgress }: WorkbookExportOptions): WorkbookDraft {
  const evaluated = evaluatePlan(plan).plan;
  const workbook = new WorkbookDraft();
  const total = evaluated.services.length;
  onProgress?.({ phase: 'writing', done: 0, total });
  writeDetailsSheet(workbook, evaluated, language);
  writePopulationSheet(workbook, evaluated.population, language);
  writeTable(workbook, needsTable, evaluated.needs, language);
  writeTable(workbook, outcomesTable, evaluated.outcomes, language);
  writeTable(workbook, indicatorsTable, indicatorRows(evaluated.outcomes), language);
  // The sheet the plan was evaluated with: the evaluated plan would need one built anew.
  const values = sheetFor(plan);
  const services = writeServicesSheet(workbook, evaluated, values, language, cachedResults, (done) => onProgress?.({ phase: 'writing', done, total }));
  writeSummarySheet(workbook, evaluated, services.name, language, cachedResults);
  writeLogicModelSheet(workbook, evaluated, language);
  writePrioritiesSheet(workbook, evaluated, language);
  writeImplementationSheet(workbook, evaluated, language);
  writeGuidingAnswersSheet(workbook, evaluated, language);
  writeEmbeddedPlan(workbook, evaluated);
  return workbook;
}

/** The planning workbook as .xlsx bytes. */
export async function exportPlanWorkbook(plan: Plan, options: WorkbookExportOptions): Promise<Uint8Array> {
  const workbook = buildPlanWorkbook(plan, options);
  options.onProgress?.({ phase: 'packing', done: 0, total: 1 });
  const bytes = await packWorkbook(workbook, 'Tamhil');
  options.onProgress?.({ phase: 'packing', done: 1, total: 1 });
  return bytes;
}
