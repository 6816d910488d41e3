import ExcelJS from 'exceljs';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { openErrorMessage } from '../model/open-error-message.ts';
import { frequencyUnitLabels, serviceKindLabels } from '../budget/option-labels.ts';
import { shekelsFromAgorot, type Agorot } from '../budget/money.ts';
import { yesNoLabels } from '../model/option-labels.ts';
import { cellFormats, type CellFormat } from '../xlsx/cell-formats.ts';
import { toCellText } from '../xlsx/cell-content.ts';
import { addPlanSheet, fittedWidth, styleHeaderRow } from '../xlsx/sheet-style.ts';
import type { ClusterComparison } from './cluster-comparison.ts';
import { goalKeys, type AuthorityRow } from './authority-row.ts';
import { goalKeyLabels, reviewStatusLabels } from './cluster-labels.ts';
import type { KindEntry, ServiceKindComparison, UnitCostSpread } from './services-across.ts';
import type { UnreadableFile } from './cluster-files.ts';

type Value = string | number | null;
type Column<Row> = { header: LocalizedText; format: CellFormat; value(row: Row, language: Language): Value };

const money = (amount: Agorot | null) => (amount === null ? null : shekelsFromAgorot(amount));

const authorityColumns: Column<AuthorityRow>[] = [
  { header: { he: 'קובץ', en: 'File' }, format: 'text', value: (row) => row.path },
  { header: { he: 'רשות', en: 'Authority' }, format: 'text', value: (row) => row.authority },
  { header: { he: 'שנה', en: 'Year' }, format: 'number', value: (row) => row.year },
  { header: { he: 'מצב', en: 'Status' }, format: 'text', value: (row, language) => reviewStatusLabels[row.status][language] },
  { header: { he: 'בני 65+', en: 'Aged 65+' }, format: 'integer', value: (row) => row.seniors.aged65Plus },
  { header: { he: 'בני 75+', en: 'Aged 75+' }, format: 'integer', value: (row) => row.seniors.aged75Plus },
  { header: { he: 'סך התכנית', en: 'Total' }, format: 'money', value: (row) => money(row.totals.total) },
  { header: { he: 'מימון המשרד', en: 'Ministry funding' }, format: 'money', value: (row) => money(row.totals.ministry) },
  { header: { he: 'חלק המשרד', en: 'Ministry share' }, format: 'percent', value: (row) => row.ministryShare },
  { header: { he: 'מימון הרשות', en: 'Authority funding' }, format: 'money', value: (row) => money(row.totals.authority) },
  { header: { he: 'חלק הרשות', en: 'Authority share' }, format: 'percent', value: (row) => row.authorityShare },
  { header: { he: 'מקורות אחרים', en: 'Other sources' }, format: 'money', value: (row) => money(row.totals.other) },
  { header: { he: 'פיתוח עצמי', en: 'Self-development' }, format: 'money', value: (row) => money(row.totals.selfDevelopment) },
  { header: { he: 'שיעור הפיתוח העצמי', en: 'Self-development share' }, format: 'percent', value: (row) => row.totals.selfDevelopmentShare },
  { header: { he: 'המגבלה', en: 'Limit' }, format: 'percent', value: (row) => row.totals.selfDevelopmentLimit },
  { header: { he: 'חריגה מהמגבלה', en: 'Over the limit' }, format: 'text', value: (row, language) => yesNoLabels[row.overLimit ? 'yes' : 'no'][language] },
  { header: { he: 'עלות לוותיק (65+)', en: 'Cost per senior (65+)' }, format: 'money', value: (row) => money(row.costPerSenior) },
  ...goalKeys.map((goal): Column<AuthorityRow> => ({
    header: { he: `שירותים: ${goalKeyLabels[goal].he}`, en: `Services: ${goalKeyLabels[goal].en}` },
    format: 'integer',
    value: (row) => row.servicesByGoal[goal],
  })),
];

type KindUnitRow = { kind: ServiceKindComparison; spread: UnitCostSpread };

const kindColumns: Column<KindUnitRow>[] = [
  { header: { he: 'סוג השירות', en: 'Kind of service' }, format: 'text', value: ({ kind }, language) => kind.label[language] },
  { header: { he: 'מספר רשויות', en: 'Authorities' }, format: 'integer', value: ({ kind }) => kind.authorities.length },
  { header: { he: 'רשויות', en: 'Who runs it' }, format: 'text', value: ({ kind }) => kind.authorities.join(', ') },
  { header: { he: 'אפשר להפעיל במשותף', en: 'Could be shared' }, format: 'text', value: ({ kind }, language) => yesNoLabels[kind.couldBeShared ? 'yes' : 'no'][language] },
  { header: { he: 'יחידה', en: 'Unit' }, format: 'text', value: ({ spread }, language) => frequencyUnitLabels[spread.unit][language] },
  { header: { he: 'שירותים ביחידה זו', en: 'Services in this unit' }, format: 'integer', value: ({ spread }) => spread.count },
  { header: { he: 'עלות ליחידה: חציון', en: 'Unit cost: median' }, format: 'money', value: ({ spread }) => spread.median },
  { header: { he: 'עלות ליחידה: הנמוכה', en: 'Unit cost: lowest' }, format: 'money', value: ({ spread }) => spread.min },
  { header: { he: 'עלות ליחידה: הגבוהה', en: 'Unit cost: highest' }, format: 'money', value: ({ spread }) => spread.max },
];

