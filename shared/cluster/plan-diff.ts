import { evaluatePlan } from '../budget/evaluated-plan.ts';
import { shekelsFromAgorot } from '../budget/money.ts';
import { planTotals, type PlanTotals } from '../budget/plan-totals.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { message, type Message } from '../i18n/message.ts';
import type { Plan } from '../model/plan-schema.ts';
import { countChanges, type Change, type Difference } from './plan-diff-changes.ts';
import { differenceOf, type DiffContext, type Part } from './plan-diff-engine.ts';
import { budgetColumnsParts, detailsParts, implementationParts, policyParts, prioritiesParts, servicesParts } from './plan-diff-mix-parts.ts';
import {
  existingServicesParts,
  leadingValuesParts,
  logicModelNotesParts,
  needsParts,
  outcomesParts,
  populationParts,
  stationsParts,
  surveysParts,
} from './plan-diff-planning-parts.ts';

export type PlanPart =
  | 'details'
  | 'policy'
  | 'services'
  | 'budgetColumns'
  | 'outcomes'
  | 'needs'
  | 'population'
  | 'existingServices'
  | 'surveys'
  | 'leadingValues'
  | 'priorities'
  | 'implementation'
  | 'logicModelNotes'
  | 'stations';

export type DiffSection = { part: PlanPart; label: Message; changes: Change[] };

export type TotalKey = 'communityBudget' | 'total' | 'ministry' | 'authority' | 'other' | 'selfDevelopment' | 'selfDevelopmentShare' | 'selfDevelopmentAllowance' | 'servicesInBudget';

/** One budget figure before and after, money in shekels and shares as fractions. */
export type TotalLine = {
  key: TotalKey;
  label: Message;
  measure: 'money' | 'share' | 'number';
  before: number;
  after: number;
  difference: Difference | null;
  changed: boolean;
};

export type PlanDiff = {
  /** Plans of two authorities may be compared (a neighbour's plan beside one's own), but the reader is told. */
  authority: { before: string; after: string; same: boolean };
  /** The parts that changed, in the order a reader of a plan looks for them: details and money first. */
  sections: DiffSection[];
  /** The budget as the app shows it: formulas worked out, services decided against left out. */
  totals: { before: PlanTotals; after: PlanTotals; lines: TotalLine[] };
  /** Paths of lists (`services`, `outcomes[out-2].indicators`) whose shared items only changed order: not counted as changes. */
  reordered: string[];
  /** How many values, list entries and items changed; 0 when the two plans say the same. */
  changeCount: number;
};

/**
 * Left out, and why:
 * - `review` (status, log, comments, the submitted copy): the record of the review, not the
 *   plan; comments and acts are added after an approval without changing what was approved, as
 *   the content hash leaves it out too.
 * - The values stored beside formulas: both plans are evaluated first, so a cell shows the value
 *   its formula gives (a stale stored value is no difference) and a changed formula shows as
 *   itself and as the values it moved.
 * - `schemaVersion`: both plans are read through readPlan, which upgrades them to the current one.
 * - `id`: the file's identity, not something the plan says; a copy saved under a new name differs there only.
 * - Times that only say when something was done (`createdAt` of a scenario, `at` of a decision).
 * - Order: services, outcomes and the rest are matched by id, so moving one is no change (said
 *   in `reordered`, since the content hash does count order).
 */
const sectionParts: readonly { part: PlanPart; label: Message; parts: readonly Part<Plan>[] }[] = [
  { part: 'details', label: message('planDiff.section.planDetails'), parts: [detailsParts] },
  { part: 'policy', label: message('planDiff.section.policyParameters'), parts: [policyParts] },
  { part: 'services', label: message('planDiff.section.services'), parts: [servicesParts] },
  { part: 'budgetColumns', label: message('planDiff.section.ownBudgetColumns'), parts: [budgetColumnsParts] },
  { part: 'outcomes', label: message('planDiff.section.outcomesAndIndicators'), parts: [outcomesParts] },
  { part: 'needs', label: message('planDiff.section.needs'), parts: [needsParts] },
  { part: 'population', label: message('planDiff.section.population'), parts: [populationParts] },
  { part: 'existingServices', label: message('planDiff.section.existingServices'), parts: [existingServicesParts] },
  { part: 'surveys', label: message('planDiff.section.surveys'), parts: [surveysParts] },
  { part: 'leadingValues', label: message('planDiff.section.leadingValues'), parts: [leadingValuesParts] },
  { part: 'priorities', label: message('planDiff.section.prioritiesAndDecisions'), parts: prioritiesParts },
  { part: 'implementation', label: message('planDiff.section.workPlan'), parts: [implementationParts] },
  { part: 'logicModelNotes', label: message('planDiff.section.logicModelNotes'), parts: [logicModelNotesParts] },
  { part: 'stations', label: message('planDiff.section.stationWork'), parts: [stationsParts] },
];

