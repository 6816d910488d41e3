import type { PlanDelta } from '../model/plan-delta-schema.ts';
import { childRulePath, itemRulePath, listRules } from '../merge/merge-rules.ts';
import { sameValue } from '../merge/same-value.ts';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isRecord = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The keys of a list's items, as the merge matches them (merge-rules.ts: an id, the fields
 * that make an item one of a kind, or the id itself in a set of links), or null for a list
 * taken whole or whose keys are not distinct. Deltas and the merge walk the plan by the same
 * rule paths, so both name items alike.
 */
function keysOf(list: readonly Json[], rulePath: string): string[] | null {
  const rule = listRules[rulePath];
  if (rule === undefined || rule.kind === 'whole') return null;
  const keyOf = (item: Json): string | null => {
    if (rule.kind === 'set') return typeof item === 'string' ? item : null;
    if (!isRecord(item)) return null;
    return rule.kind === 'items' ? rule.key(item).join('\u0000') : rule.key(item);
  };
  const keys = list.map(keyOf);
  return keys.every((key): key is string => key !== null) && new Set(keys).size === keys.length ? keys : null;
}

function itemsDelta(from: readonly Json[], to: readonly Json[], fromIds: string[], toIds: string[], itemPath: string): PlanDelta {
  const before = new Map(fromIds.map((id, index) => [id, from[index]]));
  const items = toIds.flatMap((key, index) => {
    const change = before.has(key) ? deltaOrNull(before.get(key), to[index], itemPath) : { set: to[index] };
    return change ? [{ key, change }] : [];
  });
  const after = new Set(toIds);
  const kept = toIds.filter((id) => before.has(id));
  const keptInOrder = fromIds.filter((id) => after.has(id)).every((id, index) => kept[index] === id);
  // Removing a service drops its scores from a list of thousands: name what went and what came, not every key.
  if (!keptInOrder) return { items, order: toIds };
  const drop = fromIds.filter((id) => !after.has(id));
  const insert = toIds.flatMap((id, index) => (before.has(id) ? [] : [{ key: id, after: toIds[index - 1] ?? null }]));
  return { items, ...(drop.length > 0 && { drop }), ...(insert.length > 0 && { insert }) };
}

function listDelta(from: readonly Json[], to: readonly Json[], rulePath: string): PlanDelta {
  const fromIds = keysOf(from, rulePath);
  const toIds = keysOf(to, rulePath);
  if (fromIds && toIds) {
    const keyed = itemsDelta(from, to, fromIds, toIds, itemRulePath(rulePath));
    // A short set of links is shorter written whole than as what came and went.
    return listRules[rulePath]?.kind === 'set' && JSON.stringify(to).length <= JSON.stringify(keyed).length ? { set: to } : keyed;
  }
  if (from.length !== to.length) return { set: to };
  const at: Record<string, PlanDelta> = {};
  to.forEach((item, index) => {
    const change = deltaOrNull(from[index], item, itemRulePath(rulePath));
    if (change) at[String(index)] = change;
  });
  return { at };
}

function fieldsDelta(from: JsonObject, to: JsonObject, rulePath: string): PlanDelta {
  const fields: Record<string, PlanDelta> = {};
  for (const [key, value] of Object.entries(to)) {
    if (value === undefined) continue;
    const change = Object.hasOwn(from, key) && from[key] !== undefined ? deltaOrNull(from[key], value, childRulePath(rulePath, key)) : { set: value };
    if (change) fields[key] = change;
  }
  const drop = Object.keys(from).filter((key) => from[key] !== undefined && (!Object.hasOwn(to, key) || to[key] === undefined));
  return drop.length > 0 ? { fields, drop } : { fields };
}

function deltaOrNull(from: Json, to: Json, rulePath: string): PlanDelta | null {
  if (sameValue(from, to)) return null;
  if (Array.isArray(from) && Array.isArray(to)) return listDelta(from, to, rulePath);
  if (isRecord(from) && isRecord(to)) return fieldsDelta(from, to, rulePath);
  return { set: to };
}

