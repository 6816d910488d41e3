import type { Plan, StationStatus } from '../model/plan-schema.ts';
import type { StationId } from '../model/station-id.ts';
import type { Finding } from '../rules/finding.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { budgetOverCommunityRule } from '../rules/budget-over-community.ts';
import { selfDevelopmentRule } from '../rules/self-development-limit.ts';
import { answeredCount } from './guiding-answers.ts';
import type { StationSectionId } from './station-sections.ts';

/** The parts of the guide's stations that say whether a station's work is done; each id is a catalogue key under `progress.part.`. */
export const completenessPartIds = [
  'population-actual',
  'population-plan-year',
  'existing-services',
  'participation',
  'needs',
  'outcomes',
  'indicators',
  'leading-values',
  'services',
  'services-linked',
  'services-costed',
  'within-community-budget',
  'self-development-limit',
  'no-budget-errors',
  'services-scored',
  'decisions',
  'work-items',
  'owners-and-milestones',
  'questions',
] as const;
export type CompletenessPartId = (typeof completenessPartIds)[number];

/** One part: whether it is done, the part of the station's page where it is filled, and for the questions, how many of how many. */
export type CompletenessPart = { id: CompletenessPartId; done: boolean; section: StationSectionId; count?: { done: number; of: number } };

/**
 * The budget's findings, asked for only when a part needs them: evaluating the formulas of a
 * large plan is the one costly step, and the caller may already hold them (the budget session).
 */
export type BudgetFindings = () => readonly Finding[];

const part = (id: CompletenessPartId, done: boolean, section: StationSectionId): CompletenessPart => ({ id, done, section });

/** The station's guiding questions (the guide's and the team's own), done when every one has a written answer. */
function questionsPart(plan: Plan, station: StationId): CompletenessPart {
  const { answered, questions } = answeredCount(plan, station);
  return { id: 'questions', done: answered === questions, section: 'guide', count: { done: answered, of: questions } };
}

const hasCounts = (year: Plan['population']['years'][number]) => year.counts.some((count) => count.count > 0);

function currentStateParts(plan: Plan): CompletenessPart[] {
  const years = plan.population.years;
  return [
    part('population-actual', years.some((year) => year.kind === 'actual' && hasCounts(year)), 'population'),
    part('population-plan-year', years.some((year) => year.year === plan.details.year && hasCounts(year)), 'population'),
    part('existing-services', plan.existingServices.length > 0, 'existing-services'),
    part('participation', plan.activities.length > 0, 'participation'),
    part('needs', plan.needs.length > 0, 'needs'),
  ];
}

function desiredStateParts(plan: Plan): CompletenessPart[] {
  const indicators = plan.outcomes.flatMap((outcome) => outcome.indicators);
  return [
    part('outcomes', plan.outcomes.length > 0, 'outcomes'),
    part(
      'indicators',
      plan.outcomes.length > 0 &&
        plan.outcomes.every((outcome) => outcome.indicators.length > 0) &&
        indicators.every((indicator) => indicator.baseline !== null && indicator.target !== null),
      'outcomes',
    ),
    part('leading-values', plan.leadingValues.some((value) => value.trim() !== ''), 'leading-values'),
  ];
}

function serviceMixParts(plan: Plan): CompletenessPart[] {
  return [
    part('services', plan.services.length > 0, 'service-mix'),
    part('services-linked', plan.services.length > 0 && plan.services.every((service) => service.outcomeIds.length > 0), 'service-mix'),
  ];
}

/** A figure the team typed, or a formula that gives it. */
const entered = (service: Plan['services'][number], field: string, value: number) => value > 0 || service.formulas.some((entry) => entry.field === field);

