import { formulaFields, type Plan } from '@shared/model/plan-schema.ts';
import { stationIds } from '@shared/model/station-id.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { stationCategories } from '@shared/stations/station-content.ts';

/**
 * Every id in the plan that names an item the plan does not have, as `where → id`. It walks
 * every field of the plan file that refers to another item by id, written out here apart from
 * the code that removes items, so the two check each other. Stored formulas are not walked: a
 * formula that names a removed service or column shows #REF!, as in Excel.
 */
export function danglingReferences(plan: Plan): string[] {
  const found: string[] = [];
  const expect = (where: string, id: string, known: ReadonlySet<string>) => {
    if (!known.has(id)) found.push(`${where} → ${id}`);
  };
  const services = new Set(plan.services.map((service) => service.id));
  const outcomes = new Set(plan.outcomes.map((outcome) => outcome.id));
  const needs = new Set(plan.needs.map((need) => need.id));
  const indicators = new Set(plan.outcomes.flatMap((outcome) => outcome.indicators.map((indicator) => indicator.id)));
  const columns = new Set(plan.budgetColumns.map((column) => column.id));
  const formulaColumns = new Set([...formulaFields, ...columns]);
  const criteria = new Set(plan.priorities.criteria.map((criterion) => criterion.id));
  const bands = new Set(plan.population.bands.map((band) => band.id));
  const nodes = new Set([...services, ...outcomes, ...[...services].map((id) => `service:${id}`), ...[...outcomes].map((id) => `outcome:${id}`)]);

  for (const station of stationIds) {
    const work = plan.stations[station];
    const guide = stationCategories.flatMap((category) => stationById(station)[category].map((item) => item.id));
    const markable = new Set([...guide, ...work.ownItems.map((item) => item.id)]);
    for (const id of work.marked) expect(`stations.${station}.marked`, id, markable);
  }
  for (const year of plan.population.years) for (const count of year.counts) expect(`population.years[${year.year}].counts`, count.bandId, bands);
  for (const entry of plan.population.growthRates) expect('population.growthRates', entry.bandId, bands);
  for (const outcome of plan.outcomes) {
    for (const id of outcome.needIds) expect(`outcomes[${outcome.id}].needIds`, id, needs);
    for (const id of outcome.leadsTo) expect(`outcomes[${outcome.id}].leadsTo`, id, outcomes);
  }
  for (const service of plan.services) {
    for (const id of service.outcomeIds) expect(`services[${service.id}].outcomeIds`, id, outcomes);
    for (const id of service.needIds) expect(`services[${service.id}].needIds`, id, needs);
    for (const entry of service.custom) expect(`services[${service.id}].custom`, entry.columnId, columns);
    for (const entry of service.formulas) expect(`services[${service.id}].formulas`, entry.field, formulaColumns);
  }
  const { priorities } = plan;
  for (const score of priorities.scores) {
    expect('priorities.scores', score.serviceId, services);
    expect('priorities.scores', score.criterionId, criteria);
  }
  for (const pair of priorities.pairwise) {
    expect('priorities.pairwise', pair.a, criteria);
    expect('priorities.pairwise', pair.b, criteria);
  }
  for (const entry of priorities.forced) expect('priorities.forced', entry.serviceId, services);
  for (const decision of priorities.decisions) expect('priorities.decisions', decision.serviceId, services);
  for (const scenario of priorities.scenarios) for (const id of scenario.serviceIds) expect(`priorities.scenarios[${scenario.id}]`, id, services);
  for (const item of plan.implementation) {
    expect('implementation', item.serviceId, services);
    for (const id of item.indicatorIds) expect(`implementation[${item.serviceId}].indicatorIds`, id, indicators);
    for (const target of item.quarterlyTargets) expect(`implementation[${item.serviceId}].quarterlyTargets`, target.indicatorId, indicators);
    for (const actual of item.indicatorActuals) expect(`implementation[${item.serviceId}].indicatorActuals`, actual.indicatorId, indicators);
  }
  const partners = new Set(plan.partners.map((partner) => partner.id));
  const existing = new Set(plan.existingServices.map((service) => service.id));
  const activities = new Set(plan.activities.map((activity) => activity.id));
  for (const activity of plan.activities) {
    for (const id of activity.partnerIds) expect(`activities[${activity.id}].partnerIds`, id, partners);
    for (const finding of activity.findings) if (finding.needId !== null) expect(`activities[${activity.id}].findings[${finding.id}].needId`, finding.needId, needs);
  }
  for (const service of plan.existingServices) if (service.partnerId !== null) expect(`existingServices[${service.id}].partnerId`, service.partnerId, partners);
  for (const service of plan.services) if (service.partnerId !== null) expect(`services[${service.id}].partnerId`, service.partnerId, partners);
  for (const item of plan.implementation) {
    for (const id of item.partnerIds) expect(`implementation[${item.serviceId}].partnerIds`, id, partners);
    if (item.ownerPartnerId !== null) expect(`implementation[${item.serviceId}].ownerPartnerId`, item.ownerPartnerId, partners);
  }
  for (const service of plan.services) if (service.existingServiceId !== null) expect(`services[${service.id}].existingServiceId`, service.existingServiceId, existing);
  const linkable = { need: needs, outcome: outcomes, service: services, 'existing-service': existing, activity: activities, 'population-year': new Set(plan.population.years.map((year) => String(year.year))) };
  for (const station of stationIds) {
    for (const answer of plan.stations[station].answers) for (const link of answer.links) expect(`stations.${station}.answers[${answer.questionId}].links`, link.id, linkable[link.kind]);
  }
  // Goals and inputs are derived from the plan and never removed.
  for (const note of plan.logicModelNotes) if (!/^(goal|input):/.test(note.nodeId)) expect(`logicModelNotes[${note.id}]`, note.nodeId, nodes);
  return found;
}
