import type { LocalizedText } from '../model/localized-text.ts';
import type { Plan } from '../model/plan-schema.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { labelMessages, type Message, type MessageParam } from '../i18n/message.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';

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

const headerKeys = {
  name: 'label.column.name',
  kind: 'label.column.kind',
  budgetLine: 'label.column.budgetLine',
  participants: 'label.column.participants',
  frequencyUnit: 'label.column.frequencyUnit',
  perYear: 'label.column.perYear',
  unitCost: 'label.column.unitCost',
  [totalColumnId]: 'label.column.total',
  ministry: 'label.column.ministry',
  authority: 'label.column.authority',
  other: 'label.column.other',
  otherSource: 'label.column.otherSource',
  staffHours: 'label.column.staffHours',
  notes: 'label.column.notes',
} as const satisfies Record<string, MessageKey>;

export type StandardColumnId = keyof typeof headerKeys;

/** The built-in columns' headings, for messages that name a column. */
export const standardColumnHeadings: Readonly<Record<StandardColumnId, Message>> = labelMessages(headerKeys);

const standard = (id: StandardColumnId, kind: BudgetColumn['kind'], numeric: boolean): BudgetColumn => ({ id, header: inBothLanguages(headerKeys[id]), kind, numeric });

export const standardBudgetColumns: readonly BudgetColumn[] = [
  standard('name', 'text', false),
  standard('kind', 'service-kind', false),
  standard('budgetLine', 'text', false),
  standard('participants', 'number', true),
  standard('frequencyUnit', 'frequency-unit', false),
  standard('perYear', 'number', true),
  standard('unitCost', 'money', true),
  standard(totalColumnId, 'computed-money', true),
  standard('ministry', 'money', true),
  standard('authority', 'money', true),
  standard('other', 'money', true),
  standard('otherSource', 'text', false),
  standard('staffHours', 'number', true),
  standard('notes', 'text', false),
];

export function budgetColumns(plan: Plan): BudgetColumn[] {
  return [
    ...standardBudgetColumns,
    ...plan.budgetColumns.map(
      (column): BudgetColumn => ({ id: column.id, header: { he: column.label, en: column.label }, kind: 'custom', numeric: true }),
    ),
  ];
}

/** A column's heading inside a message: a built-in column's from the catalogue, the team's own column by its label, else its id. */
export function columnHeading(plan: Plan, columnId: string): MessageParam {
  if (Object.hasOwn(headerKeys, columnId)) return standardColumnHeadings[columnId as StandardColumnId];
  return plan.budgetColumns.find((column) => column.id === columnId)?.label || columnId;
}
