import type { Plan } from '../model/plan-schema.ts';
import type { CellValue } from '../formulas/formula-sheet.ts';

export type SortDirection = 'ascending' | 'descending';

/**
 * The services' ids ordered by what one column shows, as Excel sorts: numbers by size, text by
 * the reader's collation, empty cells and errors last in both directions. The values come from
 * whoever has them worked out (the budget session, or a sheet built for the plan).
 */
export function servicesSortedBy(
  plan: Plan,
  values: { value(serviceId: string, columnId: string): CellValue },
  columnId: string,
  direction: SortDirection,
  locale: string,
): string[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const keyed = plan.services.map((service) => {
    const value = values.value(service.id, columnId);
    return { id: service.id, key: typeof value === 'number' || typeof value === 'string' ? value : null };
  });
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
    return direction === 'ascending' ? order : -order;
  });
  return keyed.map((entry) => entry.id);
}
