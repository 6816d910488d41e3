import type { Plan, PlanCopy, VersionHeader } from '../model/plan-schema.ts';
import { keptCopyOf } from './kept-copy.ts';

/**
 * The plan's version history as a later merge and the history screen read it. The file keeps
 * the headers of its saved versions, oldest first, and a copy of each (shared/history/kept-copy.ts
 * rebuilds one). A version's copy is the plan as it was saved then, without history and without
 * the review's own copies, so its content hash (planContentHash) is the header's `contentHash`.
 */

/** The history of a plan that has recorded nothing yet (a new plan, a file from before version 4). */
export const emptyHistory = (): { versions: never[]; bases: never[]; deltas: never[] } => ({ versions: [], bases: [], deltas: [] });

/** The version the plan was last saved at, or null when it has none yet. */
export function headVersion(plan: Plan): VersionHeader | null {
  return plan.history.versions.at(-1) ?? null;
}

/** The plan as kept for a version: no history (the headers are in the plan holding it), no copies in its review. */
export function planCopyOf(plan: Plan): PlanCopy {
  return { ...plan, review: { ...plan.review, submittedPlan: null, previousSubmittedPlan: null }, history: emptyHistory() };
}

/**
 * What a version said, as a whole plan beside the open one: the version's content with the
 * open plan's review and history, so a diff with the open plan shows only what the team
 * changed since (the diff leaves the review out). Null when the copy is no longer kept.
 */
export function planAtVersion(plan: Plan, versionId: string): Plan | null {
  const copy = keptCopyOf(plan.history, versionId);
  return copy ? { ...copy, id: plan.id, review: plan.review, history: plan.history } : null;
}
