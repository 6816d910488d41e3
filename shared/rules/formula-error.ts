import type { Plan } from '../model/plan-schema.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { message } from '../i18n/message.ts';
import { budgetColumns, columnHeading } from '../budget/budget-columns.ts';
import { cellPath, type CellError } from './cell-error.ts';
import type { Finding } from './finding.ts';

export const formulaErrorRule = 'formula-error';

type MeaningKey = Extract<MessageKey, `rule.formulaMeaning.${string}`>;

/** What each error value usually means, in words a social worker can act on. */
const errorMeanings: Readonly<Record<string, MeaningKey>> = {
  '#DIV/0!': 'rule.formulaMeaning.divideByZero',
  '#REF!': 'rule.formulaMeaning.reference',
  '#NAME?': 'rule.formulaMeaning.name',
  '#VALUE!': 'rule.formulaMeaning.value',
  '#NUM!': 'rule.formulaMeaning.number',
  '#CIRC!': 'rule.formulaMeaning.circular',
  '#ERROR!': 'rule.formulaMeaning.unreadable',
};

/**
 * One error per budget-grid cell whose formula gives an error value: the total and the funding
 * cannot be trusted until it is fixed. The caller finds the cells; this rule names them, in the
 * order of the plan's services and the grid's columns, whatever order the caller found them in.
 * A cell reported twice is reported once. A cell of a service the plan no longer has (a grid
 * that has not caught up) is still reported, at `services`, so the error is not lost.
 */
export function checkFormulaErrors(plan: Plan, cellErrors: readonly CellError[]): Finding[] {
  const serviceIndex = new Map<string, number>();
  plan.services.forEach((service, index) => {
    if (!serviceIndex.has(service.id)) serviceIndex.set(service.id, index);
  });
  const columns = budgetColumns(plan);
  const columnOrder = new Map(columns.map((column, order) => [column.id, order] as const));

  const seen = new Set<string>();
  const unique = cellErrors.filter((cell) => {
    const key = JSON.stringify([cell.serviceId, cell.field]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rowOf = (cell: CellError) => serviceIndex.get(cell.serviceId) ?? plan.services.length;
  const columnOf = (cell: CellError) => columnOrder.get(cell.field) ?? columnOrder.size;
  // Services the plan does not have sort last, by id; Array.prototype.sort is stable.
  const sorted = [...unique].sort(
    (a, b) =>
      rowOf(a) - rowOf(b) ||
      compareText(a.serviceId, b.serviceId) ||
      columnOf(a) - columnOf(b) ||
      compareText(a.field, b.field),
  );

  return sorted.map((cell) => {
    const index = serviceIndex.get(cell.serviceId);
    const service = index === undefined ? undefined : plan.services[index];
    const meaning = errorMeanings[cell.code.toUpperCase()] ?? 'rule.formulaMeaning.unknown';
    return {
      rule: formulaErrorRule,
      severity: 'error',
      path: index === undefined ? 'services' : cellPath(index, cell.field),
      target: { serviceId: cell.serviceId, field: cell.field },
      message: message('rule.formulaError', {
        service: service?.name ?? message('rule.formulaErrorService', { id: cell.serviceId }),
        column: columnHeading(plan, cell.field),
        code: cell.code,
        meaning: message(meaning),
      }),
    };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
