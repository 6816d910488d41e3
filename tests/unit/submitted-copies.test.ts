import { describe, expect, it } from 'vitest';
import { submitPlan } from '@shared/commands/review-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { planShapeProblem, shapeProblemOfChange } from '@shared/model/plan-shape-problem.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { previousSubmittedPlanOf, submittedPlanOf } from '@shared/review/submitted-plan.ts';
import { finishedSamplePlan } from '../helpers/samples.ts';

const team = { by: 'רכזת המדור', at: '2026-12-01T09:00:00.000Z' };

/** The sample submitted twice, with a change between: it carries both copies. */
function resubmitted(): { first: Plan; second: Plan; plan: Plan } {
  const first = finishedSamplePlan();
  const submitted = submitPlan(first, team);
  const second = { ...submitted, details: { ...submitted.details, preparedBy: 'צוות המדור, גרסה שנייה' } };
  return { first, second, plan: submitPlan(second, { ...team, at: '2026-12-08T09:00:00.000Z' }) };
}

describe('the submitted copies, a plan each', () => {
  it('are written and read back whole, each read as the plan that was submitted', () => {
    const { first, second, plan } = resubmitted();
    const read = readPlan(serializePlan(plan));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.plan).toEqual(plan);
    expect(submittedPlanOf(read.plan)?.details).toEqual(second.details);
    expect(previousSubmittedPlanOf(read.plan)?.details).toEqual(first.details);
    expect(submittedPlanOf(read.plan)?.services).toEqual(first.services);
  });

  it('drop on saving what a plan does not hold, as the plan itself does', () => {
    const { plan } = resubmitted();
    const withExtra = { ...plan, review: { ...plan.review, submittedPlan: { ...plan.review.submittedPlan!, macro: '=cmd|calc' } } };
    expect(serializePlan(withExtra)).toBe(serializePlan(plan));
  });

  it('are left unchecked by an edit that keeps them, which answers as a whole check does', () => {
    const { plan } = resubmitted();
    const edited = { ...plan, leadingValues: [...plan.leadingValues, 'שייכות'] };
    expect(shapeProblemOfChange(plan, edited)).toBeNull();
    expect(planShapeProblem(edited)).toBeNull();
    const tooLong = { ...plan, leadingValues: ['x'.repeat(501)] };
    expect(shapeProblemOfChange(plan, tooLong)).toEqual(planShapeProblem(tooLong));
  });

  it('are checked when an edit brings a new one, which must fit like any plan', () => {
    const { plan } = resubmitted();
    const copy = plan.review.submittedPlan!;
    const broken = { ...plan, review: { ...plan.review, submittedPlan: { ...copy, services: copy.services.map((service, index) => (index === 0 ? { ...service, id: 'constructor' } : service)) } } };
    expect(shapeProblemOfChange(plan, broken)).toEqual({ path: 'review.submittedPlan.services[0].id', detail: 'a name JavaScript objects already hold cannot be an id' });
  });
});
