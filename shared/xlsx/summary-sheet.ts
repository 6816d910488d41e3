import type { Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { selfDevelopmentBaseLabels } from '../model/option-labels.ts';
import { budgetColumns, totalColumnId } from '../budget/budget-columns.ts';
import { planTotals } from '../budget/plan-totals.ts';
import { costByKind } from '../budget/cost-breakdown.ts';
import { serviceKindLabels } from '../budget/option-labels.ts';
import { agorot, shekelsFromAgorot } from '../budget/money.ts';
import { columnLettersFromIndex } from '../formulas/tokenizer.ts';
import { cellFormats } from './cell-formats.ts';
import { inBudgetColumnIndex, inBudgetOptions } from './services-sheet.ts';
import { addPlanSheet, headerStyle, overLimitStyle } from './plan-sheet.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';
import { translate } from '../i18n/translate.ts';
import type { LabelKey } from '../i18n/message.ts';

export const summarySheetName: LocalizedText = inBothLanguages('workbookSheet.summary.sheet');

export const limitCheckTexts: Record<'over' | 'within', LocalizedText> = {
  over: inBothLanguages('workbookSheet.summary.over'),
  within: inBothLanguages('workbookSheet.summary.within'),
};

/** The summary's rows, in order; tests and the LibreOffice check find figures by these keys. */
export const summaryRowKeys = [
  'total', 'ministry', 'authority', 'other', 'communityBudget', 'remaining',
  'selfDevelopment', 'selfDevelopmentBase', 'selfDevelopmentShare', 'selfDevelopmentLimit', 'selfDevelopmentAllowance', 'limitCheck',
] as const;
export type SummaryRowKey = (typeof summaryRowKeys)[number];

const labelKeys = {
  total: 'workbookSheet.summary.total',
  ministry: 'workbookSheet.summary.ministry',
  authority: 'workbookSheet.summary.authority',
  other: 'workbookSheet.summary.other',
  communityBudget: 'workbookSheet.summary.communityBudget',
  remaining: 'workbookSheet.summary.remaining',
  selfDevelopment: 'workbookSheet.summary.selfDevelopment',
  selfDevelopmentBase: 'workbookSheet.summary.selfDevelopmentBase',
  selfDevelopmentShare: 'workbookSheet.summary.selfDevelopmentShare',
  selfDevelopmentLimit: 'workbookSheet.summary.selfDevelopmentLimit',
  selfDevelopmentAllowance: 'workbookSheet.summary.selfDevelopmentAllowance',
  limitCheck: 'workbookSheet.summary.limitCheck',
} as const satisfies Record<SummaryRowKey, LabelKey>;

/** The row a summary figure sits in (header in row 1). */
export const summaryRow = (key: SummaryRowKey) => summaryRowKeys.indexOf(key) + 2;
const byKindHeaderRow = summaryRowKeys.length + 3;
export const summaryKindRow = (index: number) => byKindHeaderRow + 1 + index;

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * Totals, shares and the 20% check as live formulas over the services sheet's whole columns,
 * so rows added in Excel count too. Each formula does what Tamhil does: amounts in whole
 * agorot, the allowance rounded down, over the limit only above the allowance.
 */
export function writeSummarySheet(workbook: WorkbookDraft, plan: Plan, servicesSheet: string, language: Language, cachedResults: boolean): void {
  const sheet = addPlanSheet(workbook, summarySheetName[language], language, 1);
  sheet.columns = [{ width: 36 }, { width: 22 }, { width: 14 }];
  const letters = Object.fromEntries(budgetColumns(plan).map((column, index) => [column.id, columnLettersFromIndex(index)]));
  const column = (id: string) => `${quoted(servicesSheet)}!${letters[id]}:${letters[id]}`;
  const inBudgetLetters = columnLettersFromIndex(inBudgetColumnIndex(plan));
  // Rows marked out of this year's budget are skipped; a blank (a row added in Excel) counts.
  const inBudget = `${quoted(servicesSheet)}!${inBudgetLetters}:${inBudgetLetters},"<>${inBudgetOptions.no[language]}"`;
  const sumOf = (id: string) => `SUMIFS(${column(id)},${inBudget})`;
  const sumOfKind = (label: string) => `SUMIFS(${column(totalColumnId)},${column('kind')},"${label}",${inBudget})`;
  const cell = (key: SummaryRowKey) => `B${summaryRow(key)}`;
  const totals = planTotals(plan);
  const money = (amount: number) => shekelsFromAgorot(agorot(amount));
  const selfDevelopmentLabel = serviceKindLabels['self-developed'][language];
  const over = totals.selfDevelopment > totals.selfDevelopmentAllowance;
  const formulas: Record<SummaryRowKey, { formula: string; result: number | string; format: string }> = {
    total: { formula: sumOf(totalColumnId), result: money(totals.total), format: cellFormats.money },
    ministry: { formula: sumOf('ministry'), result: money(totals.ministry), format: cellFormats.money },
    authority: { formula: sumOf('authority'), result: money(totals.authority), format: cellFormats.money },
    other: { formula: sumOf('other'), result: money(totals.other), format: cellFormats.money },
    communityBudget: { formula: 'COMMUNITY_BUDGET', result: money(totals.communityBudget), format: cellFormats.money },
    remaining: { formula: `${cell('communityBudget')}-${cell('total')}`, result: money(totals.communityBudget - totals.total), format: cellFormats.money },
    selfDevelopment: {
      formula: sumOfKind(selfDevelopmentLabel),
      result: money(totals.selfDevelopment),
      format: cellFormats.money,
    },
    selfDevelopmentBase: {
      formula: `IF(SELF_DEVELOPMENT_BASE="${selfDevelopmentBaseLabels['community-budget'][language]}",${cell('communityBudget')},${cell('total')})`,
      result: money(totals.selfDevelopmentBase),
      format: cellFormats.money,
    },
    selfDevelopmentShare: {
      formula: `IF(${cell('selfDevelopmentBase')}>0,${cell('selfDevelopment')}/${cell('selfDevelopmentBase')},0)`,
      result: totals.selfDevelopmentShare,
      format: cellFormats.percent,
    },
    selfDevelopmentLimit: { formula: 'SELF_DEVELOPMENT_LIMIT', result: totals.selfDevelopmentLimit, format: cellFormats.percent },
    // Whole agorot times the limit in basis points, rounded down: exactly Tamhil's integer rule.
    selfDevelopmentAllowance: {
      formula: `INT(ROUND(${cell('selfDevelopmentBase')}*100,0)*ROUND(${cell('selfDevelopmentLimit')}*10000,0)/10000)/100`,
      result: money(totals.selfDevelopmentAllowance),
      format: cellFormats.money,
    },
    limitCheck: {
      formula: `IF(ROUND(${cell('selfDevelopment')}*100,0)>ROUND(${cell('selfDevelopmentAllowance')}*100,0),"${limitCheckTexts.over[language]}","${limitCheckTexts.within[language]}")`,
      result: limitCheckTexts[over ? 'over' : 'within'][language],
      format: cellFormats.text,
    },
  };
  sheet.setRow(1, [summarySheetName[language], ''], headerStyle);
  for (const key of summaryRowKeys) {
    const { formula, result, format } = formulas[key];
    sheet.setCell(summaryRow(key), 1, translate(language, labelKeys[key]));
    sheet.setCell(summaryRow(key), 2, cachedResults ? { formula, result } : { formula }, key === 'limitCheck' ? { numFmt: format, font: { bold: true } } : { numFmt: format });
  }
  const overCondition = `ROUND($B$${summaryRow('selfDevelopment')}*100,0)>ROUND($B$${summaryRow('selfDevelopmentAllowance')}*100,0)`;
  // The share and the check are marked when over; the limit and the allowance are the measure, not the fault.
  for (const key of ['selfDevelopmentShare', 'limitCheck'] as const) sheet.conditionalFormats.push({ range: cell(key), formula: overCondition, style: overLimitStyle });

  sheet.setRow(byKindHeaderRow, [
    language === 'he' ? 'עלות לפי סוג שירות' : 'Cost by kind of service',
    language === 'he' ? 'סכום' : 'Amount',
    language === 'he' ? 'חלק מהתכנית' : 'Share of the plan',
  ], headerStyle);
  costByKind(plan).forEach(({ key, amount }, index) => {
    const rowNumber = summaryKindRow(index);
    const sum = sumOfKind(serviceKindLabels[key][language]);
    const share = `IF(${cell('total')}>0,B${rowNumber}/${cell('total')},0)`;
    sheet.setCell(rowNumber, 1, serviceKindLabels[key][language]);
    sheet.setCell(rowNumber, 2, cachedResults ? { formula: sum, result: money(amount) } : { formula: sum }, { numFmt: cellFormats.money });
    sheet.setCell(rowNumber, 3, cachedResults ? { formula: share, result: totals.total > 0 ? amount / totals.total : 0 } : { formula: share }, { numFmt: cellFormats.percent });
  });
}
