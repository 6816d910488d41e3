import type { Plan, StationStatus } from '../model/plan-schema.ts';
import type { Finding } from '../rules/finding.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { checkEvaluatedPlan } from '../rules/check-evaluated-plan.ts';
import { selfDevelopmentRule } from '../rules/self-development-limit.ts';
import { budgetOverCommunityRule } from '../rules/budget-over-community.ts';
import { stationCompleteness, suggestedStatus, type CompletenessPartId } from '../stations/station-completeness.ts';

/**
 * The reviewer's checklist, drawn from the six stations, which is also what a plan must meet
 * before the team can mark it ready or submit it: one list, so the two can never disagree. Each
 * item passes or names what fails it, by id, so the UI can say it in either language and lead
 * to the place to fix it.
 */
export type ChecklistItem =
  | { check: 'details-complete'; passed: boolean; missing: ('authority' | 'community-budget')[] }
  | { check: 'stations-done'; passed: boolean; pending: PendingStation[]; setByTeam: StationSetByTeam[] }
  | { check: 'services-chosen'; passed: boolean }
  | { check: 'services-linked'; passed: boolean; serviceIds: string[] }
  | { check: 'indicators-complete'; passed: boolean; indicators: { outcomeId: string; indicatorId: string }[] }
  | { check: 'within-budget'; passed: boolean }
  | { check: 'self-development'; passed: boolean }
  | { check: 'no-errors'; passed: boolean; errors: number };

export type ChecklistCheck = ChecklistItem['check'];

/** A station not finished yet: the parts its content still lacks, and whether its status was set by hand before version 3 with no reason. */
export type PendingStation = { station: StationId; missing: CompletenessPartId[]; setByHand: boolean };
/** A station whose status the team set against what its content suggests, with the reason the reviewer reads. */
export type StationSetByTeam = { station: StationId; status: StationStatus; suggested: StationStatus; reason: string };

const waived = (plan: Plan, station: StationId) => (plan.stations[station].waiverReason ?? '').trim() !== '';

/**
 * Each station's standing for the checklist. A station is finished when its content shows every
 * part done and its status is done, when the team set it done with a reason (shown to the
 * reviewer), or when the team stated with a reason that this plan does not need it.
 */
function stationStandings(plan: Plan, findings: readonly Finding[]) {
  const pending: PendingStation[] = [];
  const setByTeam: StationSetByTeam[] = [];
  for (const station of stationIds) {
    if (waived(plan, station)) continue;
    const work = plan.stations[station];
    const parts = stationCompleteness(plan, station, () => findings);
    const suggested = suggestedStatus(parts);
    const reason = (work.statusReason ?? '').trim();
    if (reason !== '' && work.status !== suggested) setByTeam.push({ station, status: work.status, suggested, reason });
    const finished = work.status === 'done' && (suggested === 'done' || reason !== '');
    if (!finished) pending.push({ station, missing: parts.filter((part) => !part.done).map((part) => part.id), setByHand: work.statusReason === '' });
  }
  return { pending, setByTeam };
}

/** `findings` are the plan's, when the caller has them (the budget session keeps them); else they are worked out. */
export function reviewChecklist(plan: Plan, findings: readonly Finding[] = checkEvaluatedPlan(plan).findings): ChecklistItem[] {
  const missing: ('authority' | 'community-budget')[] = [];
  if (plan.details.authority.trim() === '') missing.push('authority');
  if (plan.details.communityBudget <= 0) missing.push('community-budget');
  const { pending, setByTeam } = stationStandings(plan, findings);
  const budgeted = servicesInBudget(plan);
  const unlinked = budgeted.filter((service) => service.outcomeIds.length === 0).map((service) => service.id);
  const incomplete = plan.outcomes.flatMap((outcome) =>
    outcome.indicators.filter((indicator) => indicator.baseline === null || indicator.target === null).map((indicator) => ({ outcomeId: outcome.id, indicatorId: indicator.id })),
  );
  const failed = (rule: string) => findings.some((finding) => finding.rule === rule && finding.severity === 'error');
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return [
    { check: 'details-complete', passed: missing.length === 0, missing },
    { check: 'stations-done', passed: pending.length === 0, pending, setByTeam },
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
