import type { Plan } from '../model/plan-schema.ts';
import { readPlan } from '../model/read-plan.ts';
import { emptyHistory } from '../history/version-history.ts';

type Snapshot = NonNullable<Plan['review']['submittedPlan']>;

/** The copy kept at submission: the whole plan as it was, with an empty review and history of its own. */
export function submittedSnapshot(plan: Plan): Snapshot {
  return { ...plan, review: { status: 'draft', readyForSubmission: false, log: [], comments: [], submittedPlan: null, previousSubmittedPlan: null }, history: emptyHistory() };
}

const read = new WeakMap<Snapshot, Plan | null>();

/**
 * The plan as last submitted, read like any plan file (upgraded from its own version, checked),
 * or null when there is none or it cannot be read: a copy edited by hand is not trusted.
 */
export function submittedPlanOf(plan: Plan): Plan | null {
  return readSnapshot(plan.review.submittedPlan);
}

/** The submission before the last one, read the same way. */
export function previousSubmittedPlanOf(plan: Plan): Plan | null {
  return readSnapshot(plan.review.previousSubmittedPlan);
}

function readSnapshot(snapshot: Snapshot | null): Plan | null {
  if (!snapshot) return null;
  if (read.has(snapshot)) return read.get(snapshot)!;
  const result = readPlan(JSON.stringify(snapshot));
  const submitted = result.ok ? result.plan : null;
  read.set(snapshot, submitted);
  return submitted;
}
