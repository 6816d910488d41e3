import ExcelJS from 'exceljs';
import type { Language } from '../model/localized-text.ts';
import { message, type Message } from '../i18n/message.ts';
import { wordMessage } from '../i18n/word-message.ts';
import { openErrorMessage } from '../model/open-error-message.ts';
import { frequencyUnitLabels, serviceKindLabels } from '../budget/option-labels.ts';
import { shekelsFromAgorot, type Agorot } from '../budget/money.ts';
import { yesNoLabels } from '../model/option-labels.ts';
import { cellFormats, type CellFormat } from '../xlsx/cell-formats.ts';
import { toCellText } from '../xlsx/cell-content.ts';
import { addPlanSheet, fittedWidth, styleHeaderRow } from '../xlsx/sheet-style.ts';
import type { ClusterComparison } from './cluster-comparison.ts';
import { goalKeys, type AuthorityRow } from './authority-row.ts';
import { goalKeyLabelKeys } from './cluster-labels.ts';
import { reviewStandingMessage } from '../review/review-standing-words.ts';
import type { KindEntry, ServiceKindComparison, UnitCostSpread } from './services-across.ts';
import type { UnreadableFile } from './cluster-files.ts';

type Value = string | number | null;
type Column<Row> = { header: Message; format: CellFormat; value(row: Row, language: Language): Value };

const money = (amount: Agorot | null) => (amount === null ? null : shekelsFromAgorot(amount));

const authorityColumns: Column<AuthorityRow>[] = [
  { header: message('clusterSheet.file'), format: 'text', value: (row) => row.path },
  { header: message('clusterSheet.authority'), format: 'text', value: (row) => row.authority },
  { header: message('clusterSheet.year'), format: 'number', value: (row) => row.year },
  { header: message('clusterSheet.status'), format: 'text', value: (row, language) => wordMessage(language, reviewStandingMessage(row.review)) },
  { header: message('clusterSheet.aged65'), format: 'integer', value: (row) => row.seniors.aged65Plus },
  { header: message('clusterSheet.aged75'), format: 'integer', value: (row) => row.seniors.aged75Plus },
  { header: message('clusterSheet.total'), format: 'money', value: (row) => money(row.totals.total) },
  { header: message('clusterSheet.ministryFunding'), format: 'money', value: (row) => money(row.totals.ministry) },
  { header: message('clusterSheet.ministryShare'), format: 'percent', value: (row) => row.ministryShare },
  { header: message('clusterSheet.authorityFunding'), format: 'money', value: (row) => money(row.totals.authority) },
  { header: message('clusterSheet.authorityShare'), format: 'percent', value: (row) => row.authorityShare },
  { header: message('clusterSheet.otherSources'), format: 'money', value: (row) => money(row.totals.other) },
  { header: message('clusterSheet.selfDevelopment'), format: 'money', value: (row) => money(row.totals.selfDevelopment) },
  { header: message('clusterSheet.selfDevelopmentShare'), format: 'percent', value: (row) => row.totals.selfDevelopmentShare },
  { header: message('clusterSheet.limit'), format: 'percent', value: (row) => row.totals.selfDevelopmentLimit },
  { header: message('clusterSheet.overTheLimit'), format: 'text', value: (row, language) => yesNoLabels[row.overLimit ? 'yes' : 'no'][language] },
  { header: message('clusterSheet.costPerSenior65'), format: 'money', value: (row) => money(row.costPerSenior) },
  ...goalKeys.map((goal): Column<AuthorityRow> => ({
    header: message('clusterSheet.servicesForGoal', { goal: message(goalKeyLabelKeys[goal]) }),
    format: 'integer',
    value: (row) => row.servicesByGoal[goal],
  })),
];

type KindUnitRow = { kind: ServiceKindComparison; spread: UnitCostSpread };

const kindColumns: Column<KindUnitRow>[] = [
  { header: message('clusterSheet.kindOfService'), format: 'text', value: ({ kind }, language) => kind.label[language] },
  { header: message('clusterSheet.authorityCount'), format: 'integer', value: ({ kind }) => kind.authorities.length },
  { header: message('clusterSheet.whoRunsIt'), format: 'text', value: ({ kind }) => kind.authorities.join(', ') },
  { header: message('clusterSheet.couldBeShared'), format: 'text', value: ({ kind }, language) => yesNoLabels[kind.couldBeShared ? 'yes' : 'no'][language] },
  { header: message('clusterSheet.unit'), format: 'text', value: ({ spread }, language) => frequencyUnitLabels[spread.unit][language] },
  { header: message('clusterSheet.servicesInThisUnit'), format: 'integer', value: ({ spread }) => spread.count },
  { header: message('clusterSheet.unitCostMedian'), format: 'money', value: ({ spread }) => spread.median },
  { header: message('clusterSheet.unitCostLowest'), format: 'money', value: ({ spread }) => spread.min },
  { header: message('clusterSheet.unitCostHighest'), format: 'money', value: ({ spread }) => spread.max },
];

