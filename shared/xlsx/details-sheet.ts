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
import { inBothLanguages } from '../i18n/localized-labels.ts';
import { translate } from '../i18n/translate.ts';

export const detailsSheetName: LocalizedText = inBothLanguages('workbookSheet.details.sheet');

/** A row of the details sheet; `name` is the Excel name other sheets' formulas use for its value. */
type DetailRow = TableColumn<Plan> & { name?: string; read(plan: Plan, value: ParsedValue): void };

const text = (value: ParsedValue) => (typeof value === 'string' ? value : '');
const number = (value: ParsedValue, fallback: number) => (typeof value === 'number' ? value : fallback);

export const detailRows: readonly DetailRow[] = [
  { key: 'authority', header: inBothLanguages('workbookSheet.details.authority'), format: 'text', value: (plan) => plan.details.authority, read: (plan, value) => void (plan.details.authority = text(value)) },
  { key: 'year', header: inBothLanguages('workbookSheet.details.year'), format: 'number', value: (plan) => plan.details.year, read: (plan, value) => void (plan.details.year = number(value, plan.details.year)) },
  { key: 'cluster', header: inBothLanguages('workbookSheet.details.cluster'), format: 'text', value: (plan) => plan.details.cluster, read: (plan, value) => void (plan.details.cluster = text(value)) },
  { key: 'communityBudget', name: 'COMMUNITY_BUDGET', header: inBothLanguages('workbookSheet.details.communityBudget'), format: 'money', value: (plan) => plan.details.communityBudget, read: (plan, value) => void (plan.details.communityBudget = number(value, 0)) },
  { key: 'preparedBy', header: inBothLanguages('workbookSheet.details.preparedBy'), format: 'text', value: (plan) => plan.details.preparedBy, read: (plan, value) => void (plan.details.preparedBy = text(value)) },
  { key: 'illustrative', header: inBothLanguages('workbookSheet.details.illustrative'), format: 'text', options: yesNoLabels, value: (plan) => (plan.details.illustrative ? 'yes' : 'no'), read: (plan, value) => void (plan.details.illustrative = value === 'yes') },
  { key: 'selfDevelopmentLimit', name: 'SELF_DEVELOPMENT_LIMIT', header: inBothLanguages('workbookSheet.details.selfDevelopmentLimit'), format: 'percent', value: (plan) => plan.policy.selfDevelopmentLimit, read: (plan, value) => void (plan.policy.selfDevelopmentLimit = number(value, plan.policy.selfDevelopmentLimit)) },
  { key: 'selfDevelopmentBase', name: 'SELF_DEVELOPMENT_BASE', header: inBothLanguages('workbookSheet.details.selfDevelopmentBase'), format: 'text', options: selfDevelopmentBaseLabels, value: (plan) => plan.policy.selfDevelopmentBase, read: (plan, value) => void (plan.policy.selfDevelopmentBase = (value ?? plan.policy.selfDevelopmentBase) as Plan['policy']['selfDevelopmentBase']) },
  { key: 'ministryShare', name: 'MINISTRY_SHARE', header: inBothLanguages('workbookSheet.details.ministryShare'), format: 'percent', value: (plan) => plan.policy.ministryShare, read: (plan, value) => void (plan.policy.ministryShare = number(value, plan.policy.ministryShare)) },
];

export function writeDetailsSheet(workbook: WorkbookDraft, plan: Plan, language: Language): void {
  const sheet = addPlanSheet(workbook, detailsSheetName[language], language, 1);
  const shown = detailRows.map((row) => displayValue(row, row.value(plan) as ColumnValue, language));
  sheet.columns = [{ width: 34 }, { width: fittedWidth(shown.map((value) => String(value ?? '')), 20, 60) }];
  sheet.setRow(1, [translate(language, 'workbookSheet.details.item'), translate(language, 'workbookSheet.details.value')], headerStyle);
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
