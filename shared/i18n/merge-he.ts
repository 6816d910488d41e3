/** The three-way merge of plans: the names of the places where the two sides' changes met, in Hebrew. */
export const mergeHe = {
  'merge.item': "{label} '{name}'",
  'merge.order': 'סדר הפריטים',
  'merge.inFile': 'בקובץ התכנית: {path}',
} as const;