type EntryRow = { kind: ServiceKindComparison; entry: KindEntry };

const entryColumns: Column<EntryRow>[] = [
  { header: message('clusterSheet.kindOfService'), format: 'text', value: ({ kind }, language) => kind.label[language] },
  { header: message('clusterSheet.file'), format: 'text', value: ({ entry }) => entry.path },
  { header: message('clusterSheet.authority'), format: 'text', value: ({ entry }) => entry.authority },
  { header: message('clusterSheet.year'), format: 'number', value: ({ entry }) => entry.year },
  { header: message('clusterSheet.service'), format: 'text', value: ({ entry }) => entry.service.name },
  { header: message('clusterSheet.kind'), format: 'text', value: ({ entry }, language) => serviceKindLabels[entry.service.kind][language] },
  { header: message('clusterSheet.participants'), format: 'integer', value: ({ entry }) => entry.service.participants },
  { header: message('clusterSheet.unit'), format: 'text', value: ({ entry }, language) => frequencyUnitLabels[entry.service.frequency.unit][language] },
  { header: message('clusterSheet.unitsAYear'), format: 'number', value: ({ entry }) => entry.service.frequency.perYear },
  { header: message('clusterSheet.unitCost'), format: 'money', value: ({ entry }) => entry.service.unitCost },
  { header: message('clusterSheet.yearlyCost'), format: 'money', value: ({ entry }) => money(entry.total) },
];

const unreadableColumns: Column<UnreadableFile>[] = [
  { header: message('clusterSheet.file'), format: 'text', value: (file) => file.path },
  { header: message('clusterSheet.reason'), format: 'text', value: (file, language) => openErrorMessage(file.error, language) },
];

const sheetNames = {
  authorities: message('clusterSheet.sheet.authorities'),
  kinds: message('clusterSheet.sheet.kinds'),
  entries: message('clusterSheet.sheet.entries'),
  unreadable: message('clusterSheet.sheet.unreadable'),
} as const satisfies Record<string, Message>;

/**
 * One sheet of the comparison: a frozen header, one row per line, formats and widths. Every
 * cell is a value (the comparison is a report, nothing in it recalculates); text, names typed
 * by other teams included, is written as a text cell, which no spreadsheet runs as a formula.
 */
function writeSheet<Row>(workbook: ExcelJS.Workbook, name: Message, columns: Column<Row>[], rows: readonly Row[], language: Language): void {
  const sheet = addPlanSheet(workbook, wordMessage(language, name), language === 'he', 1);
  const headers = columns.map((column) => wordMessage(language, column.header));
  const values = rows.map((row) => columns.map((column) => column.value(row, language)));
  sheet.columns = columns.map((column, index) => ({
    header: headers[index],
    width: fittedWidth([headers[index]!, ...values.map((row) => (typeof row[index] === 'string' ? (row[index] as string) : ''))], 10, 50),
    style: { numFmt: cellFormats[column.format] },
  }));
  for (const row of values) sheet.addRow(row.map((value) => (typeof value === 'string' ? toCellText(value) : value)));
  styleHeaderRow(sheet, 1);
}

/** The cluster comparison as a workbook: the authorities, the services across them, and the files that could not be read. */
export async function clusterWorkbook(comparison: ClusterComparison, language: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tamhil';
  writeSheet(workbook, sheetNames.authorities, authorityColumns, comparison.rows, language);
  writeSheet(workbook, sheetNames.kinds, kindColumns, comparison.services.flatMap((kind) => kind.unitCosts.map((spread) => ({ kind, spread }))), language);
  writeSheet(workbook, sheetNames.entries, entryColumns, comparison.services.flatMap((kind) => kind.entries.map((entry) => ({ kind, entry }))), language);
  writeSheet(workbook, sheetNames.unreadable, unreadableColumns, comparison.unreadable, language);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
