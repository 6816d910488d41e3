import { formulaFields, ServiceSchema, serviceIdPattern, type Plan, type Service } from '../model/plan-schema.ts';
import { isReservedId } from '../model/reserved-ids.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { deliveryLabels, operatorLabels } from '../model/option-labels.ts';
import { budgetColumns, totalColumnId, type BudgetColumn } from '../budget/budget-columns.ts';
import { effectiveCellInput } from '../budget/budget-sheet.ts';
import { frequencyUnitLabels, serviceKindLabels } from '../budget/option-labels.ts';
import { formulaOf, readServiceValue, setServiceFormula, writeServiceValue } from '../budget/service-cells.ts';
import { newService } from '../budget/new-service.ts';
import { toStoredFormula, type GridContext } from '../formulas/a1-references.ts';
import { FormulaError } from '../formulas/formula-sheet.ts';
import type { BudgetValues } from '../budget/evaluated-plan.ts';
import { gridContext } from '../budget/grid-context.ts';
import { cellFormats } from './cell-formats.ts';
import { contentText, type CellContent } from './cell-content.ts';
import { cellAt, filledCells, rowAt, rowsFrom, type SheetCells, type SheetRow } from './sheet-cells.ts';
import { parseNumberCell, parseOptionCell } from './parse-cell.ts';
import { notValid, type RowProblem } from './row-problem.ts';
import { headerKey, uniqueId } from './sheet-headers.ts';
import { fittedWidth } from './sheet-style.ts';
import { addPlanSheet, headerStyle } from './plan-sheet.ts';
import type { CellValue, SheetDraft } from './sheet-draft.ts';
import type { WorkbookDraft } from './workbook-draft.ts';
import { addListValidation, displayValue, idHeader, parseColumnCell, unchangedCell, type TableColumn } from './table-sheet.ts';
import { jsonCopy } from './json-copy.ts';
import { refuseFormula } from './portable-formula.ts';
import { RowFormulas } from './row-formulas.ts';
import { servicesDecidedAgainst } from '../model/decision-in-force.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';

export const servicesSheetName: LocalizedText = inBothLanguages('workbookSheet.services.sheet');

/**
 * After the budget grid's own columns (same letters, so a formula reads the same in Tamhil and
 * in Excel) come the service's other fields, the id last but one so rows can be reordered.
 */
export const serviceDetailColumns: readonly TableColumn<Service>[] = [
  { key: 'id', header: idHeader, format: 'text', value: (service) => service.id },
  { key: 'description', header: inBothLanguages('workbookSheet.services.description'), format: 'text', minWidth: 24, value: (service) => service.description, read: (service, value) => void (service.description = typeof value === 'string' ? value : '') },
  { key: 'delivery', header: inBothLanguages('workbookSheet.services.delivery'), format: 'text', options: deliveryLabels, value: (service) => service.delivery, read: (service, value) => void (service.delivery = (value ?? service.delivery) as Service['delivery']) },
  { key: 'targetGroup', header: inBothLanguages('workbookSheet.services.targetGroup'), format: 'text', minWidth: 16, value: (service) => service.targetGroup, read: (service, value) => void (service.targetGroup = typeof value === 'string' ? value : '') },
  { key: 'operator', header: inBothLanguages('workbookSheet.services.operator'), format: 'text', options: operatorLabels, value: (service) => service.operator, read: (service, value) => void (service.operator = (value ?? service.operator) as Service['operator']) },
  { key: 'outcomeIds', header: inBothLanguages('workbookSheet.services.outcomeIds'), format: 'list', minWidth: 16, value: (service) => service.outcomeIds, read: (service, value) => void (service.outcomeIds = Array.isArray(value) ? value : []) },
  { key: 'needIds', header: inBothLanguages('workbookSheet.services.needIds'), format: 'list', minWidth: 16, value: (service) => service.needIds, read: (service, value) => void (service.needIds = Array.isArray(value) ? value : []) },
];

