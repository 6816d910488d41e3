import type { Message } from '../i18n/message.ts';
import type { Plan } from '../model/plan-schema.ts';
import type { Step } from './merge-location.ts';

export type Side = 'mine' | 'theirs';

/** A run of lines both sides rewrote differently: the lines of the ancestor and of each side. */
export type LineConflict = { base: string[]; mine: string[]; theirs: string[] };

type ConflictCommon = {
  /** The conflict's place in the plan file, as the plan diff and comments write it: `services[svc-3].unitCost`. */
  path: string;
  /** The same place as steps, for resolveMerge (and for a screen that wants to open the item). */
  steps: readonly Step[];
  /** In plan words: "שירות 'מועדון חברתי' · עלות ליחידה". */
  label: Message;
  /** The value in the ancestor, in mine and in theirs; undefined where the item or field is not there. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
};

export type MergeConflict = ConflictCommon &
  (
    | { kind: 'both-changed' }
    /** A long text whose line edits overlap; the lines that clash, in the text's order. */
    | { kind: 'lines'; lines: LineConflict[] }
    /** One side removed an item the other changed. */
    | { kind: 'removed-changed'; removedBy: Side }
  );

/** A change of theirs that the merged plan took, for "3 changes by נועה merged: …". */
export type TakenChange = { path: string; label: Message };

/** Why two files cannot be assumed to be versions of one plan: the caller asks the user before merging them. */
export type PlanMismatch = 'plan-id' | 'authority';

export type MergeResult = {
  /** The merged plan, recalculated; where a conflict stands it holds mine until resolved. */
  plan: Plan;
  conflicts: MergeConflict[];
  fromTheirs: TakenChange[];
  /** Ids of theirs that mine also added for something else, renamed in what came from theirs (old → new). */
  renamedIds: { from: string; to: string }[];
  /** The three plans merged (theirs with its renamed ids), so a screen can show each side's totals beside the result's. */
  sides: { base: Plan; mine: Plan; theirs: Plan };
};

/**
 * A merge of three plans: `refused` when mine and theirs seem to be two different plans (and the
 * caller did not say to go on), else `merged` with its result.
 */
export type MergeOutcome = { status: 'refused'; mismatches: PlanMismatch[] } | ({ status: 'merged' } & MergeResult);

/** How one conflict is settled: one side's value, or a value the user wrote (for `lines`, the whole text). */
export type ConflictChoice = { take: Side } | { take: 'edited'; value: unknown };
