import { columnHeading, standardColumnHeadings, type StandardColumnId } from '../budget/budget-columns.ts';
import { shekelsFromAgorot } from '../budget/money.ts';
import { frequencyUnitLabelKeys, serviceKindLabelKeys } from '../budget/option-labels.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { labelMessages, message, type Message } from '../i18n/message.ts';
import { decisionsByService } from '../model/decision-in-force.ts';
import { deliveryLabelKeys, operatorLabelKeys, selfDevelopmentBaseLabelKeys, yesNoLabelKeys } from '../model/option-labels.ts';
import type { Plan, Service } from '../model/plan-schema.ts';
import { field, items, object, set, valueMap, type Part } from './plan-diff-engine.ts';
import { entryName, labelWith, nameIn, nameLabel } from './plan-diff-names.ts';

/*
 * The plan's details, policy, services, own budget columns, priorities and work plan, as the diff
 * reads them: each field with the name the app gives it and how it is measured.
 */

/** The grid's own heading for a column, so a change reads as the budget grid names it. */
function columnHeader(id: StandardColumnId): Message {
  return standardColumnHeadings[id];
}

const flagLabels = labelMessages({ true: yesNoLabelKeys.yes, false: yesNoLabelKeys.no });

export const detailsParts: Part<Plan> = object('details', (plan: Plan) => plan.details, [
  field({ key: 'authority', label: message('planDiff.authority'), measure: 'text', read: (details) => details.authority }),
  field({ key: 'year', label: message('planDiff.planYear'), measure: 'year', read: (details) => details.year }),
  field({ key: 'cluster', label: message('planDiff.cluster'), measure: 'text', read: (details) => details.cluster }),
  field({ key: 'communityBudget', label: message('planDiff.total.communityServicesBudget'), measure: 'money', read: (details) => details.communityBudget }),
  field({ key: 'preparedBy', label: message('planDiff.preparedBy'), measure: 'text', read: (details) => details.preparedBy }),
  field({ key: 'illustrative', label: message('planDiff.illustrativeFiguresOnly'), measure: 'flag', read: (details) => details.illustrative, options: flagLabels }),
]);

export const policyParts: Part<Plan> = object('policy', (plan: Plan) => plan.policy, [
  field({ key: 'selfDevelopmentLimit', label: message('planDiff.selfDevelopmentLimit'), measure: 'share', read: (policy) => policy.selfDevelopmentLimit }),
  field({ key: 'selfDevelopmentBase', label: message('planDiff.theLimitIsMeasuredAgainst'), measure: 'choice', read: (policy) => policy.selfDevelopmentBase, options: labelMessages(selfDevelopmentBaseLabelKeys) }),
  field({ key: 'ministryShare', label: message('planDiff.ministrysPartOfMatchedFunding'), measure: 'share', read: (policy) => policy.ministryShare }),
]);

const serviceTotalFigure = {
  key: 'total',
  label: columnHeader('total'),
  measure: 'money',
  read: (service: Service) => shekelsFromAgorot(serviceTotal(service)),
  derived: true,
} as const;

export const servicesParts: Part<Plan> = items({
  key: 'services',
  label: message('planDiff.service'),
  list: (plan: Plan) => plan.services,
  id: (service) => service.id,
  name: (service) => service.name,
  summary: [serviceTotalFigure],
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (service) => service.name }),
    field({ key: 'description', label: message('planDiff.description'), measure: 'text', read: (service) => service.description }),
    field({ key: 'kind', label: columnHeader('kind'), measure: 'choice', read: (service) => service.kind, options: labelMessages(serviceKindLabelKeys) }),
    field({ key: 'delivery', label: message('planDiff.delivery'), measure: 'choice', read: (service) => service.delivery, options: labelMessages(deliveryLabelKeys) }),
    field({ key: 'targetGroup', label: message('planDiff.targetGroup'), measure: 'text', read: (service) => service.targetGroup }),
    field({ key: 'operator', label: message('planDiff.operator'), measure: 'choice', read: (service) => service.operator, options: labelMessages(operatorLabelKeys) }),
    set('partnerId', message('planDiff.operatingPartner'), (service) => (service.partnerId === null ? [] : [service.partnerId]), entryName('partners')),
    field({ key: 'budgetLine', label: columnHeader('budgetLine'), measure: 'text', read: (service) => service.budgetLine }),
    field({ key: 'participants', label: columnHeader('participants'), measure: 'number', read: (service) => service.participants }),
    object('frequency', (service: Service) => service.frequency, [
      field({ key: 'unit', label: columnHeader('frequencyUnit'), measure: 'choice', read: (frequency) => frequency.unit, options: labelMessages(frequencyUnitLabelKeys) }),
      field({ key: 'perYear', label: columnHeader('perYear'), measure: 'number', read: (frequency) => frequency.perYear }),
    ]),
    field({ key: 'unitCost', label: columnHeader('unitCost'), measure: 'money', read: (service) => service.unitCost }),
    field(serviceTotalFigure),
    object('funding', (service: Service) => service.funding, [
      field({ key: 'ministry', label: columnHeader('ministry'), measure: 'money', read: (funding) => funding.ministry }),
      field({ key: 'authority', label: columnHeader('authority'), measure: 'money', read: (funding) => funding.authority }),
      field({ key: 'other', label: columnHeader('other'), measure: 'money', read: (funding) => funding.other }),
      field({ key: 'otherSource', label: columnHeader('otherSource'), measure: 'text', read: (funding) => funding.otherSource }),
    ]),
    field({ key: 'staffHours', label: columnHeader('staffHours'), measure: 'number', read: (service) => service.staffHours }),
    set('outcomeIds', message('planDiff.outcomesItAdvances'), (service) => service.outcomeIds, entryName('outcomes')),
    set('needIds', message('planDiff.needsItAnswers'), (service) => service.needIds, entryName('needs')),
    field({ key: 'notes', label: columnHeader('notes'), measure: 'text', read: (service) => service.notes }),
    valueMap(
      'formulas',
      'formula',
      (service) => service.formulas.map((entry) => ({ keys: [entry.field], value: entry.formula })),
      ([column], plan) => labelWith(message('planDiff.formula'), columnHeading(plan, column!)),
    ),
    valueMap(
      'custom',
      'number',
      (service) => service.custom.map((entry) => ({ keys: [entry.columnId], value: entry.value })),
      ([column], plan) => labelWith(message('planDiff.ownColumn'), columnHeading(plan, column!)),
    ),
    field({ key: 'copiedFrom', label: message('planDiff.copiedFrom'), measure: 'text', read: (service) => service.copiedFrom }),
  ],
});

