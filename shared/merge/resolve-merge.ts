import { describeIssue, formatPath, type FieldProblem } from '../model/read-plan.ts';
import { PlanSchema, type Plan } from '../model/plan-schema.ts';
import type { z } from 'zod';
import { finishMergedPlan } from './finish-merged-plan.ts';
import { withLinksOfKeptItems } from './kept-with-links.ts';
import { textTaking } from './merge-text.ts';
import { rootLocation } from './merge-location.ts';
import { replacedAt } from './steps-in-plan.ts';
import type { ConflictChoice, MergeConflict, MergeResult } from './merge-result.ts';

export type ResolveOutcome =
  | { status: 'resolved'; plan: Plan }
  /** Conflicts no choice was given for, by path: nothing is decided for the user. */
  | { status: 'unresolved'; paths: string[] }
  /** The chosen values do not make a valid plan (an edited value out of range, two choices that clash): never returned as if fine. */
  | { status: 'invalid'; problems: ResolveProblem[] };

/** A place of the resolved plan that is not valid, and what is wrong there, for fieldProblemText to word. */
export type ResolveProblem = { path: string; problem: FieldProblem; expected: string };

function chosenValue(conflict: MergeConflict, choice: ConflictChoice): unknown {
  if (choice.take === 'edited') return choice.value;
  if (conflict.kind === 'lines') return textTaking(String(conflict.base ?? ''), String(conflict.mine), String(conflict.theirs), choice.take);
  return choice.take === 'mine' ? conflict.mine : conflict.theirs;
}

/** The parse's issues as the places and reasons a resolved plan is not valid. */
const problemsOf = (error: z.ZodError, input: unknown): ResolveProblem[] => error.issues.map((issue) => ({ path: formatPath(issue.path), ...describeIssue(issue, input) }));

/**
 * The final plan from a merge and a choice per conflict (by the conflict's path): mine, theirs,
 * or a value the user edited. The plan is finished as the merge finishes it (links to removed
 * items detached, recalculated), an item kept against its removal gets back what went with it
 * (kept-with-links.ts), and the plan is validated with PlanSchema.
 */
export function resolveMerge(result: MergeResult, choices: ReadonlyMap<string, ConflictChoice>): ResolveOutcome {
  const unresolved = result.conflicts.filter((conflict) => !choices.has(conflict.path)).map((conflict) => conflict.path);
  if (unresolved.length > 0) return { status: 'unresolved', paths: unresolved };
  let resolved: unknown = result.plan;
  for (const conflict of result.conflicts) resolved = replacedAt(resolved, conflict.steps, rootLocation, chosenValue(conflict, choices.get(conflict.path)!));
  const parsed = PlanSchema.safeParse(resolved);
  if (!parsed.success) return { status: 'invalid', problems: problemsOf(parsed.error, resolved) };
  const { base, mine, theirs } = result.sides;
  const plan = withLinksOfKeptItems(finishMergedPlan(parsed.data, [base, mine, theirs]), result, choices);
  // Finishing only takes links out and works values out, but a value worked out may still be out of range.
  const finished = PlanSchema.safeParse(plan);
  if (!finished.success) return { status: 'invalid', problems: problemsOf(finished.error, plan) };
  return { status: 'resolved', plan };
}
