import { PlanSchema, type Plan } from './plan-schema.ts';
import { formatPath } from './read-plan.ts';

/**
 * The first place where a plan no longer fits the file's schema, or null. An edit that would
 * produce such a plan is refused before it is applied, so what is on screen can always be saved.
 */
export function planShapeProblem(plan: Plan): { path: string; detail: string } | null {
  const parsed = PlanSchema.safeParse(plan);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { path: formatPath(issue.path), detail: issue.message };
}
