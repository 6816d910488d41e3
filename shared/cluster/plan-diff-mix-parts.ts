import { standardBudgetColumns } from '../budget/budget-columns.ts';
import { shekelsFromAgorot } from '../budget/money.ts';
import { frequencyUnitLabels, serviceKindLabels } from '../budget/option-labels.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { decisionsByService } from '../model/decision-in-force.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import { deliveryLabels, operatorLabels, selfDevelopmentBaseLabels, yesNoLabels } from '../model/option-labels.ts';
import type { Plan, Service } from '../model/plan-schema.ts';
import { field, items, object, set, valueMap, type Part } from './plan-diff-engine.ts';
import { entryName, labelWith, nameIn, nameLabel, plain } from './plan-diff-names.ts';

/*
 * The plan's details, policy, services, own budget columns, priorities and work plan, as the diff
 * reads them: each field with the name the app gives it and how it is measured.
 */

/** The grid's own heading for a column, so a change reads as the budget grid names it. */
function columnHeader(id: string): LocalizedText {
  return standardBudgetColumns.find((column) => column.id === id)!.header;
}


const flagLabels = { true: yesNoLabels.yes, false: yesNoLabels.no };

export const detailsParts: Part<Plan> = object('details', (plan: Plan) => plan.details, [
  field({ key: 'authority', label: { he: 'רשות', en: 'Authority' }, measure: 'text', read: (details) => details.authority }),
  field({ key: 'year', label: { he: 'שנת התכנית', en: 'Plan year' }, measure: 'year', read: (details) => details.year }),
  field({ key: 'cluster', label: { he: 'אשכול', en: 'Cluster' }, measure: 'text', read: (details) => details.cluster }),
  field({ key: 'communityBudget', label: { he: 'תקציב לשירותים בקהילה', en: 'Community services budget' }, measure: 'money', read: (details) => details.communityBudget }),
  field({ key: 'preparedBy', label: { he: 'הוכנה בידי', en: 'Prepared by' }, measure: 'text', read: (details) => details.preparedBy }),
  field({ key: 'illustrative', label: { he: 'נתונים להמחשה בלבד', en: 'Illustrative figures only' }, measure: 'flag', read: (details) => details.illustrative, options: flagLabels }),
]);

export const policyParts: Part<Plan> = object('policy', (plan: Plan) => plan.policy, [
  field({ key: 'selfDevelopmentLimit', label: { he: 'מגבלת פיתוח עצמי', en: 'Self-development limit' }, measure: 'share', read: (policy) => policy.selfDevelopmentLimit }),
  field({ key: 'selfDevelopmentBase', label: { he: 'המגבלה נמדדת מול', en: 'The limit is measured against' }, measure: 'choice', read: (policy) => policy.selfDevelopmentBase, options: selfDevelopmentBaseLabels }),
  field({ key: 'ministryShare', label: { he: 'חלק המשרד במימון התואם', en: "Ministry's part of matched funding" }, measure: 'share', read: (policy) => policy.ministryShare }),
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
  label: { he: 'שירות', en: 'Service' },
  list: (plan: Plan) => plan.services,
  id: (service) => service.id,
  name: (service) => plain(service.name),
  summary: [serviceTotalFigure],
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (service) => service.name }),
    field({ key: 'description', label: { he: 'תיאור', en: 'Description' }, measure: 'text', read: (service) => service.description }),
    field({ key: 'kind', label: columnHeader('kind'), measure: 'choice', read: (service) => service.kind, options: serviceKindLabels }),
    field({ key: 'delivery', label: { he: 'אופן מתן השירות', en: 'Delivery' }, measure: 'choice', read: (service) => service.delivery, options: deliveryLabels }),
    field({ key: 'targetGroup', label: { he: 'קבוצת יעד', en: 'Target group' }, measure: 'text', read: (service) => service.targetGroup }),
    field({ key: 'operator', label: { he: 'מפעיל', en: 'Operator' }, measure: 'choice', read: (service) => service.operator, options: operatorLabels }),
    field({ key: 'budgetLine', label: columnHeader('budgetLine'), measure: 'text', read: (service) => service.budgetLine }),
    field({ key: 'participants', label: columnHeader('participants'), measure: 'number', read: (service) => service.participants }),
    object('frequency', (service: Service) => service.frequency, [
      field({ key: 'unit', label: columnHeader('frequencyUnit'), measure: 'choice', read: (frequency) => frequency.unit, options: frequencyUnitLabels }),
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
    set('outcomeIds', { he: 'תוצאות שהשירות מקדם', en: 'Outcomes it advances' }, (service) => service.outcomeIds, entryName('outcomes')),
    set('needIds', { he: 'צרכים שהשירות עונה עליהם', en: 'Needs it answers' }, (service) => service.needIds, entryName('needs')),
    field({ key: 'notes', label: columnHeader('notes'), measure: 'text', read: (service) => service.notes }),
    valueMap(
      'formulas',
      'formula',
      (service) => service.formulas.map((entry) => ({ keys: [entry.field], value: entry.formula })),
      ([column], plan) => labelWith({ he: 'נוסחה', en: 'Formula' }, columnName(plan, column!)),
    ),
    valueMap(
      'custom',
      'number',
      (service) => service.custom.map((entry) => ({ keys: [entry.columnId], value: entry.value })),
      ([column], plan) => labelWith({ he: 'עמודה של הצוות', en: 'Own column' }, columnName(plan, column!)),
    ),
    field({ key: 'copiedFrom', label: { he: 'הועתק מתכנית', en: 'Copied from' }, measure: 'text', read: (service) => service.copiedFrom }),
  ],
});

