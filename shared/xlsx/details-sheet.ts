import { PlanDetailsSchema, PolicySchema, type Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { selfDevelopmentBaseLabels, yesNoLabels } from '../model/option-labels.ts';
import { cellFormats, type CellFormat } from './cell-formats.ts';
import { cellAt, rowsFrom, type SheetCells } from './sheet-cells.ts';
import { headerKey } from './sheet-headers.ts';
import { fittedWidth } from './sheet-style.ts';
import { addPlanSheet, headerStyle } from './plan-sheet.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { displayValue, parseColumnCell, type ColumnValue, type TableColumn } from './table-sheet.ts';
import type { ParsedValue } from './parse-cell.ts';
import { notValid, type RowProblem } from './row-problem.ts';
import { jsonCopy } from './json-copy.ts';

export const detailsSheetName: LocalizedText = { he: 'פרטי התכנית', en: 'Plan details' };

/** A row of the details sheet; `name` is the Excel name other sheets' formulas use for its value. */
type DetailRow = TableColumn<Plan> & { name?: string; read(plan: Plan, value: ParsedValue): void };

const text = (value: ParsedValue) => (typeof value === 'string' ? value : '');
const number = (value: ParsedValue, fallback: number) => (typeof value === 'number' ? value : fallback);

export const detailRows: readonly DetailRow[] = [
  { key: 'authority', header: { he: 'רשות', en: 'Authority' }, format: 'text', value: (plan) => plan.details.authority, read: (plan, value) => void (plan.details.authority = text(value)) },
  { key: 'year', header: { he: 'שנת התכנית', en: 'Plan year' }, format: 'number', value: (plan) => plan.details.year, read: (plan, value) => void (plan.details.year = number(value, plan.details.year)) },
  { key: 'cluster', header: { he: 'אשכול', en: 'Cluster' }, format: 'text', value: (plan) => plan.details.cluster, read: (plan, value) => void (plan.details.cluster = text(value)) },
  { key: 'communityBudget', name: 'COMMUNITY_BUDGET', header: { he: 'תקציב לשירותים בקהילה', en: 'Community services budget' }, format: 'money', value: (plan) => plan.details.communityBudget, read: (plan, value) => void (plan.details.communityBudget = number(value, 0)) },
  { key: 'preparedBy', header: { he: 'הוכנה בידי', en: 'Prepared by' }, format: 'text', value: (plan) => plan.details.preparedBy, read: (plan, value) => void (plan.details.preparedBy = text(value)) },
  { key: 'illustrative', header: { he: 'נתונים להמחשה בלבד', en: 'Illustrative figures only' }, format: 'text', options: yesNoLabels, value: (plan) => (plan.details.illustrative ? 'yes' : 'no'), read: (plan, value) => void (plan.details.illustrative = value === 'yes') },
  { key: 'selfDevelopmentLimit', name: 'SELF_DEVELOPMENT_LIMIT', header: { he: 'מגבלת פיתוח עצמי', en: 'Self-development limit' }, format: 'percent', value: (plan) => plan.policy.selfDevelopmentLimit, read: (plan, value) => void (plan.policy.selfDevelopmentLimit = number(value, plan.policy.selfDevelopmentLimit)) },
  { key: 'selfDevelopmentBase', name: 'SELF_DEVELOPMENT_BASE', header: { he: 'המגבלה נמדדת מול', en: 'The limit is measured against' }, format: 'text', options: selfDevelopmentBaseLabels, value: (plan) => plan.policy.selfDevelopmentBase, read: (plan, value) => void (plan.policy.selfDevelopmentBase = (value ?? plan.policy.selfDevelopmentBase) as Plan['policy']['selfDevelopmentBase']) },
  { key: 'ministryShare', name: 'MINISTRY_SHARE', header: { he: 'חלק המשרד במימון התואם', en: "Ministry's part of matched funding" }, format: 'percent', value: (plan) => plan.policy.ministryShare, read: (plan, value) => void (plan.policy.ministryShare = number(value, plan.policy.ministryShare)) },
];

const columnHeaders: Record<'item' | 'value', LocalizedText> = { item: { he: 'פרט', en: 'Item' }, value: { he: 'ערך', en: 'Value' } };

export function writeDetailsSheet(workbook: WorkbookDraft, plan: Plan, language: Language): void {
  const sheet = addPlanSheet(workbook, detailsSheetName[language], language, 1);
  const shown = detailRows.map((row) => displayValue(row, row.value(plan) as ColumnValue, language));
  sheet.columns = [{ width: 34 }, { width: fittedWidth(shown.map((value) => String(value ?? '')), 20, 60) }];
  sheet.setRow(1, [columnHeaders.item[language], columnHeaders.value[language]], headerStyle);
  detailRows.forEach((row, index) => {
    const rowNumber = index + 2;
    sheet.setCell(rowNumber, 1, row.header[language]);
    sheet.setCell(rowNumber, 2, shown[index]!, { numFmt: cellFormats[row.format as CellFormat], alignment: { horizontal: language === 'he' ? 'right' : 'left' } });
    if (row.options) sheet.validations.push({ range: `B${rowNumber}`, options: Object.values(row.options).map((label) => label[language]), allowBlank: false });
    if (row.name) workbook.defineName(row.name, `'${sheet.name}'!$B$${rowNumber}`);
  });
}

/** The plan's details and policy as the sheet says; a value that does not fit keeps the previous one. */
export function readDetailsSheet(sheet: SheetCells, plan: Plan, language: Language, problems: RowProblem[]): Pick<Plan, 'details' | 'policy'> {
  const read = jsonCopy({ details: plan.details, policy: plan.policy }) as Plan;
  const byLabel = new Map(detailRows.flatMap((row) => Object.values(row.header).map((label) => [headerKey(label), row] as const)));
  for (const sheetRow of rowsFrom(sheet, 2)) {
    const rowNumber = sheetRow.number;
    const label = String(cellAt(sheetRow, 1).value ?? '');
    const row = byLabel.get(headerKey(label));
    if (!row) continue;
    const parsed = parseColumnCell(row, cellAt(sheetRow, 2), language);
    const before = jsonCopy({ details: read.details, policy: read.policy });
    if (parsed.ok) row.read(read, parsed.value);
    else problems.push({ sheet: sheet.name, row: rowNumber, column: label.trim(), reason: parsed.reason, outcome: 'kept-previous' });
    const checks = [
      { input: read.details, check: PlanDetailsSchema.safeParse(read.details) },
      { input: read.policy, check: PolicySchema.safeParse(read.policy) },
    ];
    const failed = checks.find(({ check }) => !check.success);
    if (failed && !failed.check.success) {
      problems.push({ sheet: sheet.name, row: rowNumber, column: label.trim(), reason: notValid(failed.check.error.issues[0]!, failed.input, false), outcome: 'kept-previous' });
      read.details = before.details;
      read.policy = before.policy;
    }
  }
  return { details: read.details, policy: read.policy };
}
