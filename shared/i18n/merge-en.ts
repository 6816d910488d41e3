import type { mergeHe } from './merge-he.ts';

/** The three-way merge of plans: the names of the places where the two sides' changes met, in English. */
export const mergeEn = {
  'merge.item': "{label} '{name}'",
  'merge.order': 'order of items',
  'merge.inFile': 'In the plan file: {path}',
} satisfies Record<keyof typeof mergeHe, string>;
