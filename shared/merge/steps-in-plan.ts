import { fieldLocation, itemLocation, itemsByKey, joinedKey, ruleAt, type Location, type Step } from './merge-location.ts';

/*
 * A place of a plan named by a merge's steps (`services` › item `svc-3` › `unitCost`), read and
 * written as plain JSON: how a conflict's choice is put into the merged plan.
 */

type Entry = Record<string, unknown>;

/** The value with the one at `steps` replaced (undefined takes it out); an item not there is added at the end of its list. */
export function replacedAt(value: unknown, steps: readonly Step[], at: Location, replacement: unknown): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return replacement;
  if ('field' in step) {
    const record: Entry = { ...(value as Entry) };
    const inner = replacedAt(record[step.field], rest, fieldLocation(at, step.field), replacement);
    if (inner === undefined) delete record[step.field];
    else record[step.field] = inner;
    return record;
  }
  const list = [...(value as unknown[])];
  const rule = ruleAt(at);
  if (rule?.kind !== 'items') return list;
  const found = itemsByKey(list, rule).get(joinedKey(step.item));
  const location = itemLocation(at, step.item);
  if (!found) return rest.length === 0 && replacement !== undefined ? [...list, replacement] : list;
  const index = list.indexOf(found.item);
  const inner = replacedAt(found.item, rest, location, replacement);
  if (inner === undefined) list.splice(index, 1);
  else list[index] = inner;
  return list;
}

/** The value at `steps`, or undefined where the item or field is not there. */
export function valueAt(value: unknown, steps: readonly Step[], at: Location): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return value;
  if (value === null || typeof value !== 'object') return undefined;
  if ('field' in step) return valueAt((value as Entry)[step.field], rest, fieldLocation(at, step.field));
  const rule = ruleAt(at);
  if (rule?.kind !== 'items' || !Array.isArray(value)) return undefined;
  return valueAt(itemsByKey(value, rule).get(joinedKey(step.item))?.item, rest, itemLocation(at, step.item));
}
