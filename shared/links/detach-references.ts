import type { Draft } from 'immer';
import type { Plan } from '../model/plan-schema.ts';
import type { StationId } from '../model/station-id.ts';
import { outcomeNodeId, serviceNodeId } from '../logic-model/logic-graph.ts';

/** Items a command has just taken out of the plan, by id. An outcome's indicators go with it, so they are listed too. */
export type RemovedItems = {
  services?: readonly string[];
  outcomes?: readonly string[];
  needs?: readonly string[];
  indicators?: readonly string[];
  budgetColumns?: readonly string[];
  ageBands?: readonly string[];
  partners?: readonly string[];
  existingServices?: readonly string[];
  activities?: readonly string[];
  populationYears?: readonly number[];
  /** An own item is marked in its own station only. */
  ownItems?: readonly { station: StationId; id: string }[];
};

/**
 * The list without the entries `gone` picks, or the very same list when it picks none: an item
 * that keeps its lists stays unchanged for immer, so the budget session sees nothing to redo.
 */
function dropping<T>(list: T[], gone: (entry: T) => boolean): T[] {
  return list.some(gone) ? list.filter((entry) => !gone(entry)) : list;
}

/**
 * Takes out every reference to items a command removed, so no id in the plan points at nothing:
 * the one place that knows where the plan refers to what. Call it after taking the items out.
 * Formulas are left alone: one that named a removed service or column shows #REF!, as in Excel,
 * and the team sees where.
 */
export function detachReferences(draft: Draft<Plan>, removed: RemovedItems): void {
  const services = new Set(removed.services);
  const outcomes = new Set(removed.outcomes);
  const needs = new Set(removed.needs);
  const indicators = new Set(removed.indicators);
  const columns = new Set(removed.budgetColumns);
  const bands = new Set(removed.ageBands);
  const partners = new Set(removed.partners);
  const existing = new Set(removed.existingServices);
  const activities = new Set(removed.activities);

  for (const outcome of draft.outcomes) {
    outcome.leadsTo = dropping(outcome.leadsTo, (id) => outcomes.has(id));
    outcome.needIds = dropping(outcome.needIds, (id) => needs.has(id));
  }
  for (const service of draft.services) {
    service.outcomeIds = dropping(service.outcomeIds, (id) => outcomes.has(id));
    service.needIds = dropping(service.needIds, (id) => needs.has(id));
    service.custom = dropping(service.custom, (entry) => columns.has(entry.columnId));
    // A formula stands in an own column by the column's id.
    service.formulas = dropping(service.formulas, (entry) => columns.has(entry.field));
    if (service.existingServiceId !== null && existing.has(service.existingServiceId)) service.existingServiceId = null;
    if (service.partnerId !== null && partners.has(service.partnerId)) service.partnerId = null;
  }

  // A finding that became a need stays a finding when the need goes.
  for (const activity of draft.activities) {
    activity.partnerIds = dropping(activity.partnerIds, (id) => partners.has(id));
    for (const finding of activity.findings) if (finding.needId !== null && needs.has(finding.needId)) finding.needId = null;
  }
  for (const service of draft.existingServices) if (service.partnerId !== null && partners.has(service.partnerId)) service.partnerId = null;

  // An answer keeps its text when an item it rested on goes; only the link goes.
  const goneLinks: Record<(typeof draft.stations)[StationId]['answers'][number]['links'][number]['kind'], Set<string>> = {
    need: needs,
    outcome: outcomes,
    service: services,
    'existing-service': existing,
    activity: activities,
    'population-year': new Set((removed.populationYears ?? []).map(String)),
  };
  for (const station of Object.values(draft.stations)) {
    for (const answer of station.answers) answer.links = dropping(answer.links, (link) => goneLinks[link.kind].has(link.id));
  }

  const { priorities } = draft;
  priorities.scores = dropping(priorities.scores, (score) => services.has(score.serviceId));
  priorities.forced = dropping(priorities.forced, (entry) => services.has(entry.serviceId));
  priorities.decisions = dropping(priorities.decisions, (decision) => services.has(decision.serviceId));
  for (const scenario of priorities.scenarios) scenario.serviceIds = dropping(scenario.serviceIds, (id) => services.has(id));

  // A service's work plan is about that service only, so it goes with it.
  draft.implementation = dropping(draft.implementation, (item) => services.has(item.serviceId));
  for (const item of draft.implementation) {
    item.indicatorIds = dropping(item.indicatorIds, (id) => indicators.has(id));
    item.quarterlyTargets = dropping(item.quarterlyTargets, (target) => indicators.has(target.indicatorId));
    item.indicatorActuals = dropping(item.indicatorActuals, (actual) => indicators.has(actual.indicatorId));
    item.partnerIds = dropping(item.partnerIds, (id) => partners.has(id));
    if (item.ownerPartnerId !== null && partners.has(item.ownerPartnerId)) item.ownerPartnerId = null;
  }

  const goneNodes = new Set([...services].map(serviceNodeId).concat([...outcomes].map(outcomeNodeId)));
  const remains = (id: string) => draft.services.some((service) => service.id === id) || draft.outcomes.some((outcome) => outcome.id === id);
  // A note stores its service's or outcome's own id (by hand, its node id `outcome:…`); a bare
  // id that a remaining item still spells keeps the note, which now reads as attached to that item.
  draft.logicModelNotes = dropping(
    draft.logicModelNotes,
    ({ nodeId }) => goneNodes.has(nodeId) || ((services.has(nodeId) || outcomes.has(nodeId)) && !remains(nodeId)),
  );

  const { population } = draft;
  population.growthRates = dropping(population.growthRates, (entry) => bands.has(entry.bandId));
  for (const year of population.years) year.counts = dropping(year.counts, (count) => bands.has(count.bandId));

  for (const { station, id } of removed.ownItems ?? []) {
    draft.stations[station].marked = dropping(draft.stations[station].marked, (marked) => marked === id);
    // An own question's answer goes with the question.
    draft.stations[station].answers = dropping(draft.stations[station].answers, (answer) => answer.questionId === id);
  }
}