/** A column by the grid's heading, or the team's own column by its label. */
function columnName(plan: Plan, column: string): string | LocalizedText {
  return standardBudgetColumns.find((entry) => entry.id === column)?.header ?? (plan.budgetColumns.find((entry) => entry.id === column)?.label || column);
}

export const budgetColumnsParts: Part<Plan> = items({
  key: 'budgetColumns',
  label: { he: 'עמודה של הצוות', en: 'Own column' },
  list: (plan: Plan) => plan.budgetColumns,
  id: (column) => column.id,
  name: (column) => plain(column.label),
  parts: [
    field({ key: 'label', label: { he: 'כותרת', en: 'Heading' }, measure: 'text', read: (column) => column.label }),
    field({ key: 'formula', label: { he: 'נוסחה לכל העמודה', en: 'Formula for the whole column' }, measure: 'formula', read: (column) => column.formula }),
  ],
});

const decisionLabels: Record<Plan['priorities']['decisions'][number]['decision'], LocalizedText> = {
  approved: { he: 'אושר', en: 'Approved' },
  deferred: { he: 'נדחה למועד אחר', en: 'Deferred' },
  rejected: { he: 'לא אושר', en: 'Rejected' },
};

const forcedLabels: Record<Plan['priorities']['forced'][number]['mode'], LocalizedText> = {
  in: { he: 'נכלל בכל מקרה', en: 'Forced in' },
  out: { he: 'נשאר בחוץ בכל מקרה', en: 'Forced out' },
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
      label: { he: 'אמת מידה', en: 'Criterion' },
      list: (priorities: Priorities) => priorities.criteria,
      id: (criterion) => criterion.id,
      name: (criterion) => plain(criterion.name),
      parts: [
        field({ key: 'name', label: nameLabel, measure: 'text', read: (criterion) => criterion.name }),
        field({ key: 'weight', label: { he: 'משקל', en: 'Weight' }, measure: 'number', read: (criterion) => criterion.weight }),
      ],
    }),
    valueMap(
      'scores',
      'number',
      (priorities: Priorities, context) =>
        priorities.scores
          .filter((score) => context.sharedServices.has(score.serviceId) && context.sharedCriteria.has(score.criterionId))
          .map((score) => ({ keys: [score.serviceId, score.criterionId], value: score.score })),
      ([service, criterion], plan) => labelWith({ he: 'ציון', en: 'Score' }, nameIn(plan, 'services', service!), nameIn(plan, 'criteria', criterion!)),
    ),
    valueMap(
      'pairwise',
      'number',
      (priorities: Priorities, context) => pairwiseEntries(priorities, context.sharedCriteria),
      ([a, b], plan) => labelWith({ he: 'השוואה בזוגות', en: 'Pairwise comparison' }, nameIn(plan, 'criteria', a!), nameIn(plan, 'criteria', b!)),
    ),
    valueMap(
      'forced',
      'choice',
      (priorities: Priorities, context) => priorities.forced.filter((entry) => context.sharedServices.has(entry.serviceId)).map((entry) => ({ keys: [entry.serviceId], value: entry.mode })),
      ([service], plan) => labelWith({ he: 'הכרעה ידנית', en: 'Forced in or out' }, nameIn(plan, 'services', service!)),
      forcedLabels,
    ),
  ]),
  items({
    key: 'priorities.decisions',
    label: { he: 'החלטה', en: 'Decision' },
    list: (plan: Plan, context) => [...decisionsByService(plan).values()].map((entry) => entry.latest).filter((decision) => context.sharedServices.has(decision.serviceId)),
    id: (decision) => decision.serviceId,
    name: (decision, plan) => plain(nameIn(plan, 'services', decision.serviceId)),
    parts: [
      field({ key: 'decision', label: { he: 'החלטה', en: 'Decision' }, measure: 'choice', read: (decision) => decision.decision, options: decisionLabels }),
      field({ key: 'rationale', label: { he: 'נימוק', en: 'Rationale' }, measure: 'text', read: (decision) => decision.rationale }),
    ],
  }),
  object('priorities', (plan: Plan) => plan.priorities, [
    items({
      key: 'scenarios',
      label: { he: 'תרחיש', en: 'Scenario' },
      list: (priorities: Priorities) => priorities.scenarios,
      id: (scenario) => scenario.id,
      name: (scenario) => plain(scenario.name),
      parts: [
        field({ key: 'name', label: nameLabel, measure: 'text', read: (scenario) => scenario.name }),
        set('serviceIds', { he: 'שירותים בתרחיש', en: 'Services in the scenario' }, (scenario) => scenario.serviceIds, entryName('services')),
      ],
    }),
  ]),
];

