/**
 * The names every JavaScript object already answers to (Object.prototype's own, and a
 * function's `prototype`). Ids become keys of lookup tables here and in the libraries Tamhil
 * uses; an id spelled like one of these would read the object's machinery instead of a missing
 * entry (a budget column `constructor` once crashed the workbook export), so the plan's schema
 * refuses them as ids. Written out rather than read from Object.prototype, so every host, in
 * every engine, refuses the same files.
 */
const reservedIds: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

export function isReservedId(id: string): boolean {
  return reservedIds.has(id);
}

/** What the schema's issue for such an id carries, so a reader can tell it from other refusals. */
export const reservedIdIssue = { reason: 'reserved-id' } as const;
