import type { AuthorityRow } from '@shared/cluster/authority-row.ts';
import type { GoalKey } from '@shared/budget/cost-breakdown.ts';
import { reviewStatuses } from '@shared/review/review-standing.ts';

export type SortKey =
  | 'authority' | 'year' | 'status' | 'aged65Plus' | 'aged75Plus' | 'total' | 'ministryShare' | 'authorityShare' | 'selfDevelopmentShare' | 'costPerSenior'
  | `goal:${GoalKey}`;

export type RowSort = { key: SortKey; direction: 'ascending' | 'descending' };

function valueOf(row: AuthorityRow, key: SortKey): string | number | null {
  switch (key) {
    case 'authority':
      return row.authority;
    case 'year':
      return row.year;
    case 'status':
      return reviewStatuses.indexOf(row.review.status);
    case 'aged65Plus':
      return row.seniors.aged65Plus;
    case 'aged75Plus':
      return row.seniors.aged75Plus;
    case 'total':
      return row.totals.total;
    case 'ministryShare':
      return row.ministryShare;
    case 'authorityShare':
      return row.authorityShare;
    case 'selfDevelopmentShare':
      return row.totals.selfDevelopmentShare;
    case 'costPerSenior':
      return row.costPerSenior;
    default:
      return row.servicesByGoal[key.slice('goal:'.length) as GoalKey];
  }
}

/** The rows in the order asked for; rows without a figure go last either way, and ties keep the authorities' alphabetical order. */
export function sortRows(rows: readonly AuthorityRow[], { key, direction }: RowSort, locale: string): AuthorityRow[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const byName = (a: AuthorityRow, b: AuthorityRow) => collator.compare(a.authority, b.authority) || collator.compare(a.path, b.path);
  return [...rows].sort((a, b) => {
    const first = valueOf(a, key);
    const second = valueOf(b, key);
    if (first === null || second === null) return first === second ? byName(a, b) : first === null ? 1 : -1;
    const order = typeof first === 'number' && typeof second === 'number' ? first - second : collator.compare(String(first), String(second));
    return (direction === 'ascending' ? order : -order) || byName(a, b);
  });
}
