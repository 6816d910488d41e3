import type { Plan } from '../model/plan-schema.ts';
import type { Finding } from '../rules/finding.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { checkEvaluatedPlan } from '../rules/check-evaluated-plan.ts';
import { selfDevelopmentRule } from '../rules/self-development-limit.ts';
import { budgetOverCommunityRule } from '../rules/budget-over-community.ts';

/**
 * The reviewer's checklist, drawn from the six stations, which is also what a plan must meet
 * before the team can mark it ready or submit it: one list, so the two can never disagree. Each
 * item passes or names what fails it, by id, so the UI can say it in either language and lead
 * to the place to fix it.
 */
export type ChecklistItem =
  | { check: 'details-complete'; passed: boolean; missing: ('authority' | 'community-budget')[] }
  | { check: 'stations-done'; passed: boolean; pending: StationId[] }
  | { check: 'services-chosen'; passed: boolean }
  | { check: 'services-linked'; passed: boolean; serviceIds: string[] }
  | { check: 'indicators-complete'; passed: boolean; indicators: { outcomeId: string; indicatorId: string }[] }
  | { check: 'within-budget'; passed: boolean }
  | { check: 'self-development'; passed: boolean }
  | { check: 'no-errors'; passed: boolean; errors: number };

export type ChecklistCheck = ChecklistItem['check'];

/** A station counts as finished when the team marked it done, or stated with a reason that this plan does not need it. */
export const stationFinished = (plan: Plan, station: StationId) =>
  plan.stations[station].status === 'done' || (plan.stations[station].waiverReason ?? '').trim() !== '';

/** `findings` are the plan's, when the caller has them (the budget session keeps them); else they are worked out. */
export function reviewChecklist(plan: Plan, findings: readonly Finding[] = checkEvaluatedPlan(plan).findings): ChecklistItem[] {
  const missing: ('authority' | 'community-budget')[] = [];
  if (plan.details.authority.trim() === '') missing.push('authority');
  if (plan.details.communityBudget <= 0) missing.push('community-budget');
  const pending = stationIds.filter((station) => !stationFinished(plan, station));
  const budgeted = servicesInBudget(plan);
  const unlinked = budgeted.filter((service) => service.outcomeIds.length === 0).map((service) => service.id);
  const incomplete = plan.outcomes.flatMap((outcome) =>
    outcome.indicators.filter((indicator) => indicator.baseline === null || indicator.target === null).map((indicator) => ({ outcomeId: outcome.id, indicatorId: indicator.id })),
  );
  const failed = (rule: string) => findings.some((finding) => finding.rule === rule && finding.severity === 'error');
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return [
    { check: 'details-complete', passed: missing.length === 0, missing },
    { check: 'stations-done', passed: pending.length === 0, pending },
    { check: 'services-chosen', passed: budgeted.length > 0 },
    { check: 'services-linked', passed: unlinked.length === 0, serviceIds: unlinked },
    { check: 'indicators-complete', passed: incomplete.length === 0 && plan.outcomes.some((outcome) => outcome.indicators.length > 0), indicators: incomplete },
    { check: 'within-budget', passed: !failed(budgetOverCommunityRule) },
    { check: 'self-development', passed: !failed(selfDevelopmentRule) },
    { check: 'no-errors', passed: errors === 0, errors },
  ];
}

/** What the plan still lacks before it can be marked ready or submitted; empty when it may go. */
export function unmetRequirements(plan: Plan, findings?: readonly Finding[]): ChecklistItem[] {
  return reviewChecklist(plan, findings).filter((item) => !item.passed);
}
