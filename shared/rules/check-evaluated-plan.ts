import type { Plan } from '../model/plan-schema.ts';
import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { checkPlan, type PlanCheck } from './validate-plan.ts';

export type EvaluatedPlanCheck = PlanCheck & { evaluated: Plan };

const checks = new WeakMap<Plan, EvaluatedPlanCheck>();

/**
 * The plan's formulas evaluated, then every rule: what the app shows and what `tamhil validate`
 * prints, from one function. Memoised per plan, since every view asks.
 */
export function checkEvaluatedPlan(plan: Plan): EvaluatedPlanCheck {
  const known = checks.get(plan);
  if (known) return known;
  const { plan: evaluated, cellErrors } = evaluatePlan(plan);
  const check = { ...checkPlan(evaluated, cellErrors), evaluated };
  checks.set(plan, check);
  return check;
}
