import type { ExistingService, Plan, ServiceKind } from '@shared/model/plan-schema.ts';

export type ExistingServiceColumn = 'name' | 'kind' | 'operator' | 'participants' | 'capacity' | 'waitingList' | 'yearlyCost' | 'budgetLine';

/** null keeps the order the team entered the services in. */
export type ExistingServiceSort = { column: ExistingServiceColumn; direction: 'ascending' | 'descending' } | null;

export type ExistingServiceFilter = { kind: ServiceKind | null; text: string };

/** Who runs it, as the table shows it: the partner's name, or the operator typed by name. */
export function operatorName(service: ExistingService, partners: Plan['partners']): string {
  return partners.find((partner) => partner.id === service.partnerId)?.name ?? service.operator;
}

function valueOf(service: ExistingService, column: ExistingServiceColumn, partners: Plan['partners'], kindOrder: readonly ServiceKind[]): string | number | null {
  switch (column) {
    case 'kind':
      return kindOrder.indexOf(service.kind);
    case 'operator':
      return operatorName(service, partners).trim() || null;
    case 'name':
    case 'budgetLine':
      return service[column].trim() || null;
    default:
      return service[column];
  }
}

/**
 * The services the filter lets through, in the order asked for. Text matches the name, the
 * operator, the place, the hours, the funding and the budget line. A service without the figure
 * sorted by goes last either way, and ties keep the order the team entered them in.
 */
export function orderedServices(
  services: readonly ExistingService[],
  { filter, sort, partners, kindOrder, locale }: { filter: ExistingServiceFilter; sort: ExistingServiceSort; partners: Plan['partners']; kindOrder: readonly ServiceKind[]; locale: string },
): ExistingService[] {
  const words = filter.text.trim().toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  const shown = services.filter((service) => {
    if (filter.kind !== null && service.kind !== filter.kind) return false;
    const text = [service.name, operatorName(service, partners), service.location, service.hours, service.funding, service.budgetLine].join(' ').toLocaleLowerCase(locale);
    return words.every((word) => text.includes(word));
  });
  if (sort === null) return shown;
  const collator = new Intl.Collator(locale, { numeric: true });
  const entered = new Map(services.map((service, index) => [service.id, index]));
  const byEntry = (a: ExistingService, b: ExistingService) => (entered.get(a.id) ?? 0) - (entered.get(b.id) ?? 0);
  return [...shown].sort((a, b) => {
    const first = valueOf(a, sort.column, partners, kindOrder);
    const second = valueOf(b, sort.column, partners, kindOrder);
    if (first === null || second === null) return first === second ? byEntry(a, b) : first === null ? 1 : -1;
    const order = typeof first === 'number' && typeof second === 'number' ? first - second : collator.compare(String(first), String(second));
    return (sort.direction === 'ascending' ? order : -order) || byEntry(a, b);
  });
}