/** The name of a part of the plan as the diff heads its section ("שירותים"), or null for a part the diff does not show. */
export const partLabel = (part: string): Message | null => sectionParts.find((section) => section.part === part)?.label ?? null;

const totalLabels: Record<TotalKey, Message> = {
  communityBudget: message('planDiff.total.communityServicesBudget'),
  total: message('planDiff.total.totalCost'),
  ministry: message('planDiff.total.ministry'),
  authority: message('planDiff.total.authority'),
  other: message('planDiff.total.otherSources'),
  selfDevelopment: message('planDiff.total.selfDevelopment'),
  selfDevelopmentShare: message('planDiff.total.selfDevelopmentShare'),
  selfDevelopmentAllowance: message('planDiff.total.selfDevelopmentAllowance'),
  servicesInBudget: message('planDiff.total.servicesInThisYearsBudget'),
};

function totalLines(before: Plan, after: Plan, was: PlanTotals, now: PlanTotals): TotalLine[] {
  const line = (key: TotalKey, measure: TotalLine['measure'], wasValue: number, nowValue: number): TotalLine => ({
    key,
    label: totalLabels[key],
    measure,
    before: wasValue,
    after: nowValue,
    difference: wasValue === nowValue ? null : differenceOf(measure, wasValue, nowValue),
    changed: wasValue !== nowValue,
  });
  const money = (key: 'communityBudget' | 'total' | 'ministry' | 'authority' | 'other' | 'selfDevelopment' | 'selfDevelopmentAllowance') =>
    line(key, 'money', shekelsFromAgorot(was[key]), shekelsFromAgorot(now[key]));
  return [
    money('communityBudget'),
    money('total'),
    money('ministry'),
    money('authority'),
    money('other'),
    money('selfDevelopment'),
    line('selfDevelopmentShare', 'share', was.selfDevelopmentShare, now.selfDevelopmentShare),
    money('selfDevelopmentAllowance'),
    line('servicesInBudget', 'number', servicesInBudget(before).length, servicesInBudget(after).length),
  ];
}

/** Names typed by hand differ in spacing and in Hebrew or typewriter quote marks (ת״א, ת"א) without naming another authority. */
export function authorityKey(name: string): string {
  return name.normalize('NFC').replace(/[״”“]/g, '"').replace(/[׳’‘]/g, "'").replace(/־/g, '-').replace(/\s+/g, ' ').trim();
}

function idsInBoth<Item>(before: readonly Item[], after: readonly Item[], idOf: (item: Item) => string): Set<string> {
  const earlier = new Set(before.map(idOf));
  return new Set(after.map(idOf).filter((id) => earlier.has(id)));
}

const diffs = new WeakMap<Plan, WeakMap<Plan, PlanDiff>>();

/**
 * The changes part by part between two plans as given, without working out formulas or totals:
 * for a reader that wants the paths and their labels only (the merge names its conflicts with
 * them), where a stale value beside a formula does not matter.
 */
export function diffSections(before: Plan, after: Plan): { sections: DiffSection[]; reordered: string[] } {
  const context: DiffContext = {
    before,
    after,
    sharedServices: idsInBoth(before.services, after.services, (service) => service.id),
    sharedCriteria: idsInBoth(before.priorities.criteria, after.priorities.criteria, (criterion) => criterion.id),
    reordered: [],
  };
  const sections = sectionParts
    .map(({ part, label, parts }) => ({ part, label, changes: parts.flatMap((compare) => compare(before, after, '', context)) }))
    .filter((section) => section.changes.length > 0);
  return { sections, reordered: context.reordered };
}

/**
 * What changed from `before` to `after`, part by part, each change with its path in the plan
 * file. Items are named by id in brackets (`services[svc-3].unitCost`,
 * `outcomes[out-2].indicators[ind-1].target`), never by position: a position changes whenever
 * something is added, removed or moved above it, while an id stays with its item, so a path
 * read today still points at the same service tomorrow, and comments use the same paths.
 * Pure and memoised per pair of plans (plans are never changed in place), so the renderer may
 * call it on every render.
 */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const known = diffs.get(before)?.get(after);
  if (known) return known;
  const was = evaluatePlan(before).plan;
  const now = evaluatePlan(after).plan;
  const { sections, reordered } = diffSections(was, now);
  const totalsBefore = planTotals(was);
  const totalsAfter = planTotals(now);
  const result: PlanDiff = {
    authority: { before: was.details.authority, after: now.details.authority, same: authorityKey(was.details.authority) === authorityKey(now.details.authority) },
    sections,
    totals: { before: totalsBefore, after: totalsAfter, lines: totalLines(was, now, totalsBefore, totalsAfter) },
    reordered,
    changeCount: sections.reduce((count, section) => count + countChanges(section.changes), 0),
  };
  let byAfter = diffs.get(before);
  if (!byAfter) diffs.set(before, (byAfter = new WeakMap()));
  byAfter.set(after, result);
  return result;
}