function resourcesParts(plan: Plan, budgetFindings: BudgetFindings): CompletenessPart[] {
  const budgeted = servicesInBudget(plan);
  const costed =
    budgeted.length > 0 &&
    budgeted.every(
      (service) => entered(service, 'participants', service.participants) && entered(service, 'perYear', service.frequency.perYear) && entered(service, 'unitCost', service.unitCost),
    );
  // With nothing costed there is no budget to judge, so the budget's own checks wait for it.
  const findings = costed ? budgetFindings() : null;
  const failed = (rule: string) => findings === null || findings.some((finding) => finding.rule === rule && finding.severity === 'error');
  return [
    part('services-costed', costed, 'budget'),
    part('within-community-budget', plan.details.communityBudget > 0 && !failed(budgetOverCommunityRule), 'budget'),
    part('self-development-limit', !failed(selfDevelopmentRule), 'budget'),
    part('no-budget-errors', findings !== null && !findings.some((finding) => finding.severity === 'error'), 'budget'),
  ];
}

function prioritizationParts(plan: Plan): CompletenessPart[] {
  const { criteria, scores, decisions } = plan.priorities;
  const weighted = new Set(criteria.filter((criterion) => criterion.weight > 0).map((criterion) => criterion.id));
  const scored = new Set(scores.filter((score) => weighted.has(score.criterionId)).map((score) => score.serviceId));
  const decided = new Set(decisions.map((decision) => decision.serviceId));
  // A new plan starts with the guide's weighted criteria, so the work is scoring the services by them.
  return [
    part('services-scored', plan.services.length > 0 && plan.services.every((service) => scored.has(service.id)), 'priorities'),
    part('decisions', plan.services.length > 0 && plan.services.every((service) => decided.has(service.id)), 'priorities'),
  ];
}

function implementationParts(plan: Plan): CompletenessPart[] {
  const budgeted = servicesInBudget(plan);
  const items = new Map(plan.implementation.map((item) => [item.serviceId, item]));
  const planned = budgeted.map((service) => items.get(service.id));
  return [
    part('work-items', budgeted.length > 0 && planned.every((item) => item !== undefined), 'work-plan'),
    part('owners-and-milestones', budgeted.length > 0 && planned.every((item) => item !== undefined && item.owner.trim() !== '' && item.milestones.length > 0), 'work-plan'),
  ];
}

/**
 * What a station's own content shows done, part by part: the work the guide asks of the station,
 * then its guiding questions answered. `budgetFindings` gives the budget's findings (station 4).
 */
export function stationCompleteness(plan: Plan, station: StationId, budgetFindings: BudgetFindings): CompletenessPart[] {
  const work = (() => {
    switch (station) {
      case 'current-state':
        return currentStateParts(plan);
      case 'desired-state':
        return desiredStateParts(plan);
      case 'service-mix':
        return serviceMixParts(plan);
      case 'resources':
        return resourcesParts(plan, budgetFindings);
      case 'prioritization':
        return prioritizationParts(plan);
      case 'implementation':
        return implementationParts(plan);
    }
  })();
  return [...work, questionsPart(plan, station)];
}

/** Nothing done or begun (one question of nine answered is a beginning): not started; everything done: done; anything between: in progress. */
export function suggestedStatus(parts: readonly CompletenessPart[]): StationStatus {
  if (parts.every((candidate) => candidate.done)) return 'done';
  return parts.some((candidate) => candidate.done || (candidate.count?.done ?? 0) > 0) ? 'in-progress' : 'not-started';
}

const noFindings: BudgetFindings = () => [];

/**
 * The status a station's content suggests. The budget's findings can only tell "in progress"
 * from "done" in station 4 once its questions are all answered, so until then they are not
 * asked for: a grid edit in a large plan then evaluates no formulas for the status.
 */
export function suggestedStationStatus(plan: Plan, station: StationId, budgetFindings: BudgetFindings): StationStatus {
  const findings = station === 'resources' && !questionsPart(plan, station).done ? noFindings : budgetFindings;
  return suggestedStatus(stationCompleteness(plan, station, findings));
}