type WorkItem = Plan['implementation'][number];
type WorkMilestone = WorkItem['milestones'][number];

/** Milestones have no id; they are matched by quarter (the work plan keeps one a quarter), a second in the same quarter as `q2#2`. */
const milestonesParts: Part<WorkItem> = items({
  key: 'milestones',
  label: { he: 'אבן דרך', en: 'Milestone' },
  list: (item: WorkItem) => item.milestones,
  id: (milestone: WorkMilestone) => `q${milestone.quarter}`,
  name: (milestone) => plain(`Q${milestone.quarter}: ${milestone.text}`),
  parts: [
    field({ key: 'text', label: { he: 'אבן הדרך', en: 'Milestone' }, measure: 'text', read: (milestone) => milestone.text }),
    field({ key: 'done', label: { he: 'הושגה', en: 'Done' }, measure: 'flag', read: (milestone) => milestone.done, options: flagLabels }),
  ],
});

function quarterlyMap(key: 'quarterlyTargets' | 'indicatorActuals', label: LocalizedText): Part<WorkItem> {
  return valueMap(
    key,
    'number',
    (item: WorkItem) => item[key].map((entry) => ({ keys: [entry.indicatorId, `q${entry.quarter}`], value: entry.value })),
    ([indicator, quarter], plan) => labelWith(label, nameIn(plan, 'indicators', indicator!), quarter!.toUpperCase()),
  );
}

export const implementationParts: Part<Plan> = items({
  key: 'implementation',
  label: { he: 'תכנית עבודה', en: 'Work plan' },
  list: (plan: Plan, context) => plan.implementation.filter((item) => context.sharedServices.has(item.serviceId)),
  id: (item) => item.serviceId,
  name: (item, plan) => plain(nameIn(plan, 'services', item.serviceId)),
  parts: [
    field({ key: 'owner', label: { he: 'אחראי', en: 'Owner' }, measure: 'text', read: (item) => item.owner }),
    set('partners', { he: 'שותפים', en: 'Partners' }, (item) => item.partners),
    field({ key: 'start', label: { he: 'התחלה', en: 'Start' }, measure: 'date', read: (item) => item.start }),
    field({ key: 'end', label: { he: 'סיום', en: 'End' }, measure: 'date', read: (item) => item.end }),
    milestonesParts,
    set('indicatorIds', { he: 'מדדים למעקב', en: 'Indicators monitored' }, (item) => item.indicatorIds, entryName('indicators')),
    quarterlyMap('quarterlyTargets', { he: 'יעד רבעוני', en: 'Quarterly target' }),
    quarterlyMap('indicatorActuals', { he: 'מדידה בפועל', en: 'Measured' }),
    // Risks have no id or key of their own: one reworded is one risk gone and another come.
    set('risks', { he: 'סיכונים ודרכי התמודדות', en: 'Risks and mitigation' }, (item) => item.risks.map((risk) => (risk.mitigation ? `${risk.risk} — ${risk.mitigation}` : risk.risk))),
    items({
      key: 'actuals',
      label: { he: 'ביצוע ברבעון', en: 'Quarter actuals' },
      list: (item: WorkItem) => item.actuals,
      id: (actual) => `q${actual.quarter}`,
      name: (actual) => plain(`Q${actual.quarter}`),
      parts: [
        field({ key: 'spent', label: { he: 'הוצאה בפועל', en: 'Spent' }, measure: 'money', read: (actual) => actual.spent }),
        field({ key: 'participants', label: { he: 'משתתפים בפועל', en: 'Participants reached' }, measure: 'number', read: (actual) => actual.participants }),
      ],
    }),
  ],
});

