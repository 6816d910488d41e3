import { fieldLocation, itemLocation, itemsByKey, pathOf, ruleAt, type Location } from './merge-location.ts';
import type { MergeConflict } from './merge-result.ts';
import { textPaths, type ListRule } from './merge-rules.ts';
import { mergeText } from './merge-text.ts';
import { sameValue } from './same-value.ts';

type Unlabelled<T> = T extends unknown ? Omit<T, 'label'> : never;
export type FoundConflict = Unlabelled<MergeConflict>;

/**
 * What the walk finds besides the merged value: the conflicts, and the paths where theirs was
 * taken. `askAll`: there is no ancestor (mine stands in for it), so every difference of theirs is
 * a conflict to ask about rather than a change to take.
 */
export type WalkRecord = { conflicts: FoundConflict[]; fromTheirs: string[]; askAll?: boolean };

type Entry = Record<string, unknown>;
const isRecord = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

function conflict(record: WalkRecord, at: Location, base: unknown, mine: unknown, theirs: unknown): unknown {
  record.conflicts.push({ kind: 'both-changed', path: pathOf(at.steps), steps: at.steps, base, mine, theirs });
  return mine;
}

/** Theirs where mine is as the ancestor was: taken, or, with no ancestor, asked about (no ancestor value to show). */
function taken(record: WalkRecord, at: Location, mine: unknown, theirs: unknown): unknown {
  if (record.askAll) return conflict(record, at, undefined, mine, theirs);
  record.fromTheirs.push(pathOf(at.steps));
  return theirs;
}

/**
 * The three-way merge of one value of the plan. A value theirs left as it was is mine; one
 * mine left is theirs; objects and lists with a rule are merged part by part, even where only
 * theirs changed, so what came from theirs is recorded change by change.
 */
export function mergeValue(base: unknown, mine: unknown, theirs: unknown, at: Location, record: WalkRecord): unknown {
  if (sameValue(mine, theirs) || sameValue(base, theirs)) return mine;
  const rule = ruleAt(at);
  if (Array.isArray(mine) && Array.isArray(theirs) && (base === undefined || Array.isArray(base)) && rule && rule.kind !== 'whole') {
    return mergeList(base ?? [], mine, theirs, rule, at, record);
  }
  if (isRecord(mine) && isRecord(theirs) && (base === undefined || isRecord(base)) && rule?.kind !== 'whole') {
    return mergeObject(base ?? {}, mine, theirs, at, record);
  }
  if (sameValue(base, mine)) return taken(record, at, mine, theirs);
  if (textPaths.has(at.rule) && typeof mine === 'string' && typeof theirs === 'string' && (base === undefined || typeof base === 'string')) {
    const text = mergeText(base ?? '', mine, theirs);
    if (!text.merged) {
      record.conflicts.push({ kind: 'lines', lines: text.lines, path: pathOf(at.steps), steps: at.steps, base, mine, theirs });
      return mine;
    }
    record.fromTheirs.push(pathOf(at.steps));
    return text.text;
  }
  return conflict(record, at, base, mine, theirs);
}