/**
 * The last column says whether a row counts in this year's budget: "no" for a service the team
 * deferred or rejected in station 5. The summary's sums skip rows marked no, so a row added in
 * Excel (left blank) counts, as in Tamhil. It is shown, not read back: decisions are made in
 * station 5, with their rationale and history.
 */
export const inBudgetHeader: LocalizedText = inBothLanguages('workbookSheet.services.inBudget');
export const inBudgetOptions: Record<'yes' | 'no', LocalizedText> = { yes: inBothLanguages('workbookSheet.services.inBudget.yes'), no: inBothLanguages('workbookSheet.services.inBudget.no') };

/** The services sheet's in-budget column, zero-based, after the grid's columns and the details. */
export const inBudgetColumnIndex = (plan: Plan): number => budgetColumns(plan).length + serviceDetailColumns.length;

const columnFormat: Record<BudgetColumn['kind'], string> = {
  text: cellFormats.text,
  'service-kind': cellFormats.text,
  'frequency-unit': cellFormats.text,
  number: cellFormats.number,
  money: cellFormats.money,
  'computed-money': cellFormats.money,
  custom: cellFormats.number,
};

const optionsOf = (column: BudgetColumn): Record<string, LocalizedText> | null =>
  column.kind === 'service-kind' ? serviceKindLabels : column.kind === 'frequency-unit' ? frequencyUnitLabels : null;

type BudgetCells = { plan: Plan; values: BudgetValues; formulas: RowFormulas; language: Language; cachedResults: boolean };

/** A budget cell as Excel gets it: a formula (with the value Tamhil computed, unless asked not to) or a value. */
function budgetCellValue({ plan, values, formulas, language, cachedResults }: BudgetCells, service: Service, column: BudgetColumn, context: GridContext, row: number): CellValue {
  if (!column.numeric) {
    const value = readServiceValue(service, column.id);
    const options = optionsOf(column);
    return options && typeof value === 'string' ? (options[value]?.[language] ?? value) : value;
  }
  // Text in a team's own column is text, even when it starts with '=' (it is never run).
  const typed = readServiceValue(service, column.id);
  if (typeof typed === 'string' && formulaOf(service, column.id) === null) return typed;
  const input = effectiveCellInput(plan, service, column.id);
  if (typeof input === 'string' && input.startsWith('=')) {
    const { formula, refusal } = formulas.translate(input, context, row);
    const result = values.value(service.id, column.id);
    const value = result instanceof FormulaError || typeof result === 'boolean' || result === null ? null : result;
    // A formula Tamhil would not compute (from a plan file made elsewhere) goes out as its value.
    if (refusal) return value;
    if (!cachedResults || value === null) return { formula };
    return { formula, result: value };
  }
  return typeof input === 'boolean' ? Number(input) : input;
}

