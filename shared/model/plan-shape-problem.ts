import { formulaFields, maximumServices, PlanSchema, ServiceSchema, type Plan } from './plan-schema.ts';
import { formatPath } from './read-plan.ts';

export type ShapeProblem = { path: string; detail: string };

/**
 * The first place where a plan no longer fits the file's schema, or null. An edit that would
 * produce such a plan is refused before it is applied, so what is on screen can always be saved.
 */
export function planShapeProblem(plan: Plan): ShapeProblem | null {
  const parsed = PlanSchema.safeParse(plan);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { path: formatPath(issue.path), detail: issue.message };
}

/**
 * The plan with the submitted copies it shares with `before` left out: they fitted there, and
 * each is a whole plan, so parsing them again would triple the work of every edit under review.
 */
function withoutUnchangedCopies(before: Plan, after: Plan): Plan {
  const { review } = after;
  const unchanged = review.submittedPlan === before.review.submittedPlan && review.previousSubmittedPlan === before.review.previousSubmittedPlan;
  return unchanged ? { ...after, review: { ...review, submittedPlan: null, previousSubmittedPlan: null } } : after;
}

/**
 * The same answer for a plan made from one that fits, checking only what changed: when only
 * services changed (every budget edit), the services that are new objects, their number, their
 * ids and where their formulas stand; otherwise the whole plan but the submitted copies it
 * kept. A 5,000-service plan is then not parsed whole at every keystroke.
 */
export function shapeProblemOfChange(before: Plan, after: Plan): ShapeProblem | null {
  const keys = Object.keys(after) as (keyof Plan)[];
  if (keys.some((key) => key !== 'services' && before[key] !== after[key])) return planShapeProblem(withoutUnchangedCopies(before, after));
  if (after.services.length > maximumServices) return { path: 'services', detail: `at most ${maximumServices} services` };
  const unchanged = new Set(before.services);
  const customIds = new Set(after.budgetColumns.map((column) => column.id));
  const seen = new Set<string>();
  for (const [index, service] of after.services.entries()) {
    if (seen.has(service.id)) return { path: `services[${index}].id`, detail: `duplicate service id ${service.id}` };
    seen.add(service.id);
    if (unchanged.has(service)) continue;
    const parsed = ServiceSchema.safeParse(service);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { path: formatPath(['services', index, ...issue.path]), detail: issue.message };
    }
    const misplaced = service.formulas.findIndex((entry) => !formulaFields.includes(entry.field) && !customIds.has(entry.field));
    if (misplaced >= 0) return { path: `services[${index}].formulas[${misplaced}].field`, detail: `no formula can stand in ${service.formulas[misplaced]!.field}` };
  }
  return null;
}
