import { produce } from 'immer';
import type { Plan, StationStatus } from '../model/plan-schema.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { checkEvaluatedPlan } from '../rules/check-evaluated-plan.ts';
import { checkPlan } from '../rules/validate-plan.ts';
import type { Finding } from '../rules/finding.ts';
import { suggestedStationStatus } from './station-completeness.ts';

/**
 * The budget's findings for a plan held without a budget session (a command, the CLI). A plan
 * with no formula is its own evaluation, so it is checked as it is, without building a formula
 * sheet; otherwise the formulas are evaluated (memoised per plan).
 */
export function budgetFindingsOf(plan: Plan): readonly Finding[] {
  const hasFormulas = plan.budgetColumns.some((column) => column.formula !== null) || plan.services.some((service) => service.formulas.length > 0);
  return hasFormulas ? checkEvaluatedPlan(plan).findings : checkPlan(plan).findings;
}

/**
 * Every station whose status follows the suggestion (`statusReason` null) given the status its
 * content suggests now. Returns the same plan when every status is already in step, so an edit
 * that changes no status keeps immer's sharing and the budget session's change detection.
 */
export function followSuggestedStatuses(plan: Plan): Plan {
  const changes: [StationId, StationStatus][] = [];
  for (const station of stationIds) {
    const work = plan.stations[station];
    if (work.statusReason !== null) continue;
    const suggested = suggestedStationStatus(plan, station, () => budgetFindingsOf(plan));
    if (suggested !== work.status) changes.push([station, suggested]);
  }
  if (changes.length === 0) return plan;
  return produce(plan, (draft) => {
    for (const [station, status] of changes) draft.stations[station].status = status;
  });
}
