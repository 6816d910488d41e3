import type { Plan } from '../model/plan-schema.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { checkEvaluatedPlan } from '../rules/check-evaluated-plan.ts';
import { selfDevelopmentRule } from '../rules/self-development-limit.ts';

/**
 * The reviewer's checklist, drawn from the six stations: each item passes or names what fails it,
 * by id, so the UI can say it in either language and lead to it.
 */
export type ChecklistItem =
  | { check: 'stations-done'; passed: boolean; pending: StationId[] }
  | { check: 'services-linked'; passed: boolean; serviceIds: string[] }
  | { check: 'indicators-complete'; passed: boolean; indicators: { outcomeId: string; indicatorId: string }[] }
  | { check: 'self-development'; passed: boolean }
  | { check: 'no-errors'; passed: boolean; errors: number };

export function reviewChecklist(plan: Plan): ChecklistItem[] {
  const pending = stationIds.filter((station) => plan.stations[station].status !== 'done');
  const unlinked = servicesInBudget(plan).filter((service) => service.outcomeIds.length === 0).map((service) => service.id);
  const incomplete = plan.outcomes.flatMap((outcome) =>
    outcome.indicators.filter((indicator) => indicator.baseline === null || indicator.target === null).map((indicator) => ({ outcomeId: outcome.id, indicatorId: indicator.id })),
  );
  const findings = checkEvaluatedPlan(plan).findings;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return [
    { check: 'stations-done', passed: pending.length === 0, pending },
    { check: 'services-linked', passed: unlinked.length === 0, serviceIds: unlinked },
    { check: 'indicators-complete', passed: incomplete.length === 0 && plan.outcomes.some((outcome) => outcome.indicators.length > 0), indicators: incomplete },
    { check: 'self-development', passed: !findings.some((finding) => finding.rule === selfDevelopmentRule && finding.severity === 'error') },
    { check: 'no-errors', passed: errors === 0, errors },
  ];
}
