import { agorotFromShekels, roundHalfAwayFromZero } from '../budget/money.ts';
import type { Message, MessageParam } from '../i18n/message.ts';
import type { Plan } from '../model/plan-schema.ts';
import type { Change, DiffMeasure, DiffValue, Difference, FieldChange, ItemChange } from './plan-diff-changes.ts';

/*
 * The building blocks the plan's parts are described with (plan-diff-mix-parts.ts and
 * plan-diff-planning-parts.ts): a field, an unordered list, a map of keyed values, a nested
 * object, a list of items matched by id. Each becomes a function from the two versions of one
 * part to its changes, so the description reads like the plan file and the comparing is written once.
 */

/** The two plans (evaluated) and what the parts share while they are compared. */
export type DiffContext = {
  before: Plan;
  after: Plan;
  /**
   * Services and criteria in both plans. Entries keyed by one that came or went (its scores, its
   * decision, its work plan) are left to its own "added" or "removed" line rather than repeated.
   */
  sharedServices: ReadonlySet<string>;
  sharedCriteria: ReadonlySet<string>;
  /** Paths of lists whose shared items now come in another order: not a change, but worth saying. */
  reordered: string[];
};

export type Part<T> = (before: T, after: T, path: string, context: DiffContext) => Change[];

export type Options = Readonly<Record<string, Message>>;

export type FieldSpec<T> = {
  key: string;
  label: Message;
  measure: DiffMeasure;
  read: (item: T) => DiffValue;
  options?: Options;
  derived?: boolean;
};

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** Money is compared in agorot, so a formula's ₪100.001 is not told apart from ₪100, as no screen could show it. */
function sameValue(measure: DiffMeasure, before: DiffValue, after: DiffValue): boolean {
  if (before === after) return true;
  if (measure === 'money' && typeof before === 'number' && typeof after === 'number') return agorotFromShekels(before) === agorotFromShekels(after);
  return false;
}

// Ten decimals drop the binary noise of a subtraction (0.25 − 0.2) without hiding any figure a plan holds.
const clean = (value: number) => roundHalfAwayFromZero(value, 10);

export function differenceOf(measure: DiffMeasure, before: DiffValue, after: DiffValue): Difference | null {
  if (typeof before !== 'number' || typeof after !== 'number') return null;
  if (measure === 'money') {
    const was = agorotFromShekels(before);
    const change = agorotFromShekels(after) - was;
    return { amount: change / 100, fraction: was === 0 ? null : clean(change / was) };
  }
  if (measure === 'share') return { amount: clean(after - before), fraction: null };
  if (measure === 'number') return { amount: clean(after - before), fraction: before === 0 ? null : clean((after - before) / before) };
  return null;
}

function fieldChange<T>(path: string, spec: Omit<FieldSpec<T>, 'key' | 'read'>, before: DiffValue, after: DiffValue): FieldChange {
  return {
    kind: 'field',
    path,
    label: spec.label,
    measure: spec.measure,
    before,
    after,
    difference: differenceOf(spec.measure, before, after),
    options: spec.options ?? null,
    derived: spec.derived ?? false,
  };
}

export function field<T>(spec: FieldSpec<T>): Part<T> {
  return (before, after, path) => {
    const was = spec.read(before);
    const now = spec.read(after);
    return sameValue(spec.measure, was, now) ? [] : [fieldChange(join(path, spec.key), spec, was, now)];
  };
}

/** A nested object of the file (`funding`, `details`): its parts, with its key in their paths. */
export function object<T, Inner>(key: string, select: (item: T) => Inner, parts: readonly Part<Inner>[]): Part<T> {
  return (before, after, path, context) => {
    const was = select(before);
    const now = select(after);
    if (was === now) return [];
    const base = join(path, key);
    return parts.flatMap((part) => part(was, now, base, context));
  };
}

/** An unordered list of ids or texts; `nameOf` names an id in the plan (and the item) it is found in. */
export function set<T>(key: string, label: Message, values: (item: T) => readonly string[], nameOf?: (value: string, plan: Plan, item: T) => MessageParam | null): Part<T> {
  return (before, after, path, context) => {
    const was = values(before);
    const now = values(after);
    if (was === now) return [];
    const wasSet = new Set(was);
    const nowSet = new Set(now);
    const added = [...nowSet].filter((value) => !wasSet.has(value)).map((value) => ({ value, name: nameOf?.(value, context.after, after) ?? null }));
    const removed = [...wasSet].filter((value) => !nowSet.has(value)).map((value) => ({ value, name: nameOf?.(value, context.before, before) ?? null }));
    return added.length + removed.length === 0 ? [] : [{ kind: 'list', path: join(path, key), label, added, removed }];
  };
}

/** One value of a keyed map, by its key parts: `[svc-3][feasibility]` for a score. */
export type MapEntry = { keys: readonly string[]; value: DiffValue };

