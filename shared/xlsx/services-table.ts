import { maximumServices, ServiceSchema, type Plan, type Service } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { deliveryLabels, operatorLabels } from '../model/option-labels.ts';
import { frequencyUnitLabels, optionCode, serviceKindLabels } from '../budget/option-labels.ts';
import { standardBudgetColumns } from '../budget/budget-columns.ts';
import { newService } from '../budget/new-service.ts';
import { parseTypedNumber } from '../format/parse-number.ts';
import { serviceDetailColumns } from './services-sheet.ts';
import { notValid, type RowProblem } from './row-problem.ts';
import { startsLikeFormula } from './formula-like-text.ts';
import { headerKey, uniqueId } from './sheet-headers.ts';
import type { TableCell } from './table-source.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';
import { translate } from '../i18n/translate.ts';

/** Fields a services table from elsewhere can fill; the yearly cost stands in for a unit cost a table does not have. */
export const importFields = [
  'name', 'kind', 'budgetLine', 'participants', 'frequencyUnit', 'perYear', 'unitCost', 'yearlyCost',
  'ministry', 'authority', 'other', 'otherSource', 'staffHours', 'notes', 'description', 'targetGroup', 'delivery', 'operator',
] as const;
export type ImportField = (typeof importFields)[number];
export type ColumnMapping = Record<ImportField, number | null>;

const labelOf = (id: string) => standardBudgetColumns.find((column) => column.id === id)?.header ?? serviceDetailColumns.find((column) => column.key === id)!.header;

export const importFieldLabels: Record<ImportField, LocalizedText> = Object.fromEntries(
  importFields.map((field) => [field, field === 'yearlyCost' ? inBothLanguages('workbookSheet.import.yearlyCost') : labelOf(field)]),
) as Record<ImportField, LocalizedText>;

/** Headers seen in departments' own tables, in both languages, beside Tamhil's own. */
const synonyms: Record<ImportField, string[]> = {
  name: ['שם השירות', 'שם שירות', 'שם התכנית', 'שם תכנית', 'תכנית', 'שם', 'פעילות', 'service', 'service name', 'name', 'program', 'programme', 'activity'],
  kind: ['סוג שירות', 'סוג', 'kind', 'type'],
  budgetLine: ['סעיף', 'סעיף תקציב', 'budget line', 'line'],
  participants: ['מספר משתתפים', "מס' משתתפים", 'משתתפים', 'מקבלי שירות', 'participants', 'beneficiaries'],
  frequencyUnit: ['תדירות', 'יחידה', 'frequency', 'unit'],
  perYear: ['מפגשים בשנה', 'מספר מפגשים', 'יחידות', 'units a year', 'units per year', 'sessions', 'per year'],
  unitCost: ['עלות יחידה', 'עלות למפגש', 'unit cost', 'cost per unit', 'cost per session'],
  yearlyCost: ['עלות כוללת', 'עלות שנתית', 'סה"כ עלות', 'סה״כ עלות', 'עלות', 'total cost', 'yearly cost', 'annual cost', 'cost', 'total'],
  ministry: ['השתתפות משרד', 'משרד', 'ministry'],
  authority: ['השתתפות רשות', 'רשות', 'authority', 'municipality'],
  other: ['מקורות אחרים', 'other sources', 'other'],
  otherSource: ['מקור אחר', 'other source'],
  staffHours: ['שעות צוות', 'staff hours'],
  notes: ['הערות', 'notes', 'comments'],
  description: ['תיאור', 'description'],
  targetGroup: ['קהל יעד', 'אוכלוסיית יעד', 'target group', 'target population'],
  delivery: ['אופן מתן', 'delivery'],
  operator: ['גורם מפעיל', 'מפעיל', 'operator'],
};

function namesOf(field: ImportField): string[] {
  return [...Object.values(importFieldLabels[field]), ...synonyms[field]].map(headerKey);
}

/** The row holding the headers: the first of the top rows with at least two texts. */
export function headerRowOf(rows: readonly TableCell[][]): number {
  const index = rows.slice(0, 20).findIndex((row) => row.filter((cell) => typeof cell === 'string' && cell.trim() !== '').length >= 2);
  return Math.max(0, index);
}

/** Each field's column, suggested from the headers: exact names first, then headers that contain one. */
export function suggestMapping(headers: readonly TableCell[]): ColumnMapping {
  const keys = headers.map((header) => (header === null ? '' : headerKey(String(header))));
  const mapping = Object.fromEntries(importFields.map((field) => [field, null])) as ColumnMapping;
  const taken = new Set<number>();
  const assign = (matches: (key: string, names: string[]) => boolean) => {
    for (const field of importFields) {
      if (mapping[field] !== null) continue;
      const names = namesOf(field);
      const column = keys.findIndex((key, index) => key !== '' && !taken.has(index) && matches(key, names));
      if (column >= 0) {
        mapping[field] = column;
        taken.add(column);
      }
    }
  };
  assign((key, names) => names.includes(key));
  assign((key, names) => names.some((name) => name.length > 2 && key.includes(name)));
  return mapping;
}

type Parsed = { ok: true; value: string | number | null } | { ok: false; reason: RowProblem['reason'] };

const numericFields: readonly ImportField[] = ['participants', 'perYear', 'unitCost', 'yearlyCost', 'ministry', 'authority', 'other', 'staffHours'];
const optionFields: Partial<Record<ImportField, Record<string, LocalizedText>>> = {
  kind: serviceKindLabels,
  frequencyUnit: frequencyUnitLabels,
  delivery: deliveryLabels,
  operator: operatorLabels,
};

