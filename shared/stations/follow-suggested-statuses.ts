import { produce } from 'immer';
import type { Plan, StationStatus } from '../model/plan-schema.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { checkPlan, freshCheckMemo } from '../rules/validate-plan.ts';
import type { Finding } from '../rules/finding.ts';
import { suggestedStationStatus } from './station-completeness.ts';

/**
 * Per-service findings kept by the service object: immer shares the services an edit did not
 * touch, so following the statuses costs one service's check per edit, not the whole plan's.
 * (It keeps the last plan's logic-model findings, and nothing else of any plan.)
 */
const checkMemo = freshCheckMemo();

/**
 * The budget's findings for a plan held without a budget session (a command, the CLI). Formulas
 * are not evaluated again here, which at 5,000 services cost half a second an edit: a plan holds
 * the values last worked out, so only the cells a formula takes from the cell just edited can be
 * one edit behind, and the next edit puts the suggestion right. The grid's own findings, from
 * the budget session, are exact.
 */
export function budgetFindingsOf(plan: Plan): readonly Finding[] {
  return checkPlan(plan, [], checkMemo).findings;
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
