import type { WorkbookDraft } from './workbook-draft.ts';
import { PlanSchema, type Plan } from '../model/plan-schema.ts';
import { readPlan, type PlanReadError } from '../model/read-plan.ts';
import { contentText } from './cell-content.ts';
import { cellAt, rowAt, rowsFrom, type WorkbookCells } from './sheet-cells.ts';

/**
 * A hidden sheet carries the whole plan file, for what the visible sheets do not show (the
 * stations' work, surveys, review history, …). On import the visible sheets win wherever they
 * speak; this copy is validated like any plan file, never trusted.
 */
export const embeddedPlanSheetName = 'tamhil-plan';
const marker = 'tamhil-plan-file';
/** Excel keeps at most 32,767 characters in a cell. */
const chunkLength = 32_000;

/**
 * The plan as its file holds it (the schema's order, nothing the schema does not know) but
 * without the file's indentation: two thirds of the text, in cells nobody reads. The history
 * keeps its version headers but not the versions' copies: the latest's whole copy would make the
 * workbook twice as large, and a workbook sent back is merged from the plan file's own.
 */
export function embeddedPlanText(plan: Plan): string {
  return JSON.stringify(PlanSchema.parse({ ...plan, history: { ...plan.history, bases: [], deltas: [] } }));
}

export function writeEmbeddedPlan(workbook: WorkbookDraft, plan: Plan): void {
  const sheet = workbook.addSheet(embeddedPlanSheetName, { rightToLeft: false, frozenRows: 0, state: 'veryHidden' });
  const text = embeddedPlanText(plan);
  sheet.addRow([marker]);
  for (let offset = 0; offset < text.length; ) {
    let end = Math.min(text.length, offset + chunkLength);
    // A chunk never ends between the two halves of a character outside the BMP (an emoji).
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    sheet.addRow([text.slice(offset, end)]);
    offset = end;
  }
}

export type EmbeddedPlan = { found: false } | { found: true; plan: Plan } | { found: true; plan: null; problem: PlanReadError };

export function readEmbeddedPlan(workbook: WorkbookCells): EmbeddedPlan {
  const sheet = workbook.sheets.find((candidate) => candidate.name === embeddedPlanSheetName);
  if (!sheet || contentText(cellAt(rowAt(sheet, 1), 1)) !== marker) return { found: false };
  let text = '';
  for (const row of rowsFrom(sheet, 2)) text += contentText(cellAt(row, 1));
  const result = readPlan(text);
  return result.ok ? { found: true, plan: result.plan } : { found: true, plan: null, problem: result.error };
}