type EntryRow = { kind: ServiceKindComparison; entry: KindEntry };

const entryColumns: Column<EntryRow>[] = [
  { header: { he: 'סוג השירות', en: 'Kind of service' }, format: 'text', value: ({ kind }, language) => kind.label[language] },
  { header: { he: 'קובץ', en: 'File' }, format: 'text', value: ({ entry }) => entry.path },
  { header: { he: 'רשות', en: 'Authority' }, format: 'text', value: ({ entry }) => entry.authority },
  { header: { he: 'שנה', en: 'Year' }, format: 'number', value: ({ entry }) => entry.year },
  { header: { he: 'השירות', en: 'Service' }, format: 'text', value: ({ entry }) => entry.service.name },
  { header: { he: 'סוג', en: 'Kind' }, format: 'text', value: ({ entry }, language) => serviceKindLabels[entry.service.kind][language] },
  { header: { he: 'משתתפים', en: 'Participants' }, format: 'integer', value: ({ entry }) => entry.service.participants },
  { header: { he: 'יחידה', en: 'Unit' }, format: 'text', value: ({ entry }, language) => frequencyUnitLabels[entry.service.frequency.unit][language] },
  { header: { he: 'יחידות בשנה', en: 'Units a year' }, format: 'number', value: ({ entry }) => entry.service.frequency.perYear },
  { header: { he: 'עלות ליחידה', en: 'Unit cost' }, format: 'money', value: ({ entry }) => entry.service.unitCost },
  { header: { he: 'עלות שנתית', en: 'Yearly cost' }, format: 'money', value: ({ entry }) => money(entry.total) },
];

const unreadableColumns: Column<UnreadableFile>[] = [
  { header: { he: 'קובץ', en: 'File' }, format: 'text', value: (file) => file.path },
  { header: { he: 'הסיבה', en: 'Reason' }, format: 'text', value: (file, language) => openErrorMessage(file.error, language) },
];

export const clusterSheetNames = {
  authorities: { he: 'רשויות', en: 'Authorities' },
  kinds: { he: 'שירותים באשכול', en: 'Services across' },
  entries: { he: 'שירותים לפי רשות', en: 'Services by authority' },
  unreadable: { he: 'קבצים שלא נקראו', en: 'Unreadable files' },
} as const satisfies Record<string, LocalizedText>;

/**
 * One sheet of the comparison: a frozen header, one row per line, formats and widths. Every
 * cell is a value (the comparison is a report, nothing in it recalculates); text, names typed
 * by other teams included, is written as a text cell, which no spreadsheet runs as a formula.
 */
function writeSheet<Row>(workbook: ExcelJS.Workbook, name: LocalizedText, columns: Column<Row>[], rows: readonly Row[], language: Language): void {
  const sheet = addPlanSheet(workbook, name[language], language === 'he', 1);
  const values = rows.map((row) => columns.map((column) => column.value(row, language)));
  sheet.columns = columns.map((column, index) => ({
    header: column.header[language],
    width: fittedWidth([column.header[language], ...values.map((row) => (typeof row[index] === 'string' ? (row[index] as string) : ''))], 10, 50),
    style: { numFmt: cellFormats[column.format] },
  }));
  for (const row of values) sheet.addRow(row.map((value) => (typeof value === 'string' ? toCellText(value) : value)));
  styleHeaderRow(sheet, 1);
}

/** The cluster comparison as a workbook: the authorities, the services across them, and the files that could not be read. */
export async function clusterWorkbook(comparison: ClusterComparison, language: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tamhil';
  writeSheet(workbook, clusterSheetNames.authorities, authorityColumns, comparison.rows, language);
  writeSheet(workbook, clusterSheetNames.kinds, kindColumns, comparison.services.flatMap((kind) => kind.unitCosts.map((spread) => ({ kind, spread }))), language);
  writeSheet(workbook, clusterSheetNames.entries, entryColumns, comparison.services.flatMap((kind) => kind.entries.map((entry) => ({ kind, entry }))), language);
  writeSheet(workbook, clusterSheetNames.unreadable, unreadableColumns, comparison.unreadable, language);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
