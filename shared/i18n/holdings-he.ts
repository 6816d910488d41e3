/** Existing services in full: operator, capacity, waiting list, cost, funding, hours and place, and carrying one into the new plan, in Hebrew. */
export const holdingsHe = {} as const;
