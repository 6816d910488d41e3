import type { Plan } from '../model/plan-schema.ts';
import { copyWithoutLinksTo } from './finish-merged-plan.ts';
import { mergePlans } from './merge-plans.ts';
import { rootLocation } from './merge-location.ts';
import type { ConflictChoice, MergeConflict, MergeResult } from './merge-result.ts';
import { removableAt } from './removed-items.ts';
import { replacedAt, valueAt } from './steps-in-plan.ts';

/**
 * An item one side removed and the user kept in a conflict comes back with what its removal
 * took along: a service's work plan, its scores and its place in the scenarios, an outcome's
 * links from services. The merge saw those as the removing side's changes and took them
 * (merge-plans.ts spares only the item's own links from the other side's removals), so keeping
 * the item alone would bring back a service without its work plan.
 *
 * What comes back is found by merging, for each kept item: from the keeping side with the
 * links to the item taken out, to the keeping side as it is, into the resolved plan. That
 * merge sees only those links as changes, so it adds them where the resolved plan lacks them
 * and leaves all else as resolved; where the resolved plan itself changed the same place, or
 * the user settled another conflict there, it stays as resolved.
 */
export function withLinksOfKeptItems(resolved: Plan, result: MergeResult, choices: ReadonlyMap<string, ConflictChoice>): Plan {
  let plan = resolved;
  for (const conflict of result.conflicts) {
    const removed = keptAfterRemoval(conflict, choices.get(conflict.path));
    if (!removed) continue;
    const keeper = conflict.kind === 'removed-changed' && conflict.removedBy === 'mine' ? result.sides.theirs : result.sides.mine;
    const outcome = mergePlans(copyWithoutLinksTo(keeper, removed), plan, keeper, { differentPlans: true });
    if (outcome.status === 'merged') plan = asChosen(outcome.plan, resolved, result.conflicts.filter((other) => other !== conflict));
  }
  return plan;
}

/**
 * The plan with every place the user settled as they settled it: a link that went with the
 * item may have had a conflict of its own (theirs edited the work plan mine removed with its
 * service), and the user's answer there stands over what keeping the item would bring back.
 */
function asChosen(plan: Plan, resolved: Plan, settled: readonly MergeConflict[]): Plan {
  let result: unknown = plan;
  for (const { steps } of settled) result = replacedAt(result, steps, rootLocation, valueAt(resolved, steps, rootLocation));
  return result as Plan;
}

/** The item a removed-changed conflict is about, when the choice keeps it; null otherwise. */
function keptAfterRemoval(conflict: MergeConflict, choice: ConflictChoice | undefined) {
  if (conflict.kind !== 'removed-changed' || choice === undefined) return null;
  const keeps = choice.take === 'edited' ? choice.value !== undefined : choice.take !== conflict.removedBy;
  return keeps ? removableAt(conflict.steps) : null;
}