export const budgetColumnsParts: Part<Plan> = items({
  key: 'budgetColumns',
  label: message('planDiff.ownColumn'),
  list: (plan: Plan) => plan.budgetColumns,
  id: (column) => column.id,
  name: (column) => column.label,
  parts: [
    field({ key: 'label', label: message('planDiff.heading'), measure: 'text', read: (column) => column.label }),
    field({ key: 'formula', label: message('planDiff.formulaForTheWholeColumn'), measure: 'formula', read: (column) => column.formula }),
  ],
});

const decisionLabels: Record<Plan['priorities']['decisions'][number]['decision'], Message> = {
  approved: message('planDiff.decision.approved'),
  deferred: message('planDiff.decision.deferred'),
  rejected: message('planDiff.decision.rejected'),
};

const forcedLabels: Record<Plan['priorities']['forced'][number]['mode'], Message> = {
  in: message('planDiff.forced.in'),
  out: message('planDiff.forced.out'),
};

type Priorities = Plan['priorities'];

/** A pair compared either way round is the same judgement: a against b at 3 is b against a at 1/3. */
function pairwiseEntries(priorities: Priorities, shared: ReadonlySet<string>) {
  return priorities.pairwise
    .filter((pair) => shared.has(pair.a) && shared.has(pair.b))
    .map((pair) => (pair.a <= pair.b ? { keys: [pair.a, pair.b], value: pair.value } : { keys: [pair.b, pair.a], value: 1 / pair.value }));
}

/**
 * Station 5. Decisions are a history; `priorities.decisions[svc-3]` is the service's decision in
 * force, the one that counts, so a decision made again unchanged is no change.
 */
