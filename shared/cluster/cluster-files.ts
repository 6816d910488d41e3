import type { OpenError, OpenResult } from '../host-api.ts';
import type { Plan } from '../model/plan-schema.ts';
import { evaluatePlan } from '../budget/evaluated-plan.ts';

/** One plan of the cluster: the file it came from and the plan with its formulas evaluated. */
export type ClusterPlan = { path: string; name: string; plan: Plan };

/** A file of the folder that could not be read as a plan, and why. */
export type UnreadableFile = { path: string; name: string; error: OpenError };

export type ClusterFiles = { plans: ClusterPlan[]; unreadable: UnreadableFile[] };

/**
 * Splits a folder's files into the plans that were read and those that were not, keeping both:
 * one damaged file leaves the rest of the comparison standing. Figures come from the evaluated
 * plans, as in the app, never from values cached in a file.
 */
export function clusterFiles(files: readonly OpenResult[]): ClusterFiles {
  const plans: ClusterPlan[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of files) {
    if (file.ok) plans.push({ path: file.path, name: file.name, plan: evaluatePlan(file.plan).plan });
    else unreadable.push({ path: file.path, name: file.name, error: file.error });
  }
  return { plans, unreadable };
}
