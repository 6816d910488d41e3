import type { LocalizedText } from '../model/localized-text.ts';
import type { Plan } from '../model/plan-schema.ts';

/**
 * The budget grid's columns: one row per service, these columns in this order, then the team's
 * own columns. `numeric` columns take numbers or formulas and live in the formula sheet; the
 * rest are the service's text fields.
 */
export type BudgetColumn = {
  id: string;
  header: LocalizedText;
  kind: 'text' | 'service-kind' | 'frequency-unit' | 'number' | 'money' | 'computed-money' | 'custom';
  /** Whether the formula sheet holds this column (numbers and formulas). */
  numeric: boolean;
};

export const totalColumnId = 'total';

export const standardBudgetColumns: readonly BudgetColumn[] = [
  { id: 'name', header: { he: 'שירות', en: 'Service' }, kind: 'text', numeric: false },
  { id: 'kind', header: { he: 'סוג', en: 'Kind' }, kind: 'service-kind', numeric: false },
  { id: 'budgetLine', header: { he: 'סעיף תקציבי', en: 'Budget line' }, kind: 'text', numeric: false },
  { id: 'participants', header: { he: 'משתתפים', en: 'Participants' }, kind: 'number', numeric: true },
  { id: 'frequencyUnit', header: { he: 'יחידת תדירות', en: 'Frequency unit' }, kind: 'frequency-unit', numeric: false },
  { id: 'perYear', header: { he: 'יחידות בשנה', en: 'Units a year' }, kind: 'number', numeric: true },
  { id: 'unitCost', header: { he: 'עלות ליחידה', en: 'Unit cost' }, kind: 'money', numeric: true },
  { id: totalColumnId, header: { he: 'עלות כוללת', en: 'Total cost' }, kind: 'computed-money', numeric: true },
  { id: 'ministry', header: { he: 'משרד', en: 'Ministry' }, kind: 'money', numeric: true },
  { id: 'authority', header: { he: 'רשות', en: 'Authority' }, kind: 'money', numeric: true },
  { id: 'other', header: { he: 'מקורות אחרים', en: 'Other sources' }, kind: 'money', numeric: true },
  { id: 'otherSource', header: { he: 'מקור אחר', en: 'Other source' }, kind: 'text', numeric: false },
  { id: 'staffHours', header: { he: 'שעות צוות', en: 'Staff hours' }, kind: 'number', numeric: true },
  { id: 'notes', header: { he: 'הערות', en: 'Notes' }, kind: 'text', numeric: false },
];

export function budgetColumns(plan: Plan): BudgetColumn[] {
  return [
    ...standardBudgetColumns,
    ...plan.budgetColumns.map(
      (column): BudgetColumn => ({ id: column.id, header: { he: column.label, en: column.label }, kind: 'custom', numeric: true }),
    ),
  ];
}