export const prioritiesParts: readonly Part<Plan>[] = [
  object('priorities', (plan: Plan) => plan.priorities, [
    items({
      key: 'criteria',
      label: message('planDiff.criterion'),
      list: (priorities: Priorities) => priorities.criteria,
      id: (criterion) => criterion.id,
      name: (criterion) => criterion.name,
      parts: [
        field({ key: 'name', label: nameLabel, measure: 'text', read: (criterion) => criterion.name }),
        field({ key: 'weight', label: message('planDiff.weight'), measure: 'number', read: (criterion) => criterion.weight }),
      ],
    }),
    valueMap(
      'scores',
      'number',
      (priorities: Priorities, context) =>
        priorities.scores
          .filter((score) => context.sharedServices.has(score.serviceId) && context.sharedCriteria.has(score.criterionId))
          .map((score) => ({ keys: [score.serviceId, score.criterionId], value: score.score })),
      ([service, criterion], plan) => labelWith(message('planDiff.score'), nameIn(plan, 'services', service!), nameIn(plan, 'criteria', criterion!)),
    ),
    valueMap(
      'pairwise',
      'number',
      (priorities: Priorities, context) => pairwiseEntries(priorities, context.sharedCriteria),
      ([a, b], plan) => labelWith(message('planDiff.pairwiseComparison'), nameIn(plan, 'criteria', a!), nameIn(plan, 'criteria', b!)),
    ),
    valueMap(
      'forced',
      'choice',
      (priorities: Priorities, context) => priorities.forced.filter((entry) => context.sharedServices.has(entry.serviceId)).map((entry) => ({ keys: [entry.serviceId], value: entry.mode })),
      ([service], plan) => labelWith(message('planDiff.forcedInOrOut'), nameIn(plan, 'services', service!)),
      forcedLabels,
    ),
  ]),
  items({
    key: 'priorities.decisions',
    label: message('planDiff.decision'),
    list: (plan: Plan, context) => [...decisionsByService(plan).values()].map((entry) => entry.latest).filter((decision) => context.sharedServices.has(decision.serviceId)),
    id: (decision) => decision.serviceId,
    name: (decision, plan) => nameIn(plan, 'services', decision.serviceId),
    parts: [
      field({ key: 'decision', label: message('planDiff.decision'), measure: 'choice', read: (decision) => decision.decision, options: decisionLabels }),
      field({ key: 'rationale', label: message('planDiff.rationale'), measure: 'text', read: (decision) => decision.rationale }),
    ],
  }),
  object('priorities', (plan: Plan) => plan.priorities, [
    items({
      key: 'scenarios',
      label: message('planDiff.scenario'),
      list: (priorities: Priorities) => priorities.scenarios,
      id: (scenario) => scenario.id,
      name: (scenario) => scenario.name,
      parts: [
        field({ key: 'name', label: nameLabel, measure: 'text', read: (scenario) => scenario.name }),
        set('serviceIds', message('planDiff.servicesInTheScenario'), (scenario) => scenario.serviceIds, entryName('services')),
      ],
    }),
  ]),
];

type WorkItem = Plan['implementation'][number];
type WorkMilestone = WorkItem['milestones'][number];

/** Milestones have no id; they are matched by quarter (the work plan keeps one a quarter), a second in the same quarter as `q2#2`. */
const milestonesParts: Part<WorkItem> = items({
  key: 'milestones',
  label: message('planDiff.milestone'),
  list: (item: WorkItem) => item.milestones,
  id: (milestone: WorkMilestone) => `q${milestone.quarter}`,
  name: (milestone) => `Q${milestone.quarter}: ${milestone.text}`,
  parts: [
    field({ key: 'text', label: message('planDiff.milestoneText'), measure: 'text', read: (milestone) => milestone.text }),
    field({ key: 'done', label: message('planDiff.achieved'), measure: 'flag', read: (milestone) => milestone.done, options: flagLabels }),
  ],
});

function quarterlyMap(key: 'quarterlyTargets' | 'indicatorActuals', label: Message): Part<WorkItem> {
  return valueMap(
    key,
    'number',
    (item: WorkItem) => item[key].map((entry) => ({ keys: [entry.indicatorId, `q${entry.quarter}`], value: entry.value })),
    ([indicator, quarter], plan) => labelWith(label, nameIn(plan, 'indicators', indicator!), quarter!.toUpperCase()),
  );
}

export const implementationParts: Part<Plan> = items({
  key: 'implementation',
  label: message('planDiff.workPlanItem'),
  list: (plan: Plan, context) => plan.implementation.filter((item) => context.sharedServices.has(item.serviceId)),
  id: (item) => item.serviceId,
  name: (item, plan) => nameIn(plan, 'services', item.serviceId),
  parts: [
    field({ key: 'owner', label: message('planDiff.owner'), measure: 'text', read: (item) => item.owner }),
    set('ownerPartnerId', message('planDiff.ownerBody'), (item) => (item.ownerPartnerId === null ? [] : [item.ownerPartnerId]), entryName('partners')),
    set('partnerIds', message('planDiff.partners'), (item) => item.partnerIds, entryName('partners')),
    field({ key: 'start', label: message('planDiff.start'), measure: 'date', read: (item) => item.start }),
    field({ key: 'end', label: message('planDiff.end'), measure: 'date', read: (item) => item.end }),
    milestonesParts,
    set('indicatorIds', message('planDiff.indicatorsMonitored'), (item) => item.indicatorIds, entryName('indicators')),
    quarterlyMap('quarterlyTargets', message('planDiff.quarterlyTarget')),
    quarterlyMap('indicatorActuals', message('planDiff.measured')),
    // Risks have no id or key of their own: one reworded is one risk gone and another come.
    set('risks', message('planDiff.risksAndMitigation'), (item) => item.risks.map((risk) => (risk.mitigation ? `${risk.risk} — ${risk.mitigation}` : risk.risk))),
    items({
      key: 'actuals',
      label: message('planDiff.quarterActuals'),
      list: (item: WorkItem) => item.actuals,
      id: (actual) => `q${actual.quarter}`,
      name: (actual) => `Q${actual.quarter}`,
      parts: [
        field({ key: 'spent', label: message('planDiff.spent'), measure: 'money', read: (actual) => actual.spent }),
        field({ key: 'participants', label: message('planDiff.participantsReached'), measure: 'number', read: (actual) => actual.participants }),
      ],
    }),
  ],
});