function parseField(field: ImportField, cell: TableCell, language: Language): Parsed {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { ok: true, value: null };
  if (numericFields.includes(field)) {
    if (typeof cell === 'number') return { ok: true, value: cell };
    const number = parseTypedNumber(cell);
    return number === null ? { ok: false, reason: { code: 'not-a-number', text: cell } } : { ok: true, value: number };
  }
  // Tamhil's own CSV guards formula-like text with a leading apostrophe; that mark is not the text.
  const text = typeof cell === 'string' && cell.startsWith("'") && startsLikeFormula(cell.slice(1)) ? cell.slice(1) : String(cell);
  const options = optionFields[field];
  if (options) {
    const code = optionCode(options, text);
    return code === null
      ? { ok: false, reason: { code: 'unknown-option', text, allowed: Object.values(options).map((label) => label[language]) } }
      : { ok: true, value: code };
  }
  return { ok: true, value: text };
}

function apply(service: Service, field: ImportField, value: string | number): void {
  const number = typeof value === 'number' ? value : 0;
  const text = String(value);
  switch (field) {
    case 'name': service.name = text.trim(); break;
    case 'kind': service.kind = text as Service['kind']; break;
    case 'budgetLine': service.budgetLine = text; break;
    case 'participants': service.participants = number; break;
    case 'frequencyUnit': service.frequency.unit = text as Service['frequency']['unit']; break;
    case 'perYear': service.frequency.perYear = number; break;
    case 'unitCost': service.unitCost = number; break;
    case 'yearlyCost': break;
    case 'ministry': service.funding.ministry = number; break;
    case 'authority': service.funding.authority = number; break;
    case 'other': service.funding.other = number; break;
    case 'otherSource': service.funding.otherSource = text; break;
    case 'staffHours': service.staffHours = number; break;
    case 'notes': service.notes = text; break;
    case 'description': service.description = text; break;
    case 'targetGroup': service.targetGroup = text; break;
    case 'delivery': service.delivery = text as Service['delivery']; break;
    case 'operator': service.operator = text as Service['operator']; break;
  }
}

export type TableImport = { services: Service[]; problems: RowProblem[] };

/**
 * Turns the rows under the header into new services by the mapping. A row that cannot be read
 * (a number that is not one, an unknown kind, no name) is listed with the reason and left out;
 * the rest are kept. A yearly cost becomes one unit a year at the cost per participant.
 */
export function servicesFromTable(
  sheet: { name: string; rows: readonly TableCell[][] },
  headerRow: number,
  mapping: ColumnMapping,
  plan: Plan,
  language: Language,
): TableImport {
  const taken = new Set(plan.services.map((service) => service.id));
  const room = maximumServices - plan.services.length;
  const services: Service[] = [];
  const problems: RowProblem[] = [];
  const mapped = importFields.filter((field) => mapping[field] !== null);
  // A problem names the column as the table heads it; a column without a header, by the field it fills.
  const headers = sheet.rows[headerRow] ?? [];
  const columnName = (field: ImportField) => {
    const header = mapping[field] === null ? null : headers[mapping[field]!];
    return header === null || header === undefined || String(header).trim() === '' ? importFieldLabels[field][language] : String(header).trim();
  };
  for (let index = headerRow + 1; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index]!;
    const rowNumber = index + 1;
    if (mapped.every((field) => { const cell = cells[mapping[field]!]; return cell === null || cell === undefined || String(cell).trim() === ''; })) continue;
    const report = (column: string | null, reason: RowProblem['reason']) => problems.push({ sheet: sheet.name, row: rowNumber, column, reason, outcome: 'row-skipped' });
    if (services.length >= room) {
      report(null, { code: 'too-many-rows', limit: maximumServices });
      break;
    }
    const id = uniqueId('svc', taken);
    const service = newService(id, language, '');
    service.name = '';
    service.frequency = { unit: 'year', perYear: 1 };
    const values: Partial<Record<ImportField, string | number>> = {};
    let readable = true;
    for (const field of mapped) {
      const parsed = parseField(field, cells[mapping[field]!] ?? null, language);
      if (!parsed.ok) {
        report(columnName(field), parsed.reason);
        readable = false;
        break;
      }
      if (parsed.value !== null) {
        values[field] = parsed.value;
        apply(service, field, parsed.value);
      }
    }
    if (!readable) continue;
    if (values.unitCost === undefined && typeof values.yearlyCost === 'number') {
      // A table's own count of units a year stays; the unit cost is what makes the yearly cost.
      const units = typeof values.perYear === 'number' && values.perYear > 0 ? values.perYear : 1;
      if (service.participants > 0) {
        service.unitCost = values.yearlyCost / (service.participants * units);
      } else if (values.yearlyCost > 0) {
        report(columnName('yearlyCost'), { code: 'invalid', detail: translate(language, 'workbookSheet.import.yearlyCostNeedsParticipants') });
        continue;
      }
    }
    const checked = ServiceSchema.safeParse(service);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const field = importFields.find((candidate) => candidate === issue.path[0]);
      report(
        field ? columnName(field) : null,
        issue.path[0] === 'name' ? { code: 'invalid', detail: language === 'he' ? 'לשירות אין שם' : 'the service has no name' } : notValid(issue, service, !field),
      );
      continue;
    }
    taken.add(id);
    services.push(checked.data);
  }
  return { services, problems };
}
