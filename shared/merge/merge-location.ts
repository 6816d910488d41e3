import { childRulePath, itemRulePath, listRules, type ItemKey, type ListRule } from './merge-rules.ts';

/**
 * Where a value sits in the plan, as steps a program can follow again: a field of an object, or
 * an item of a list by its key. `pathOf` words it as the plan diff and comments do
 * (`services[svc-3].unitCost`, `priorities.scores[svc-1][crit-2]`, `stations.current-state.notes`).
 */
export type Step = { field: string } | { item: ItemKey };
export type Location = { steps: readonly Step[]; rule: string };

export const rootLocation: Location = { steps: [], rule: '' };

export const fieldLocation = (parent: Location, field: string): Location => ({ steps: [...parent.steps, { field }], rule: childRulePath(parent.rule, field) });
export const itemLocation = (parent: Location, item: ItemKey): Location => ({ steps: [...parent.steps, { item }], rule: itemRulePath(parent.rule) });

export function pathOf(steps: readonly Step[]): string {
  let path = '';
  for (const step of steps) {
    if ('field' in step) path += path === '' ? step.field : `.${step.field}`;
    else path += step.item.map((part) => `[${part}]`).join('');
  }
  return path;
}

export const ruleAt = (location: Location): ListRule | undefined => listRules[location.rule];

/** A list's items by key; a key found twice (a hand-edited file) keeps both, the second as `key#2`, as the plan diff does. */
export function itemsByKey(list: readonly unknown[], rule: Extract<ListRule, { kind: 'items' }>): Map<string, { key: ItemKey; item: unknown }> {
  const byKey = new Map<string, { key: ItemKey; item: unknown }>();
  for (const item of list) {
    const key = rule.key(item as Readonly<Record<string, unknown>>);
    let joined = key.join('\u0000');
    let unique = key;
    for (let occurrence = 2; byKey.has(joined); occurrence += 1) {
      unique = [...key.slice(0, -1), `${key.at(-1) ?? ''}#${occurrence}`];
      joined = unique.join('\u0000');
    }
    byKey.set(joined, { key: unique, item });
  }
  return byKey;
}

export const joinedKey = (key: ItemKey) => key.join('\u0000');
