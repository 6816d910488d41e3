import type { Plan, Service } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { budgetColumns } from '../budget/budget-columns.ts';
import { formulaOf, readServiceValue } from '../budget/service-cells.ts';
import { agorotFromShekels } from '../budget/money.ts';
import { formatMoney, formatNumber, formatPercent } from '../format/number-format.ts';
import { detailRows } from './details-sheet.ts';
import { serviceDetailColumns } from './services-sheet.ts';
import { indicatorRows, indicatorsTable, needsTable, outcomesTable } from './plan-tables.ts';
import { displayValue, type TableColumn } from './table-sheet.ts';

export type ItemChanges = {
  added: string[];
  removed: string[];
  /** Each changed item's name and the columns that changed in it. */
  changed: { name: string; fields: LocalizedText[] }[];
  reordered: boolean;
};

export type PlanChanges = {
  details: { label: LocalizedText; before: string; after: string }[];
  services: ItemChanges;
  needs: ItemChanges;
  outcomes: ItemChanges;
  indicators: ItemChanges;
  population: boolean;
  /** Parts carried by the hidden plan copy (stations, review, …) that differ from the open plan. */
  otherParts: (keyof Plan)[];
  total: number;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compareItems<Item extends { id: string }>(
  before: readonly Item[],
  after: readonly Item[],
  nameOf: (item: Item) => string,
  fields: (item: Item) => { label: LocalizedText; value: unknown }[],
): ItemChanges {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  const changed: ItemChanges['changed'] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous || same(previous, item)) continue;
    const was = fields(previous);
    const differing = fields(item).filter((field, index) => !same(field.value, was[index]?.value)).map((field) => field.label);
    changed.push({ name: nameOf(item), fields: differing });
  }
  const kept = after.filter((item) => old.has(item.id)).map((item) => item.id);
  const keptBefore = before.filter((item) => now.has(item.id)).map((item) => item.id);
  return {
    added: after.filter((item) => !old.has(item.id)).map(nameOf),
    removed: before.filter((item) => !now.has(item.id)).map(nameOf),
    changed,
    reordered: !same(kept, keptBefore),
  };
}

function tableFields<Item>(columns: readonly TableColumn<Item>[]) {
  return (item: Item) => columns.map((column) => ({ label: column.header, value: column.value(item) }));
}

function serviceFields(plan: Plan) {
  const grid = budgetColumns(plan).filter((column) => column.id !== 'total');
  return (service: Service) => [
    ...grid.map((column) => ({ label: column.header, value: [readServiceValue(service, column.id), formulaOf(service, column.id)] })),
    ...serviceDetailColumns.map((column) => ({ label: column.header, value: column.value(service) })),
  ];
}

function detailText(value: unknown, format: string, language: Language): string {
  if (typeof value !== 'number') return String(value ?? '');
  if (format === 'money') return formatMoney(agorotFromShekels(value), language);
  if (format === 'percent') return formatPercent(value, language, 2);
  return formatNumber(value, language);
}

const itemCount = (changes: ItemChanges) => changes.added.length + changes.removed.length + changes.changed.length + (changes.reordered ? 1 : 0);

/** What taking in an imported plan would change in the open one, for the preview shown before anything is applied. */
export function describePlanChanges(before: Plan, after: Plan, language: Language): PlanChanges {
  const details = detailRows
    .map((row) => ({ row, was: displayValue(row, row.value(before), language), now: displayValue(row, row.value(after), language) }))
    .filter(({ was, now }) => !same(was, now))
    .map(({ row, was, now }) => ({ label: row.header, before: detailText(was, row.format, language), after: detailText(now, row.format, language) }));
  const services = compareItems(before.services, after.services, (service) => service.name, serviceFields(after));
  const needs = compareItems(before.needs, after.needs, (need) => need.finding, tableFields(needsTable.columns));
  const outcomes = compareItems(
    before.outcomes.map(({ indicators: _indicators, ...outcome }) => outcome),
    after.outcomes.map(({ indicators: _indicators, ...outcome }) => outcome),
    (outcome) => outcome.title,
    (outcome) => outcomesTable.columns.map((column) => ({ label: column.header, value: column.value({ ...outcome, indicators: [] }) })),
  );
  const indicators = compareItems(indicatorRows(before.outcomes), indicatorRows(after.outcomes), (row) => row.name, tableFields(indicatorsTable.columns));
  const population = !same(before.population, after.population);
  const shown = new Set<keyof Plan>(['details', 'policy', 'services', 'needs', 'outcomes', 'population']);
  const otherParts = (Object.keys(after) as (keyof Plan)[]).filter((key) => !shown.has(key) && !same(before[key], after[key]));
  return {
    details,
    services,
    needs,
    outcomes,
    indicators,
    population,
    otherParts,
    total: details.length + itemCount(services) + itemCount(needs) + itemCount(outcomes) + itemCount(indicators) + (population ? 1 : 0) + otherParts.length,
  };
}

