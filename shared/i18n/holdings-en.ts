import type { holdingsHe } from './holdings-he.ts';

/** Existing services in full: operator, capacity, waiting list, cost, funding, hours and place, and carrying one into the new plan, in English. */
export const holdingsEn = {
  'holdings.problem.countRequired': "Type a number (0 if there are none)",
  'holdings.problem.countNegative': "A number of people cannot be negative",
  'holdings.problem.countWhole': "People are counted in whole numbers",
  'holdings.problem.countTooLarge': "At most {limit} people",
  'holdings.problem.costNegative': "A cost cannot be negative",
  'holdings.problem.costTooLarge': "A yearly cost of at most ₪{limit}",
  'holdings.problem.costAgorot': "A cost in shekels and agorot: at most two digits after the point",
} satisfies Record<keyof typeof holdingsHe, string>;
