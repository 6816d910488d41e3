import type { Plan } from '../model/plan-schema.ts';
import { planTotals, type PlanTotals } from '../budget/plan-totals.ts';
import type { Finding } from './finding.ts';
import { checkSelfDevelopmentLimit } from './self-development-limit.ts';

export type PlanCheck = { totals: PlanTotals; findings: Finding[] };

/** Every rule over one plan: the single code path for the app's findings and `tamhil validate`. */
export function checkPlan(plan: Plan): PlanCheck {
  const totals = planTotals(plan);
  return { totals, findings: [...checkSelfDevelopmentLimit(totals)] };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