export function writeServicesSheet(
  workbook: WorkbookDraft,
  plan: Plan,
  values: BudgetValues,
  language: Language,
  cachedResults: boolean,
  onRow: (done: number) => void,
): SheetDraft {
  const sheet = addPlanSheet(workbook, servicesSheetName[language], language, 1);
  const grid = budgetColumns(plan);
  sheet.columns = [
    ...grid.map((column) => ({
      width: column.id === 'name' || column.id === 'notes'
        ? fittedWidth([column.header[language], ...plan.services.map((service) => String(readServiceValue(service, column.id) ?? ''))], 14, 48)
        : fittedWidth([column.header[language]], 11, 20),
      style: { numFmt: columnFormat[column.kind] },
    })),
    ...serviceDetailColumns.map((column) => ({
      width: fittedWidth([column.header[language], ...plan.services.map((service) => String(displayValue(column, column.value(service), language) ?? ''))], column.minWidth ?? 10, 40),
      style: { numFmt: cellFormats.text },
    })),
    { width: fittedWidth([inBudgetHeader[language]], 8, 20), style: { numFmt: cellFormats.text } },
  ];
  sheet.setRow(1, [...grid.map((column) => column.header[language]), ...serviceDetailColumns.map((column) => column.header[language]), inBudgetHeader[language]], headerStyle);
  const against = servicesDecidedAgainst(plan);
  const cells: BudgetCells = { plan, values, formulas: new RowFormulas(), language, cachedResults };
  // The grid's row and column lists, built once for every row's context.
  const sheetGrid = gridContext(plan, '');
  plan.services.forEach((service, index) => {
    const context = { ...sheetGrid, rowId: service.id };
    const row = index + sheetGrid.firstRow;
    sheet.addRow([
      ...grid.map((column) => budgetCellValue(cells, service, column, context, row)),
      ...serviceDetailColumns.map((column) => displayValue(column, column.value(service), language)),
      inBudgetOptions[against.has(service.id) ? 'no' : 'yes'][language],
    ]);
    if (index % 200 === 199) onRow(index + 1);
  });
  grid.forEach((column, index) => {
    const options = optionsOf(column);
    if (options) addListValidation(sheet, index, plan.services.length + 1, options, language);
  });
  serviceDetailColumns.forEach((column, index) => {
    if (column.options) addListValidation(sheet, grid.length + index, plan.services.length + 1, column.options, language);
  });
  onRow(plan.services.length);
  return sheet;
}

type Located = { columnNumber: number; budget: BudgetColumn | null; detail: TableColumn<Service> | null };

