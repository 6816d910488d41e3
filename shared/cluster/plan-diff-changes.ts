import type { Message, MessageParam } from '../i18n/message.ts';

/** How a value is read, so it can be shown (₪, %, a choice's name) and its difference worked out. */
export type DiffMeasure = 'money' | 'share' | 'number' | 'year' | 'text' | 'choice' | 'flag' | 'date' | 'formula' | 'id';

export type DiffValue = string | number | boolean | null;

/**
 * after − before, for numbers on both sides: shekels for money (worked out in agorot, so it does
 * not drift), fraction points for shares (0.2 → 0.25 is 0.05). `fraction` is the change as a
 * fraction of before (0.25 = 25% more); null for shares and when before is 0.
 */
export type Difference = { amount: number; fraction: number | null };

/**
 * One value that differs. `path` names it in the plan file (`services[svc-3].unitCost`); a value
 * missing on one side is null there (a custom column left empty, a score not yet given).
 */
export type FieldChange = {
  kind: 'field';
  path: string;
  label: Message;
  measure: DiffMeasure;
  before: DiffValue;
  after: DiffValue;
  difference: Difference | null;
  /** The names of a choice's coded values; null for other measures. */
  options: Readonly<Record<string, Message>> | null;
  /**
   * A figure worked out from the plan and not stored in it (a service's total cost): shown for
   * the reader, never counted as a change of its own.
   */
  derived: boolean;
};

/** A value of a list, with its name where it has one (an outcome's title for its id, an item of the guide by its text). */
export type ListEntry = { value: string; name: MessageParam | null };

/** An unordered list (the outcomes a service advances, the leading values): what joined it and what left it. */
export type ListChange = {
  kind: 'list';
  path: string;
  label: Message;
  added: ListEntry[];
  removed: ListEntry[];
};

/**
 * An item of a list matched by id (a service, an outcome, an indicator): added, removed, or
 * changed with its own changes inside. Added and removed items carry only their derived figures
 * (a service's total cost), so the reader sees what came or went without its every field.
 */
export type ItemChange = {
  kind: 'added' | 'removed' | 'changed';
  path: string;
  /** What sort of item it is: a service, an outcome… */
  label: Message;
  id: string;
  /** The item's own name in the plan (the later one, or the earlier for a removed item), or a station's name in the guide. */
  name: MessageParam;
  changes: Change[];
};

export type Change = FieldChange | ListChange | ItemChange;

/** How many things changed: each value, each list entry joined or left, each item added or removed; derived figures not counted. */
export function countChanges(changes: readonly Change[]): number {
  let count = 0;
  for (const change of changes) {
    if (change.kind === 'field') count += change.derived ? 0 : 1;
    else if (change.kind === 'list') count += change.added.length + change.removed.length;
    else if (change.kind === 'changed') count += countChanges(change.changes);
    else count += 1;
  }
  return count;
}
