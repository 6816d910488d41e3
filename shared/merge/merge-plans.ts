import { authorityKey } from '../cluster/plan-diff.ts';
import type { Plan } from '../model/plan-schema.ts';
import { placeLabels } from './conflict-labels.ts';
import { copyWithoutLinksTo, derivedPaths, finishMergedPlan } from './finish-merged-plan.ts';
import { collidingIds, withRenamedIds } from './fresh-ids.ts';
import { rootLocation } from './merge-location.ts';
import type { MergeOutcome, PlanMismatch } from './merge-result.ts';
import { mergeValue, type WalkRecord } from './merge-walk.ts';
import { joinedItems, removableAt, removedItems } from './removed-items.ts';

/*
 * The three-way merge of plans (issue 19). Pure: plans in, a result out; reading files, finding
 * the common ancestor and asking the user are the caller's.
 *
 *   const outcome = mergePlans(base, mine, theirs);            // parsed, current-version plans
 *   if (outcome.status === 'refused') ask about outcome.mismatches, then
 *     mergePlans(base, mine, theirs, { differentPlans: true });
 *   outcome.plan         the merged plan, recalculated; a conflict's place holds mine for now
 *   outcome.conflicts    each with path, steps, label (a Message), kind, base / mine / theirs
 *   outcome.fromTheirs   what came from theirs, each with path and label
 *   resolveMerge(outcome, new Map([[conflict.path, { take: 'theirs' }], …]))   (resolve-merge.ts)
 *                        → { status: 'resolved', plan } validated by PlanSchema, or 'unresolved' / 'invalid'
 *
 * Rules (merge-rules.ts holds the table per list):
 * - Lists are matched by key (an id, or a natural key), never by position; ids and words that
 *   form a set take each side's additions and removals; logs (the review's acts, a comment's
 *   thread) are the union in time order; a few small lists are taken whole.
 * - A value changed on one side takes that side; on both to different values, a conflict; to
 *   the same value, none. Long texts merge by line (node-diff3); clashing lines are a conflict.
 * - One side removed an item the other changed: a `removed-changed` conflict.
 * - Both sides added different items under one id: theirs gets a fresh id, rewritten in all of
 *   theirs that names it, formulas included (`renamedIds`).
 * - Links that went with a removed item are not changes of their own: they are taken out of
 *   all three plans before the merge, so they raise no conflict.
 * - Items the merge took out leave no link behind (detachReferences); formulas are merged as
 *   their text and the plan recalculated (evaluatePlan); values worked out from formulas and
 *   statuses that follow the suggestion are never conflicts.
 * - The review merges as any other part: comments by id, the log as a union; an approval is not
 *   touched, so a merged approved plan reads "changed since approval" as after any edit.
 * - Order follows mine; theirs' new items come after the item they follow in theirs.
 */

/** `differentPlans`: the user confirmed that the two files, though they seem to be different plans, are to be merged. */
export type MergeOptions = { differentPlans?: boolean | undefined };

function mismatchesOf(mine: Plan, theirs: Plan): PlanMismatch[] {
  const mismatches: PlanMismatch[] = [];
  if (mine.id !== theirs.id) mismatches.push('plan-id');
  if (authorityKey(mine.details.authority) !== authorityKey(theirs.details.authority)) mismatches.push('authority');
  return mismatches;
}

function walk(base: Plan, mine: Plan, theirs: Plan, askAll = false): { walked: Plan; record: WalkRecord } {
  const record: WalkRecord = { conflicts: [], fromTheirs: [], askAll };
  return { walked: mergeValue(base, mine, theirs, rootLocation, record) as Plan, record };
}

/**
 * Removing an item takes its links out elsewhere (a service's work plan and scores go with it, a
 * need leaves the outcomes that named it): changes no one made by hand, which would read as
 * "removed by one, changed by the other" where the other only removed something else. When the
 * first walk finds such conflicts, the links to items either side removed are taken out of all
 * three plans alike and the merge walks again, seeing only what people changed. The items of
 * those conflicts are spared, so taking the other side's version keeps their links.
 */
function walkWithoutCascades(base: Plan, mine: Plan, theirs: Plan, askAll: boolean): { walked: Plan; record: WalkRecord } {
  const first = walk(base, mine, theirs, askAll);
  const contested = first.record.conflicts.flatMap((conflict) => (conflict.kind === 'removed-changed' ? [removableAt(conflict.steps) ?? {}] : []));
  if (contested.length === 0) return first;
  const removed = removedItems([base], [mine, theirs], joinedItems(contested));
  return walk(copyWithoutLinksTo(base, removed), copyWithoutLinksTo(mine, removed), copyWithoutLinksTo(theirs, removed), askAll);
}

const historyPath = (path: string) => path === 'history' || path.startsWith('history.') || path.startsWith('history[');
/**
 * Parts the merge keeps as mine without a word: the plan's id (merging another plan in, once
 * the user agreed, does not make the open plan another) and the history, joined by the merge's
 * own version (record-version.ts).
 */
const keptAsMine = (path: string) => path === 'id' || historyPath(path);

export function mergePlans(base: Plan, mine: Plan, theirs: Plan, options: MergeOptions = {}): MergeOutcome {
  return merged(base, mine, theirs, options, false);
}

/**
 * Two copies that record no version in common (a file saved before plans kept their history,
 * copies of two plans the user chose to merge): who changed what cannot be told, so mine stands
 * in for the ancestor and every difference of theirs is a conflict to settle. Nothing of theirs
 * is taken unasked; the conflicts carry no ancestor value.
 */
export function mergeWithoutAncestor(mine: Plan, theirs: Plan, options: MergeOptions = {}): MergeOutcome {
  return merged(mine, mine, theirs, options, true);
}

function merged(base: Plan, mine: Plan, theirs: Plan, options: MergeOptions, askAll: boolean): MergeOutcome {
  const mismatches = mismatchesOf(mine, theirs);
  if (mismatches.length > 0 && !options.differentPlans) return { status: 'refused', mismatches };
  const renames = collidingIds(base, mine, theirs);
  const renamedTheirs = withRenamedIds(theirs, renames);
  const { walked, record } = walkWithoutCascades(base, mine, renamedTheirs, askAll);
  const derived = derivedPaths(walked);
  const conflicts = record.conflicts.filter((conflict) => !derived.has(conflict.path) && !keptAsMine(conflict.path));
  const fromTheirs = record.fromTheirs.filter((path) => !derived.has(path) && !keptAsMine(path));
  const plan = finishMergedPlan({ ...walked, id: mine.id }, [base, mine, renamedTheirs]);
  const labelOf = conflicts.length + fromTheirs.length === 0 ? null : placeLabels(base, renamedTheirs);
  return {
    status: 'merged',
    plan,
    conflicts: conflicts.map((conflict) => ({ ...conflict, label: labelOf!(conflict.path) })),
    fromTheirs: fromTheirs.map((path) => ({ path, label: labelOf!(path) })),
    renamedIds: [...renames].map(([from, to]) => ({ from, to })),
    sides: { base, mine, theirs: renamedTheirs },
  };
}