function entriesByKey(entries: Iterable<MapEntry>): Map<string, MapEntry> {
  const byKey = new Map<string, MapEntry>();
  for (const entry of entries) {
    const key = entry.keys.map((part) => `[${part}]`).join('');
    // The first entry wins, as the app reads a hand-edited file holding a key twice.
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  return byKey;
}

/**
 * Values stored as a list of keyed records (custom columns by column, scores by service and
 * criterion): `custom[transport]`. A value on one side only is null on the other. `labelOf`
 * names a changed value for the reader ("Score · Home visits · Feasibility"), from the later
 * plan when the value is there.
 */
export function valueMap<T>(
  key: string,
  measure: DiffMeasure,
  entries: (item: T, context: DiffContext) => Iterable<MapEntry>,
  labelOf: (keys: readonly string[], plan: Plan) => Message,
  options?: Options,
): Part<T> {
  return (before, after, path, context) => {
    const was = entriesByKey(entries(before, context));
    const now = entriesByKey(entries(after, context));
    const base = join(path, key);
    const changes: Change[] = [];
    const compare = (entryKey: string) => {
      const previous = was.get(entryKey);
      const next = now.get(entryKey);
      const wasValue = previous?.value ?? null;
      const nowValue = next?.value ?? null;
      if (sameValue(measure, wasValue, nowValue)) return;
      const label = next ? labelOf(next.keys, context.after) : labelOf(previous!.keys, context.before);
      changes.push(fieldChange(`${base}${entryKey}`, { label, measure, ...(options && { options }) }, wasValue, nowValue));
    };
    for (const entryKey of now.keys()) compare(entryKey);
    for (const entryKey of was.keys()) if (!now.has(entryKey)) compare(entryKey);
    return changes;
  };
}

export type ItemsSpec<T, Item> = {
  key: string;
  /** What sort of item: a service, an indicator. */
  label: Message;
  list: (parent: T, context: DiffContext) => readonly Item[];
  id: (item: Item) => string;
  name: (item: Item, plan: Plan) => MessageParam;
  parts: readonly Part<Item>[];
  /** Figures worked out from an item and shown when it is added or removed (a service's total cost). */
  summary?: readonly FieldSpec<Item>[];
  /** `stations.current-state` for the keys of an object in the file; `services[svc-3]` (the default) for a list. */
  keyedAs?: 'object';
};

/** Items by id; an id found twice (a hand-edited file) keeps both, the second as `id#2`. */
function itemsById<Item>(items: readonly Item[], idOf: (item: Item) => string): Map<string, Item> {
  const byId = new Map<string, Item>();
  for (const item of items) {
    const id = idOf(item);
    let key = id;
    for (let occurrence = 2; byId.has(key); occurrence += 1) key = `${id}#${occurrence}`;
    byId.set(key, item);
  }
  return byId;
}

function sharedOrder(from: Map<string, unknown>, other: Map<string, unknown>): string[] {
  return [...from.keys()].filter((id) => other.has(id));
}

/**
 * A list matched by id, never by position: an item keeps its path when others are added,
 * removed or moved, so moving a service is not a change and a comment on `services[svc-3]`
 * still finds it. Changed and added items come in the later order, removed ones after them.
 */
export function items<T, Item>(spec: ItemsSpec<T, Item>): Part<T> {
  return (before, after, path, context) => {
    const was = spec.list(before, context);
    const now = spec.list(after, context);
    if (was === now) return [];
    const base = join(path, spec.key);
    const pathOf = (id: string) => (spec.keyedAs === 'object' ? `${base}.${id}` : `${base}[${id}]`);
    const wasById = itemsById(was, spec.id);
    const nowById = itemsById(now, spec.id);
    const oneSided = (kind: 'added' | 'removed', id: string, item: Item): ItemChange => ({
      kind,
      path: pathOf(id),
      label: spec.label,
      id,
      name: spec.name(item, kind === 'added' ? context.after : context.before),
      changes: (spec.summary ?? []).map((figure) =>
        kind === 'added' ? fieldChange(join(pathOf(id), figure.key), figure, null, figure.read(item)) : fieldChange(join(pathOf(id), figure.key), figure, figure.read(item), null),
      ),
    });
    const changes: Change[] = [];
    for (const [id, item] of nowById) {
      const previous = wasById.get(id);
      if (previous === undefined) changes.push(oneSided('added', id, item));
      else if (previous !== item) {
        const inner = spec.parts.flatMap((part) => part(previous, item, pathOf(id), context));
        if (inner.length > 0) changes.push({ kind: 'changed', path: pathOf(id), label: spec.label, id, name: spec.name(item, context.after), changes: inner });
      }
    }
    for (const [id, item] of wasById) if (!nowById.has(id)) changes.push(oneSided('removed', id, item));
    const orderBefore = sharedOrder(wasById, nowById);
    const orderAfter = sharedOrder(nowById, wasById);
    if (orderBefore.some((id, index) => orderAfter[index] !== id)) context.reordered.push(base);
    return changes;
  };
}
