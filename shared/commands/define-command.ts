import type { Plan } from '../model/plan-schema.ts';
import { followSuggestedStatuses } from '../stations/follow-suggested-statuses.ts';

/**
 * A user's edit as a pure transition of the plan, `command(plan, payload) → plan`, carrying
 * everything else that belongs to it, so nothing about a command is listed elsewhere by hand.
 * The store keeps the plans before and after for undo; structural sharing keeps that cheap.
 */
export type PlanCommand<P> = {
  (plan: Plan, payload: P): Plan;
  /** Stable and unique, `area.verb` (e.g. `budget.set-cells`). */
  readonly id: string;
  /** The catalogue key of the command's name, for naming an undo step. */
  readonly labelKey: `command.${string}`;
  /** Whether the reviewer's mode, in which the plan is otherwise read-only, lets it run. */
  readonly allowedInReview: boolean;
  /**
   * What the edit changes, when edits of it in quick succession are one undo step (typing in one
   * field: the same key); null when each edit is its own step (a choice, a click).
   */
  mergeKey(payload: P): string | null;
};

export type CommandDefinition<P> = {
  id: string;
  apply: (plan: Plan, payload: P) => Plan;
  allowedInReview?: boolean;
  mergeKey?: (payload: P) => string | null;
};

const neverMerged = () => null;

/** Whether an edit left every part of the plan but its review record as it was (immer shares what it did not touch). */
const onlyReviewChanged = (before: Plan, after: Plan) => (Object.keys(after) as (keyof Plan)[]).every((key) => key === 'review' || before[key] === after[key]);

export function defineCommand<P>({ id, apply, allowedInReview = false, mergeKey = neverMerged }: CommandDefinition<P>): PlanCommand<P> {
  // A new function, so the command's own properties never land on a function shared with another.
  // Every edit may change what a station's content shows done, so the statuses that follow
  // the suggestion are brought in step here, once for all commands. A refused edit, and a review
  // act (whose content hash must stay the plan's as it was), change no content to follow.
  const command = (plan: Plan, payload: P) => {
    const next = apply(plan, payload);
    return onlyReviewChanged(plan, next) ? next : followSuggestedStatuses(next);
  };
  return Object.freeze(Object.assign(command, { id, labelKey: `command.${id}` as const, allowedInReview, mergeKey }));
}
