import type { Workbook } from 'exceljs';
import type { Plan } from '../model/plan-schema.ts';
import { readPlan, type PlanReadError } from '../model/read-plan.ts';
import { serializePlan } from '../model/serialize-plan.ts';
import { cellContent, contentText, toCellText } from './cell-content.ts';
import { dataRows } from './table-sheet.ts';

/**
 * A hidden sheet carries the whole plan file, for what the visible sheets do not show (the
 * stations' work, surveys, review history, …). On import the visible sheets win wherever they
 * speak; this copy is validated like any plan file, never trusted.
 */
export const embeddedPlanSheetName = 'tamhil-plan';
const marker = 'tamhil-plan-file';
/** Excel keeps at most 32,767 characters in a cell. */
const chunkLength = 32_000;

export function writeEmbeddedPlan(workbook: Workbook, plan: Plan): void {
  const sheet = workbook.addWorksheet(embeddedPlanSheetName, { state: 'veryHidden' });
  const text = serializePlan(plan);
  sheet.getCell('A1').value = marker;
  for (let offset = 0, row = 2; offset < text.length; row++) {
    let end = Math.min(text.length, offset + chunkLength);
    // A chunk never ends between the two halves of a character outside the BMP (an emoji).
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    sheet.getCell(`A${row}`).value = toCellText(text.slice(offset, end));
    offset = end;
  }
}

export type EmbeddedPlan = { found: false } | { found: true; plan: Plan } | { found: true; plan: null; problem: PlanReadError };

export function readEmbeddedPlan(workbook: Workbook): EmbeddedPlan {
  const sheet = workbook.getWorksheet(embeddedPlanSheetName);
  if (!sheet || contentText(cellContent(sheet.getCell('A1'))) !== marker) return { found: false };
  let text = '';
  for (const [, row] of dataRows(sheet, 2)) text += contentText(cellContent(row.getCell(1)));
  const result = readPlan(text);
  return result.ok ? { found: true, plan: result.plan } : { found: true, plan: null, problem: result.error };
}
