import { budgetColumns, type BudgetColumn } from '../budget/budget-columns.ts';
import { evaluatePlan, sheetFor } from '../budget/evaluated-plan.ts';
import { shekelsFromAgorot } from '../budget/money.ts';
import { frequencyUnitLabels, serviceKindLabels } from '../budget/option-labels.ts';
import { formulaOf, readServiceValue } from '../budget/service-cells.ts';
import { serviceCost, type ServiceCost } from '../budget/service-cost.ts';
import { FormulaError } from '../formulas/formula-error.ts';
import type { Language } from '../model/localized-text.ts';
import type { Plan, Service } from '../model/plan-schema.ts';
import { writeCsv } from './csv-text.ts';
import { idHeader } from './table-sheet.ts';

const moneyFromCost: Partial<Record<string, keyof ServiceCost>> = { total: 'total', ministry: 'ministry', authority: 'authority', other: 'other' };

/** One cell of the CSV: what the budget grid shows, as a number wherever the grid shows a number. */
function csvCell(plan: Plan, service: Service, cost: ServiceCost, column: BudgetColumn, language: Language): string | number | null {
  switch (column.kind) {
    case 'service-kind':
      return serviceKindLabels[service.kind][language];
    case 'frequency-unit':
      return frequencyUnitLabels[service.frequency.unit][language];
    case 'custom': {
      // Text typed in a team's own column is text, even when it starts with '=' (it is never run).
      const typed = readServiceValue(service, column.id);
      if (typeof typed === 'string' && formulaOf(service, column.id) === null) return typed;
      const value = sheetFor(plan).value(service.id, column.id);
      if (value instanceof FormulaError) return value.code;
      if (typeof value === 'boolean') return Number(value);
      if (typeof value === 'number') return Number.isFinite(value) ? value : '#NUM!';
      return value;
    }
    default: {
      const fromCost = moneyFromCost[column.id];
      if (fromCost !== undefined) return shekelsFromAgorot(cost[fromCost]);
      return readServiceValue(service, column.id);
    }
  }
}

/**
 * The services and budget table as CSV: the budget grid's columns with their headers in
 * `language`, then the id. Formulas are evaluated; the total and the ministry and authority
 * parts are computed as the grid computes them, in shekels. A cell whose formula fails holds
 * Excel's error code (`#DIV/0!`), as the grid shows it.
 */
export function servicesCsv(plan: Plan, language: Language): string {
  const { plan: evaluated, cellErrors } = evaluatePlan(plan);
  const columns = budgetColumns(evaluated);
  const errors = new Map(cellErrors.map((error) => [`${error.serviceId}\u0000${error.field}`, error.code]));
  const rows = evaluated.services.map((service) => {
    const cost = serviceCost(service, evaluated.policy);
    return [
      ...columns.map((column) => errors.get(`${service.id}\u0000${column.id}`) ?? csvCell(evaluated, service, cost, column, language)),
      service.id,
    ];
  });
  return writeCsv([[...columns.map((column) => column.header[language]), idHeader[language]], ...rows]);
}
