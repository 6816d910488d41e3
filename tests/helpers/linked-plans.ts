import { newExistingService } from '@shared/model/new-existing-service.ts';
import { blankWorkItem } from '@shared/commands/work-plan-commands.ts';
import { administrationGoals, type Plan } from '@shared/model/plan-schema.ts';
import { stationIds } from '@shared/model/station-id.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { quarters } from '@shared/implementation/quarter-monitoring.ts';
import { generatedPlan } from './generated-plans.ts';

function randomFrom(seed: number) {
  let state = (seed * 7_919) >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    some: <T>(items: readonly T[], probability: number) => items.filter(() => next() < probability),
  };
}

/**
 * A generated plan in which every kind of item is pointed at from everywhere the plan can point
 * at it: scores, pairwise judgements, forced services, decisions and scenarios; work plans that
 * monitor indicators; notes on services, outcomes (by bare id and by node id) and a goal; own
 * station items marked with the guide's; population figures and growth rates by band; besides
 * the needs, outcomes, links and own columns a generated plan has already.
 */
export function linkedPlan(seed: number, serviceCount = 12): Plan {
  const plan = generatedPlan(seed, serviceCount);
  const random = randomFrom(seed);
  const serviceIds = plan.services.map((service) => service.id);
  const criteria = plan.priorities.criteria.map((criterion) => criterion.id);
  const indicators = plan.outcomes.flatMap((outcome) => outcome.indicators.map((indicator) => indicator.id));
  const outcomes = plan.outcomes.map((outcome) => outcome.id);
  const bands = plan.population.bands.map((band) => band.id);
  const needs = plan.needs.map((need) => need.id);
  const partners = [1, 2, 3].map((number) => ({ id: `partner-${number}`, name: `שותף ${number}`, kind: 'ngo' as const, contactRole: '' }));
  const existingServices = [1, 2].map((number) => ({ ...newExistingService(`existing-${number}`), name: `שירות קיים ${number}`, partnerId: random.pick(partners).id }));
  const activities = [1, 2].map((number) => ({
    id: `activity-${number}`,
    kind: 'focus-group' as const,
    title: `קבוצת מיקוד ${number}`,
    date: null,
    place: '',
    invitedGroups: [],
    attendance: { total: 12, byAgeBand: [], byGroup: [] },
    partnerIds: random.some(partners.map((partner) => partner.id), 0.5),
    facilitators: '',
    materials: [],
    findings: [1, 2].map((finding) => ({ id: `finding-${number}-${finding}`, text: 'ממצא', needId: needs.length > 0 ? random.pick(needs) : null })),
  }));
  const linkables = [
    ...needs.map((id) => ({ kind: 'need' as const, id })),
    ...outcomes.map((id) => ({ kind: 'outcome' as const, id })),
    ...serviceIds.map((id) => ({ kind: 'service' as const, id })),
    ...existingServices.map(({ id }) => ({ kind: 'existing-service' as const, id })),
    ...activities.map(({ id }) => ({ kind: 'activity' as const, id })),
    ...plan.population.years.map(({ year }) => ({ kind: 'population-year' as const, id: String(year) })),
  ];
  return {
    ...plan,
    partners,
    activities,
    existingServices,
    services: plan.services.map((service, index) => ({
      ...service,
      partnerId: random.some(partners.map((partner) => partner.id), 0.3)[0] ?? null,
      existingServiceId: index === 0 ? existingServices[0]!.id : service.existingServiceId,
    })),
    stations: Object.fromEntries(
      stationIds.map((station) => {
        const own = [1, 2].map((number) => ({ id: `own-${station}-${number}`, category: 'topics' as const, text: `פריט ${number}` }));
        const guide = stationById(station).topics.map((item) => item.id);
        const questions = stationById(station).questions.slice(0, 2);
        const answers = questions.map((question) => ({ questionId: question.id, text: 'תשובה', answeredBy: 'צוות', answeredAt: '2027-01-01T00:00:00.000Z', links: random.some(linkables, 0.2) }));
        return [station, { ...plan.stations[station], ownItems: own, marked: [...random.some(guide, 0.5), ...own.map((item) => item.id)], answers }];
      }),
    ) as Plan['stations'],
    population: {
      ...plan.population,
      years: plan.population.years.map((year) => ({ ...year, counts: bands.map((bandId, index) => ({ bandId, count: 1_000 * (index + 1) })) })),
      growthRates: bands.map((bandId) => ({ bandId, rate: 0.02 })),
    },
    priorities: {
      criteria: plan.priorities.criteria,
      scores: serviceIds.flatMap((serviceId) => random.some(criteria, 0.6).map((criterionId) => ({ serviceId, criterionId, score: 5 }))),
      pairwise: criteria.slice(1).map((b) => ({ a: criteria[0]!, b, value: 3 })),
      forced: random.some(serviceIds, 0.2).map((serviceId) => ({ serviceId, mode: 'in' as const })),
      decisions: random.some(serviceIds, 0.5).map((serviceId) => ({ serviceId, decision: 'approved' as const, rationale: '', at: '2027-01-01T00:00:00.000Z' })),
      scenarios: [1, 2].map((number) => ({ id: `scenario-${number}`, name: `תרחיש ${number}`, serviceIds: random.some(serviceIds, 0.5), createdAt: '2027-01-01T00:00:00.000Z' })),
    },
    implementation: random.some(serviceIds, 0.6).map((serviceId) => {
      const monitored = random.some(indicators, 0.7);
      return {
        ...blankWorkItem(serviceId),
        ownerPartnerId: random.some(partners.map((partner) => partner.id), 0.3)[0] ?? null,
        partnerIds: random.some(partners.map((partner) => partner.id), 0.5),
        indicatorIds: monitored,
        quarterlyTargets: monitored.flatMap((indicatorId) => quarters.map((quarter) => ({ indicatorId, quarter, value: 10 }))),
        indicatorActuals: monitored.map((indicatorId) => ({ indicatorId, quarter: 1, value: 8 })),
      };
    }),
    logicModelNotes: [
      ...random.some(serviceIds, 0.3).map((nodeId) => ({ id: `note-${nodeId}`, nodeId, kind: 'assumption' as const, text: 'הנחה' })),
      ...outcomes.map((id, index) => ({ id: `note-${id}`, nodeId: index % 2 === 0 ? id : `outcome:${id}`, kind: 'external-factor' as const, text: 'גורם חיצוני' })),
      { id: 'note-goal', nodeId: `goal:${random.pick(administrationGoals)}`, kind: 'assumption', text: 'הנחה על היעד' },
    ],
  };
}