function mergeObject(base: Entry, mine: Entry, theirs: Entry, at: Location, record: WalkRecord): Entry {
  const merged: Entry = {};
  // Mine's key order first: the file's key order is the schema's, and both sides write it.
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = mergeValue(base[key], mine[key], theirs[key], fieldLocation(at, key), record);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeList(base: readonly unknown[], mine: readonly unknown[], theirs: readonly unknown[], rule: ListRule, at: Location, record: WalkRecord): unknown[] {
  if (rule.kind === 'set') return mergeSet(base, mine, theirs, at, record);
  if (rule.kind === 'log') return mergeLog(base, mine, theirs, rule, at, record);
  if (rule.kind === 'items') return mergeItems(base, mine, theirs, rule, at, record);
  return [...mine];
}

function mergeSet(base: readonly unknown[], mine: readonly unknown[], theirs: readonly unknown[], at: Location, record: WalkRecord): unknown[] {
  const inBase = new Set(base);
  const inTheirs = new Set(theirs);
  const inMine = new Set(mine);
  const removedByTheirs = base.filter((value) => !inTheirs.has(value));
  const addedByTheirs = [...inTheirs].filter((value) => !inBase.has(value) && !inMine.has(value));
  if (removedByTheirs.length + addedByTheirs.length === 0) return [...mine];
  const gone = new Set(removedByTheirs);
  return taken(record, at, [...mine], [...mine.filter((value) => !gone.has(value)), ...addedByTheirs]) as unknown[];
}

function mergeLog(base: readonly unknown[], mine: readonly unknown[], theirs: readonly unknown[], rule: Extract<ListRule, { kind: 'log' }>, at: Location, record: WalkRecord): unknown[] {
  const keyOf = (entry: unknown) => rule.key(entry as Entry);
  const mineKeys = new Set(mine.map(keyOf));
  const theirsKeys = new Set(theirs.map(keyOf));
  // An entry either side took out stays out; the log only grows in the app, so this is a hand edit respected.
  // With no ancestor nothing tells an entry taken out from one never there: both sides' entries stay.
  const removed = new Set(record.askAll ? [] : base.map(keyOf).filter((key) => !mineKeys.has(key) || !theirsKeys.has(key)));
  const added = theirs.filter((entry) => !mineKeys.has(keyOf(entry)) && !removed.has(keyOf(entry)));
  const kept = mine.filter((entry) => !removed.has(keyOf(entry)));
  if (added.length === 0 && kept.length === mine.length) return [...mine];
  record.fromTheirs.push(pathOf(at.steps));
  const timeOf = (entry: unknown) => rule.time(entry as Entry);
  // Array.prototype.sort is stable: entries of the same moment keep mine's before theirs'.
  return [...kept, ...added].sort((left, right) => (timeOf(left) < timeOf(right) ? -1 : timeOf(left) > timeOf(right) ? 1 : 0));
}

function mergeItems(base: readonly unknown[], mine: readonly unknown[], theirs: readonly unknown[], rule: Extract<ListRule, { kind: 'items' }>, at: Location, record: WalkRecord): unknown[] {
  const baseByKey = itemsByKey(base, rule);
  const mineByKey = itemsByKey(mine, rule);
  const theirsByKey = itemsByKey(theirs, rule);
  const kept: { joined: string; value: unknown }[] = [];
  for (const [joined, { key, item }] of mineByKey) {
    const previous = baseByKey.get(joined);
    const other = theirsByKey.get(joined);
    const location = itemLocation(at, key);
    if (other) kept.push({ joined, value: mergeValue(previous?.item, item, other.item, location, record) });
    else if (!previous) kept.push({ joined, value: item });
    else if (sameValue(previous.item, item)) {
      // Theirs removed it: gone, or, with no ancestor, kept until the user says.
      if (taken(record, location, item, undefined) !== undefined) kept.push({ joined, value: item });
    } else {
      record.conflicts.push({ kind: 'removed-changed', removedBy: 'theirs', path: pathOf(location.steps), steps: location.steps, base: previous.item, mine: item, theirs: undefined });
      kept.push({ joined, value: item });
    }
  }
  inTheirsOrder(kept, baseByKey, theirsByKey, at, record);
  // Theirs' new items go after the item they follow in theirs, so a service added below another stays below it.
  const addedAfter = new Map<string, unknown[]>();
  const start = '\u0001start';
  let anchor = start;
  for (const [joined, { key, item }] of theirsByKey) {
    if (mineByKey.has(joined)) {
      anchor = joined;
      continue;
    }
    const previous = baseByKey.get(joined);
    const location = itemLocation(at, key);
    if (!previous) {
      if (taken(record, location, undefined, item) !== undefined) addedAfter.set(anchor, [...(addedAfter.get(anchor) ?? []), item]);
    } else if (!sameValue(previous.item, item)) {
      record.conflicts.push({ kind: 'removed-changed', removedBy: 'mine', path: pathOf(location.steps), steps: location.steps, base: previous.item, mine: undefined, theirs: item });
    }
  }
  // Mine's own new items at the same place come first: theirs' wait for the next item both hold.
  const merged: unknown[] = [];
  let waiting = addedAfter.get(start) ?? [];
  for (const { joined, value } of kept) {
    if (theirsByKey.has(joined)) {
      merged.push(...waiting);
      waiting = addedAfter.get(joined) ?? [];
    }
    merged.push(value);
  }
  merged.push(...waiting);
  return merged;
}

/**
 * Moves, in place, the items all three hold into theirs' order when only theirs moved them
 * (rows of the budget put in another order): a move is a change like any other. Mine's own new
 * items move with the item above them. When mine moved items too, or with no ancestor to tell
 * who moved what, mine's order stands.
 */
function inTheirsOrder(kept: { joined: string; value: unknown }[], baseByKey: ReadonlyMap<string, unknown>, theirsByKey: ReadonlyMap<string, unknown>, at: Location, record: WalkRecord): void {
  if (record.askAll) return;
  const shared = (joined: string) => baseByKey.has(joined) && theirsByKey.has(joined);
  const mineOrder = kept.map((entry) => entry.joined).filter(shared);
  const held = new Set(mineOrder);
  const baseOrder = [...baseByKey.keys()].filter((joined) => held.has(joined));
  const theirsOrder = [...theirsByKey.keys()].filter((joined) => held.has(joined));
  const same = (left: readonly string[], right: readonly string[]) => left.every((joined, index) => right[index] === joined);
  if (!same(mineOrder, baseOrder) || same(theirsOrder, baseOrder)) return;
  const leading: typeof kept = [];
  const runs = new Map<string, typeof kept>();
  let run = leading;
  for (const entry of kept) {
    if (held.has(entry.joined)) runs.set(entry.joined, (run = []));
    run.push(entry);
  }
  kept.splice(0, kept.length, ...leading, ...theirsOrder.flatMap((joined) => runs.get(joined)!));
  record.fromTheirs.push(pathOf(at.steps));
}
