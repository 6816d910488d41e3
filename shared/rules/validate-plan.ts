import type { Plan } from '../model/plan-schema.ts';
import { planTotals, type PlanTotals } from '../budget/plan-totals.ts';
import type { CellError } from './cell-error.ts';
import type { Finding } from './finding.ts';
import { checkSelfDevelopmentLimit } from './self-development-limit.ts';
import { checkBudgetOverCommunity } from './budget-over-community.ts';
import { checkFormulaErrors } from './formula-error.ts';
import { checkFundingSplit } from './funding-split.ts';
import { checkServiceNoOutcome } from './service-no-outcome.ts';
import { checkServiceNoParticipants } from './service-no-participants.ts';
import { checkServiceNoCost } from './service-no-cost.ts';
import { checkLogicModelRules } from './logic-model-rules.ts';

export type PlanCheck = { totals: PlanTotals; findings: Finding[] };

/**
 * Every rule over one plan: the single code path for the app's findings and `tamhil validate`.
 * The order is fixed, so the list does not jump about as the team types: the plan as a whole
 * first, then each per-service rule over the services in the plan's order, then the logic
 * model's checks. Cell errors are the budget grid's formulas that give an error value, found by
 * the caller (the grid from its live sheet, the CLI by evaluating the plan's formulas).
 */
export function checkPlan(plan: Plan, cellErrors: readonly CellError[] = []): PlanCheck {
  const totals = planTotals(plan);
  // A failed formula counts as 0; the money rules would only repeat that error in other words.
  const withFormulaErrors = new Set(cellErrors.map((cell) => cell.serviceId));
  const aboutMoney = [...checkFundingSplit(plan), ...checkServiceNoParticipants(plan), ...checkServiceNoCost(plan)];
  const findings = [
    ...checkSelfDevelopmentLimit(totals, plan),
    ...checkBudgetOverCommunity(totals),
    ...checkFormulaErrors(plan, cellErrors),
    ...checkServiceNoOutcome(plan),
    ...aboutMoney.filter((finding) => !(finding.target && withFormulaErrors.has(finding.target.serviceId))),
    ...checkLogicModelRules(plan),
  ];
  return { totals, findings };
}

/** Errors block submission; warnings never do. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
