import type { Plan, Service } from '../model/plan-schema.ts';
import { planTotals, type PlanTotals } from '../budget/plan-totals.ts';
import type { CellError } from './cell-error.ts';
import type { Finding } from './finding.ts';
import { checkSelfDevelopmentLimit } from './self-development-limit.ts';
import { checkBudgetOverCommunity } from './budget-over-community.ts';
import { checkFormulaErrors } from './formula-error.ts';
import { fundingFinding } from './funding-split.ts';
import { serviceNoOutcomeFinding } from './service-no-outcome.ts';
import { serviceNoParticipantsFinding } from './service-no-participants.ts';
import { serviceNoCostFinding } from './service-no-cost.ts';
import { checkLogicModelRules } from './logic-model-rules.ts';

export type PlanCheck = { totals: PlanTotals; findings: Finding[] };

/** One service's findings, by rule: what the memo keeps while the service object stays the same. */
type ServiceFindings = { noOutcome: Finding | null; funding: Finding | null; noParticipants: Finding | null; noCost: Finding | null };

/**
 * What a check keeps for the next one over a later version of the same plan: each service's
 * findings by its object (immer gives an edited service a new one) and the logic model's
 * findings with the plan they came from. A fresh memo is a full check.
 */
export type CheckMemo = {
  services: WeakMap<Service, { index: number; outcomes: Plan['outcomes']; findings: ServiceFindings }>;
  logic: { plan: Plan; findings: Finding[] } | null;
};

export const freshCheckMemo = (): CheckMemo => ({ services: new WeakMap(), logic: null });

/**
 * Every rule over one plan: the single code path for the app's findings and `tamhil validate`.
 * The order is fixed, so the list does not jump about as the team types: the plan as a whole
 * first, then each per-service rule over the services in the plan's order, then the logic
 * model's checks. Cell errors are the budget grid's formulas that give an error value, found by
 * the caller (the grid from its live sheet, the CLI by evaluating the plan's formulas).
 */
export function checkPlan(plan: Plan, cellErrors: readonly CellError[] = [], memo: CheckMemo = freshCheckMemo()): PlanCheck {
  const totals = planTotals(plan);
  const perService = plan.services.map((service, index) => serviceFindings(plan, service, index, memo));
  // A failed formula counts as 0; the money rules would only repeat that error in other words.
  const withFormulaErrors = new Set(cellErrors.map((cell) => cell.serviceId));
  const aboutMoney = (['funding', 'noParticipants', 'noCost'] as const).flatMap((rule) =>
    perService.flatMap((findings) => findings[rule] ?? []),
  );
  const findings = [
    ...checkSelfDevelopmentLimit(totals, plan),
    ...checkBudgetOverCommunity(totals),
    ...checkFormulaErrors(plan, cellErrors),
    ...perService.flatMap((found) => found.noOutcome ?? []),
    ...aboutMoney.filter((finding) => !(finding.target && withFormulaErrors.has(finding.target.serviceId))),
    ...logicFindings(plan, memo),
  ];
  return { totals, findings };
}

function serviceFindings(plan: Plan, service: Service, index: number, memo: CheckMemo): ServiceFindings {
  const known = memo.services.get(service);
  if (known && known.index === index && known.outcomes === plan.outcomes) return known.findings;
  const outcomes = new Set(plan.outcomes.map((outcome) => outcome.id));
  const findings = {
    noOutcome: serviceNoOutcomeFinding(service, index, outcomes),
    funding: fundingFinding(service, index),
    noParticipants: serviceNoParticipantsFinding(service, index),
    noCost: serviceNoCostFinding(service, index),
  };
  memo.services.set(service, { index, outcomes: plan.outcomes, findings });
  return findings;
}

/** The logic model reads the services' ids, names and links, never their figures: a budget edit leaves its findings as they were. */
function logicFindings(plan: Plan, memo: CheckMemo): Finding[] {
  const known = memo.logic;
  if (known && sameLogicInputs(known.plan, plan)) return known.findings;
  const findings = checkLogicModelRules(plan);
  memo.logic = { plan, findings };
  return findings;
}

function sameLogicInputs(before: Plan, after: Plan): boolean {
  const keys = Object.keys(after) as (keyof Plan)[];
  if (keys.some((key) => key !== 'services' && before[key] !== after[key])) return false;
  if (before.services.length !== after.services.length) return false;
  return before.services.every((was, index) => {
    const now = after.services[index]!;
    return was === now || (was.id === now.id && was.name === now.name && was.outcomeIds === now.outcomeIds);
  });
}

/** Errors block submission; warnings never do. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
