/*
 * How each list of the plan file merges, by its place in the file ("rule path": `services[]` is
 * every service, `stations.*` every station, `services[].formulas` the formulas of any service).
 * This table is the one description of the plan's lists for the merge; a unit test walks
 * PlanSchema and fails when a list has no rule here, so a list added to the file is decided on
 * rather than merged by accident.
 */

/** An item's key within its list: its id, or the fields that make it one of a kind (a score by service and criterion). */
export type ItemKey = readonly string[];

type Entry = Readonly<Record<string, unknown>>;

export type ListRule =
  /**
   * Items matched by key, never by position. `ownIds`: the key is the item's own `id`, which
   * other parts of the plan name, so two different items added under one id cannot both keep it.
   */
  | { kind: 'items'; key: (item: Entry) => ItemKey; ownIds: boolean }
  /** Ids or words whose order says nothing: each side's additions and removals are applied. */
  | { kind: 'set' }
  /** A record that only grows (the review log, a comment's thread): both sides' entries, in time order. */
  | { kind: 'log'; key: (entry: Entry) => string; time: (entry: Entry) => string }
  /** Taken as one value: changed on both sides to different values, it is a conflict. */
  | { kind: 'whole' };

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));

const byId: ListRule = { kind: 'items', key: (item) => [text(item.id)], ownIds: true };
const by = (...fields: string[]): ListRule => ({ kind: 'items', key: (item) => fields.map((field) => text(item[field])), ownIds: false });
const set: ListRule = { kind: 'set' };
const whole: ListRule = { kind: 'whole' };
const log = (...fields: string[]): ListRule => ({ kind: 'log', key: (entry) => fields.map((field) => text(entry[field])).join('\u0000'), time: (entry) => text(entry.at) });

/**
 * Natural keys where a list has no ids, and why:
 * - population years by the year, bands' counts and growth rates by band, attendance by band or
 *   group, a work plan by its service, a decision or forced entry by its service, a score by
 *   service and criterion, a pairwise judgement by its pair: the plan holds each key once.
 * - an indicator's milestones by date: two people adding milestones at different dates keep both;
 *   the same date with two values is a conflict.
 * - a work plan's milestones by quarter and text, its risks by the risk's words, its targets and
 *   measurements by indicator and quarter, its spending by quarter: each is written once per key,
 *   so a toggled "done" merges with a milestone added on the other side.
 * - a survey item's counts are positional (counts[i] answers of value i + 1): taken whole.
 * - the submitted copies in the review, and the copies and deltas the history keeps of its
 *   versions, are records of a moment: taken whole (by their version).
 * - the history's version headers grow as a log, in time order, by version id.
 */
export const listRules: Readonly<Record<string, ListRule>> = {
  'population.bands': byId,
  'population.years': by('year'),
  'population.years[].counts': by('bandId'),
  'population.growthRates': by('bandId'),
  'stations.*.marked': set,
  'stations.*.ownItems': byId,
  'stations.*.answers': by('questionId'),
  'stations.*.answers[].links': by('kind', 'id'),
  partners: byId,
  activities: byId,
  'activities[].invitedGroups': set,
  'activities[].attendance.byAgeBand': by('bandId'),
  'activities[].attendance.byGroup': by('group'),
  'activities[].partnerIds': set,
  'activities[].materials': set,
  'activities[].findings': byId,
  existingServices: byId,
  needs: byId,
  surveys: byId,
  'surveys[].items': byId,
  'surveys[].items[].counts': whole,
  leadingValues: set,
  outcomes: byId,
  'outcomes[].needIds': set,
  'outcomes[].leadsTo': set,
  'outcomes[].indicators': byId,
  'outcomes[].indicators[].milestones': by('date'),
  services: byId,
  'services[].outcomeIds': set,
  'services[].needIds': set,
  'services[].formulas': by('field'),
  'services[].custom': by('columnId'),
  budgetColumns: byId,
  'priorities.criteria': byId,
  'priorities.scores': by('serviceId', 'criterionId'),
  'priorities.pairwise': by('a', 'b'),
  'priorities.forced': by('serviceId'),
  'priorities.decisions': by('serviceId'),
  'priorities.scenarios': byId,
  'priorities.scenarios[].serviceIds': set,
  implementation: by('serviceId'),
  'implementation[].partnerIds': set,
  'implementation[].milestones': by('quarter', 'text'),
  'implementation[].indicatorIds': set,
  'implementation[].quarterlyTargets': by('indicatorId', 'quarter'),
  'implementation[].indicatorActuals': by('indicatorId', 'quarter'),
  'implementation[].risks': by('risk'),
  'implementation[].actuals': by('quarter'),
  logicModelNotes: byId,
  'review.log': log('at', 'act', 'by', 'contentHash'),
  'review.comments': byId,
  'review.comments[].thread': log('at', 'by', 'text'),
  'review.submittedPlan': whole,
  'review.previousSubmittedPlan': whole,
  'history.versions': log('id'),
  'history.bases': by('versionId'),
  'history.bases[].plan': whole,
  'history.deltas': by('versionId'),
  'history.deltas[].delta': whole,
};

/** Long texts, merged line by line; every other text is one value. */
export const textPaths: ReadonlySet<string> = new Set([
  'stations.*.notes',
  'stations.*.answers[].text',
  'activities[].findings[].text',
  'existingServices[].whatWorks',
  'existingServices[].whatDoesNotWork',
  'needs[].finding',
  'outcomes[].description',
  'services[].description',
  'services[].notes',
  'priorities.decisions[].rationale',
]);

/** Objects of the file whose keys are names of their own (the stations), not fields: one rule serves every key. */
const keyedObjects: ReadonlySet<string> = new Set(['stations']);

export function childRulePath(parent: string, key: string): string {
  if (parent === '') return key;
  return `${parent}.${keyedObjects.has(parent) ? '*' : key}`;
}

export const itemRulePath = (list: string) => `${list}[]`;
