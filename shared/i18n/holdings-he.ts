/** Existing services in full: operator, capacity, waiting list, cost, funding, hours and place, and carrying one into the new plan, in Hebrew. */
export const holdingsHe = {
  'holdings.problem.countRequired': "יש להקליד מספר (0 אם אין)",
  'holdings.problem.countNegative': "מספר אנשים אינו יכול להיות שלילי",
  'holdings.problem.countWhole': "סופרים אנשים במספרים שלמים",
  'holdings.problem.countTooLarge': "עד {limit} אנשים",
  'holdings.problem.costNegative': "עלות אינה יכולה להיות שלילית",
  'holdings.problem.costTooLarge': "עלות שנתית של עד {limit} ₪",
  'holdings.problem.costAgorot': "עלות בשקלים ובאגורות: לכל היותר שתי ספרות אחרי הנקודה",
} as const;