/**
 * What turns plan `from` into plan `to`: `applyDelta(from, planDelta(from, to))` equals `to`.
 * Both are plain JSON, read as plans (any other JSON works, its lists by position). Only what
 * differs is written, so the delta between two saves of a plan is about the size of what the
 * team changed between them, even when a service was removed from every list naming it.
 */
export function planDelta(from: Json, to: Json): PlanDelta {
  return deltaOrNull(from, to, '') ?? { fields: {} };
}

/** Thrown when a delta does not fit the value it is applied to: the history that held it is not to be trusted. */
export class DeltaMismatchError extends Error {}

type ItemsDelta = Extract<PlanDelta, { items: unknown }>;

/** The keys of a list after a delta that keeps the order of the items it keeps. */
function keysAfter(keys: readonly string[], { drop, insert }: ItemsDelta): string[] {
  const dropped = new Set(drop);
  const result = keys.filter((key) => !dropped.has(key));
  for (const { key, after } of insert ?? []) {
    const index = after === null ? 0 : result.indexOf(after) + 1;
    if (index === 0 && after !== null) throw new DeltaMismatchError(`no item ${after} to follow`);
    result.splice(index, 0, key);
  }
  return result;
}

function applyItems(list: Json, delta: ItemsDelta, rulePath: string): Json[] {
  if (!Array.isArray(list)) throw new DeltaMismatchError('items of a value that is not a list');
  const ids = keysOf(list, rulePath);
  if (!ids) throw new DeltaMismatchError('items of a list without distinct keys');
  const byId = new Map(ids.map((id, index) => [id, list[index]]));
  const changes = new Map(delta.items.map(({ key, change }) => [key, change]));
  return (delta.order ?? keysAfter(ids, delta)).map((id) => {
    const change = changes.get(id);
    if (byId.has(id)) return change ? applied(byId.get(id), change, itemRulePath(rulePath)) : byId.get(id);
    if (change && 'set' in change) return change.set;
    throw new DeltaMismatchError(`no item ${id} to take`);
  });
}

function applyAt(list: Json, at: Record<string, PlanDelta>, rulePath: string): Json[] {
  if (!Array.isArray(list)) throw new DeltaMismatchError('positions of a value that is not a list');
  const result = [...list];
  for (const [index, change] of Object.entries(at)) {
    if (Number(index) >= result.length) throw new DeltaMismatchError(`no position ${index}`);
    result[Number(index)] = applied(result[Number(index)], change, itemRulePath(rulePath));
  }
  return result;
}

function applyFields(value: Json, fields: Record<string, PlanDelta>, drop: string[] | undefined, rulePath: string): JsonObject {
  if (!isRecord(value)) throw new DeltaMismatchError('fields of a value that is not an object');
  const result: JsonObject = { ...value };
  for (const key of drop ?? []) delete result[key];
  for (const [key, change] of Object.entries(fields)) {
    // A plan has no such key; one in a file is an attempt to reach the object's prototype.
    if (key === '__proto__') throw new DeltaMismatchError('a field named __proto__');
    result[key] = applied(result[key], change, childRulePath(rulePath, key));
  }
  return result;
}

function applied(value: Json, delta: PlanDelta, rulePath: string): Json {
  if ('set' in delta) return delta.set;
  if ('fields' in delta) return applyFields(value, delta.fields, delta.drop, rulePath);
  if ('items' in delta) return applyItems(value, delta, rulePath);
  return applyAt(value, delta.at, rulePath);
}

/**
 * Plan `value` changed as `delta` says. Parts the delta does not touch are shared with `value`,
 * not copied: neither is to be changed in place afterwards. Throws DeltaMismatchError when the
 * delta was made from another value.
 */
export function applyDelta(value: Json, delta: PlanDelta): Json {
  return applied(value, delta, '');
}