function locateServiceColumns(sheet: SheetCells, grid: readonly BudgetColumn[]): { located: Located[]; ignored: string[] } {
  const byHeader = new Map<string, Omit<Located, 'columnNumber'>>();
  for (const column of grid) for (const text of Object.values(column.header)) byHeader.set(headerKey(text), { budget: column, detail: null });
  for (const column of serviceDetailColumns) for (const text of Object.values(column.header)) byHeader.set(headerKey(text), { budget: null, detail: column });
  const located: Located[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const shownOnly = new Set(Object.values(inBudgetHeader).map(headerKey));
  for (const [columnNumber, cell] of filledCells(rowAt(sheet, 1))) {
    const text = contentText(cell).trim();
    if (shownOnly.has(headerKey(text))) continue;
    const match = byHeader.get(headerKey(text));
    const key = match?.budget?.id ?? match?.detail?.key;
    if (match && key !== undefined && !seen.has(key)) {
      seen.add(key);
      located.push({ columnNumber, ...match });
    } else if (text !== '') ignored.push(text);
  }
  return { located, ignored };
}

/** Formulas are read last, authority before ministry: whether a formula is just the column's default depends on the cells it falls back to. */
const defaultOrder = (column: BudgetColumn) => (column.id === 'ministry' ? 2 : column.id === 'authority' ? 1 : 0);

/**
 * A copy of a service for clearing one of its cells: clearCell writes through service-cells.ts,
 * which sets fields (nested ones in frequency and funding) and replaces or edits entries of the
 * formulas and custom lists, so those are copied; the rest is shared. A JSON copy of the whole
 * service for every formula cell read was the largest cost of reading a large sheet.
 */
function copyForClearing(service: Service): Service {
  return {
    ...service,
    frequency: { ...service.frequency },
    funding: { ...service.funding },
    formulas: service.formulas.map((entry) => ({ ...entry })),
    custom: service.custom.map((entry) => ({ ...entry })),
  };
}

/** An emptied cell: the split falls back to its default, a team's column to no value, a count or amount to 0. */
function clearCell(service: Service, columnId: string): void {
  setServiceFormula(service, columnId, null);
  const defaultsToNothing = columnId === 'ministry' || columnId === 'authority' || !formulaFields.includes(columnId);
  writeServiceValue(service, columnId, defaultsToNothing ? null : 0);
}

export type ServicesRead = { services: Service[]; ignoredColumns: string[] };

/**
 * Reads the services sheet back: rows in the sheet's order, matched to the plan's services by
 * id; formulas are turned back into Tamhil's stored form against the sheet's own rows and
 * columns, and a formula that only repeats the column's default (the total, the 75/25 split)
 * leaves the cell to its default.
 */
export function readServicesSheet(sheet: SheetCells, plan: Plan, language: Language, problems: RowProblem[], maximumRows: number): ServicesRead {
  const grid = budgetColumns(plan);
  const { located, ignored } = locateServiceColumns(sheet, grid);
  const idColumn = located.find((entry) => entry.detail?.key === 'id')?.columnNumber;
  // Problems name a column as the sheet heads it, so the team finds it in the workbook they edited.
  const shownHeader = (columnNumber: number) => contentText(cellAt(rowAt(sheet, 1), columnNumber)).trim();
  const previous = new Map(plan.services.map((service) => [service.id, service]));
  const taken = new Set(previous.keys());
  // By sheet row (row 2 first): a blank or skipped row has no id, so a formula pointing at it reads #REF!.
  const rowIds: string[] = [];
  const rows: { rowNumber: number; row: SheetRow; id: string }[] = [];
  const used = new Set<string>();
  for (const row of rowsFrom(sheet, 2)) {
    const rowNumber = row.number;
    const blank = located.every(({ columnNumber }) => contentText(cellAt(row, columnNumber)).trim() === '');
    const typedId = idColumn === undefined ? '' : contentText(cellAt(row, idColumn)).trim();
    if (blank) continue;
    if (typedId !== '' && used.has(typedId)) {
      problems.push({ sheet: sheet.name, row: rowNumber, column: null, reason: { code: 'duplicate-id', id: typedId }, outcome: 'row-skipped' });
      continue;
    }
    if (rows.length >= maximumRows) {
      problems.push({ sheet: sheet.name, row: rowNumber, column: null, reason: { code: 'too-many-rows', limit: maximumRows }, outcome: 'row-skipped' });
      break;
    }
    const id = serviceIdPattern.test(typedId) && !isReservedId(typedId) ? typedId : uniqueId('svc', taken);
    if (typedId !== '' && id !== typedId) {
      problems.push({
        sheet: sheet.name,
        row: rowNumber,
        column: idColumn === undefined ? null : shownHeader(idColumn),
        reason: isReservedId(typedId)
          ? { code: 'not-valid', field: '', problem: 'reserved-id', expected: '' }
          : { code: 'not-valid', field: '', problem: 'wrong-format', expected: 'A-Z a-z 0-9 - _' },
        outcome: 'cell-ignored',
      });
    }
    taken.add(id);
    used.add(id);
    while (rowIds.length < rowNumber - 2) rowIds.push('');
    rowIds.push(id);
    rows.push({ rowNumber, row, id });
  }
  const columnIds: string[] = [];
  for (const { columnNumber, budget, detail } of located) columnIds[columnNumber - 1] = budget?.id ?? `~${detail!.key}`;
  for (let index = 0; index < columnIds.length; index++) columnIds[index] ??= '';
  const budgetCells = located.filter((entry) => entry.budget !== null).sort((a, b) => defaultOrder(a.budget!) - defaultOrder(b.budget!));
  const reading: BudgetReading = { plan, formulas: new RowFormulas(), language };

  const services: Service[] = [];
  for (const { rowNumber, row, id } of rows) {
    const known = previous.get(id);
    const service = jsonCopy(known ?? newService(id, language, ''));
    const context: GridContext = { rowId: id, rowIds, columnIds, firstRow: 2 };
    const report = (column: string | null, reason: RowProblem['reason'], outcome: RowProblem['outcome'] = 'kept-previous') =>
      problems.push({ sheet: sheet.name, row: rowNumber, column, reason, outcome });
    for (const { columnNumber, detail } of located) {
      if (!detail?.read) continue;
      const content = cellAt(row, columnNumber);
      if (known && unchangedCell(detail, known, content, language)) continue;
      const parsed = parseColumnCell(detail, content, language);
      if (parsed.ok) detail.read(service, parsed.value);
      else report(shownHeader(columnNumber), parsed.reason);
    }
    for (const { columnNumber, budget } of budgetCells) {
      readBudgetCell(reading, service, budget!, cellAt(row, columnNumber), context, rowNumber, (reason, outcome) => report(shownHeader(columnNumber), reason, outcome));
    }
    const checked = ServiceSchema.safeParse(service);
    if (checked.success) {
      services.push(checked.data);
      continue;
    }
    const issue = checked.error.issues[0]!;
    report(null, notValid(issue, service, true), known ? 'kept-previous' : 'row-skipped');
    if (known) services.push(known);
  }
  return { services, ignoredColumns: ignored };
}

type BudgetReading = { plan: Plan; formulas: RowFormulas; language: Language };

function readBudgetCell(
  { plan, formulas, language }: BudgetReading,
  service: Service,
  column: BudgetColumn,
  content: CellContent,
  context: GridContext,
  rowNumber: number,
  report: (reason: RowProblem['reason'], outcome?: RowProblem['outcome']) => void,
): void {
  const options = optionsOf(column);
  if (options) {
    const parsed = parseOptionCell(content, options, language);
    if (!parsed.ok) return report(parsed.reason);
    if (parsed.value !== null) writeServiceValue(service, column.id, parsed.value as string);
    return;
  }
  if (!column.numeric) {
    const text = contentText(content);
    // An untouched cell keeps the service's text as it was (an empty cell reads as no text).
    if (text !== (readServiceValue(service, column.id) ?? '')) writeServiceValue(service, column.id, text);
    return;
  }
  if (column.id === totalColumnId) {
    // The total is always participants × units × unit cost; a number typed over it is not the plan's.
    const expected = effectiveCellInput(plan, service, totalColumnId) as string;
    if (content.formula === null && content.value !== null) report({ code: 'formula-not-read', formula: expected.slice(1), why: 'total' }, 'cell-ignored');
    return;
  }
  if (content.formula !== null) {
    const cleared = copyForClearing(service);
    clearCell(cleared, column.id);
    const fallback = effectiveCellInput(plan, cleared, column.id);
    // The column's own formula as the export wrote it for this row: known without translating it back.
    if (typeof fallback === 'string' && fallback.startsWith('=')) {
      const written = formulas.translate(fallback, context, rowNumber);
      if (written.refusal === null && written.formula === content.formula) {
        clearCell(service, column.id);
        return;
      }
    }
    const refusal = refuseFormula(content.formula);
    if (refusal) {
      report({ code: 'formula-not-read', formula: content.formula, why: refusal });
      return;
    }
    const stored = toStoredFormula(`=${content.formula}`, context);
    if (fallback === stored) {
      clearCell(service, column.id);
      return;
    }
    setServiceFormula(service, column.id, stored);
    writeServiceValue(service, column.id, typeof content.value === 'number' ? content.value : 0);
    return;
  }
  setServiceFormula(service, column.id, null);
  if (column.kind === 'custom') {
    const text = contentText(content);
    const was = readServiceValue(service, column.id);
    // An untouched text cell keeps its text as it was, an empty one included.
    if (typeof was === 'string' && typeof content.value !== 'number' && text === was) return;
    writeServiceValue(service, column.id, typeof content.value === 'number' ? content.value : text === '' ? null : text);
    return;
  }
  const parsed = parseNumberCell(content);
  if (!parsed.ok) return report(parsed.reason);
  if (parsed.value === null) clearCell(service, column.id);
  else writeServiceValue(service, column.id, parsed.value as number);
}
