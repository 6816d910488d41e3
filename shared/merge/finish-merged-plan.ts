import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { detachReferences, type RemovedItems } from '../links/detach-references.ts';
import type { Plan } from '../model/plan-schema.ts';
import { stationIds } from '../model/station-id.ts';
import { followSuggestedStatuses } from '../stations/follow-suggested-statuses.ts';
import { removedItems } from './removed-items.ts';

/** Where each formula field of the budget grid keeps its value in a service; an own column's value is in `custom`. */
const valuePaths: Readonly<Record<string, string>> = {
  participants: 'participants',
  perYear: 'frequency.perYear',
  unitCost: 'unitCost',
  ministry: 'funding.ministry',
  authority: 'funding.authority',
  other: 'funding.other',
  staffHours: 'staffHours',
};

/**
 * Values the app works out rather than the team types: a cell's value beside its formula, and a
 * station's status while it follows the suggestion. Both sides may hold different such values
 * with no one having chosen them, so they are never a conflict; finishMergedPlan works them out.
 */
export function derivedPaths(plan: Plan): Set<string> {
  const paths = new Set<string>();
  for (const service of plan.services) {
    for (const { field } of service.formulas) paths.add(`services[${service.id}].${valuePaths[field] ?? `custom[${field}].value`}`);
  }
  for (const station of stationIds) if (plan.stations[station].statusReason === null) paths.add(`stations.${station}.status`);
  return paths;
}

/**
 * The merged plan as the app would hold it: no link to an item the merge took out (one side
 * removed it while the other linked to it), formulas recalculated, and station statuses that
 * follow the suggestion in step with the merged content.
 */
export function finishMergedPlan(merged: Plan, sources: readonly Plan[]): Plan {
  return followSuggestedStatuses(evaluatePlan(copyWithoutLinksTo(merged, removedItems(sources, [merged]))).plan);
}

/**
 * A copy of a plan with no link to the items named. A copy through JSON (a plan is JSON) changed
 * in place costs a third of immer drafting every service of a plan the merge has just built, and
 * nothing else holds the copy, so no one sees it change.
 */
export function copyWithoutLinksTo(plan: Plan, removed: RemovedItems): Plan {
  const copy = JSON.parse(JSON.stringify(plan)) as Plan;
  detachReferences(copy, removed);
  return copy;
}
