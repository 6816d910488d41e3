import { serviceKindLabelKeys } from '../budget/option-labels.ts';
import { contentParam, labelMessages, message, type Message, type MessageParam } from '../i18n/message.ts';
import { goalLabelKeys, horizonLabelKeys, needSourceLabelKeys } from '../model/option-labels.ts';
import type { Outcome, Plan, StationWork } from '../model/plan-schema.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { stationById } from '../stations/all-stations.ts';
import { stationCategories } from '../stations/station-content.ts';
import { field, items, object, set, valueMap, type Part } from './plan-diff-engine.ts';
import { entryName, labelWith, nameIn, nameLabel, shortText } from './plan-diff-names.ts';

/*
 * The station work, population, existing services, needs, surveys, leading values, outcomes with
 * their indicators and the logic-model notes, as the diff reads them.
 */

const textLabel: Message = message('planDiff.text');
const dateLabel: Message = message('planDiff.date');

const statusLabels: Record<StationWork['status'], Message> = {
  'not-started': message('planDiff.stationStatus.notStarted'),
  'in-progress': message('planDiff.stationStatus.inProgress'),
  done: message('planDiff.stationStatus.done'),
};

const categoryLabels: Record<(typeof stationCategories)[number], Message> = {
  topics: message('planDiff.category.topics'),
  actions: message('planDiff.category.actions'),
  partners: message('planDiff.partners'),
  risks: message('planDiff.category.risks'),
  questions: message('planDiff.category.questions'),
};

type StationEntry = StationWork & { id: StationId };

/** A marked item by its text: the guide's own, or the team's. */
function markedName(id: string, _plan: Plan, station: StationEntry): MessageParam | null {
  const content = stationById(station.id);
  const guideItem = stationCategories.flatMap((category) => content[category]).find((item) => item.id === id);
  if (guideItem) return contentParam(guideItem.text);
  return station.ownItems.find((item) => item.id === id)?.text ?? null;
}

/** `stations.current-state.notes`, as comments name a station: the stations are the keys of an object in the file. */
export const stationsParts: Part<Plan> = items({
  key: 'stations',
  label: message('planDiff.station'),
  keyedAs: 'object',
  list: (plan: Plan) => stationIds.map((id): StationEntry => ({ id, ...plan.stations[id] })),
  id: (station) => station.id,
  name: (station) => contentParam(stationById(station.id).name),
  parts: [
    field({ key: 'status', label: message('planDiff.status'), measure: 'choice', read: (station) => station.status, options: statusLabels }),
    // Null (the status follows the suggestion) reads as no reason: a reason taken away shows as removed.
    field({ key: 'statusReason', label: message('progress.diff.statusReason'), measure: 'text', read: (station) => station.statusReason ?? '' }),
    set('marked', message('planDiff.markedItems'), (station: StationEntry) => station.marked, markedName),
    items({
      key: 'ownItems',
      label: message('planDiff.ownItem'),
      list: (station: StationEntry) => station.ownItems,
      id: (item) => item.id,
      name: (item) => item.text,
      parts: [
        field({ key: 'category', label: message('planDiff.category'), measure: 'choice', read: (item) => item.category, options: categoryLabels }),
        field({ key: 'text', label: textLabel, measure: 'text', read: (item) => item.text }),
      ],
    }),
    field({ key: 'notes', label: message('planDiff.notes'), measure: 'text', read: (station) => station.notes }),
    field({ key: 'waiverReason', label: message('planDiff.notNeededBecause'), measure: 'text', read: (station) => station.waiverReason ?? '' }),
  ],
});

type Population = Plan['population'];

const yearKindLabels: Record<Population['years'][number]['kind'], Message> = {
  actual: message('planDiff.yearKind.actual'),
  forecast: message('planDiff.yearKind.forecast'),
};

/** Years are matched by the year itself (`population.years[2027]`): the plan holds each year once. */
export const populationParts: Part<Plan> = object('population', (plan: Plan) => plan.population, [
  items({
    key: 'bands',
    label: message('planDiff.ageBand'),
    list: (population: Population) => population.bands,
    id: (band) => band.id,
    name: (band) => band.label,
    parts: [
      field({ key: 'label', label: nameLabel, measure: 'text', read: (band) => band.label }),
      field({ key: 'fromAge', label: message('planDiff.fromAge'), measure: 'number', read: (band) => band.fromAge }),
      field({ key: 'toAge', label: message('planDiff.toAge'), measure: 'number', read: (band) => band.toAge }),
    ],
  }),
  items({
    key: 'years',
    label: message('planDiff.year'),
    list: (population: Population) => population.years,
    id: (year) => String(year.year),
    name: (year) => String(year.year),
    parts: [
      field({ key: 'kind', label: message('planDiff.figures'), measure: 'choice', read: (year) => year.kind, options: yearKindLabels }),
      valueMap(
        'counts',
        'number',
        (year) => year.counts.map((count) => ({ keys: [count.bandId], value: count.count })),
        ([band], plan) => labelWith(message('planDiff.section.population'), nameIn(plan, 'bands', band!)),
      ),
    ],
  }),
  valueMap(
    'growthRates',
    'share',
    (population: Population) => population.growthRates.map((rate) => ({ keys: [rate.bandId], value: rate.rate })),
    ([band], plan) => labelWith(message('planDiff.yearlyGrowth'), nameIn(plan, 'bands', band!)),
  ),
  field({ key: 'source', label: message('planDiff.dataSource'), measure: 'text', read: (population: Population) => population.source }),
]);

export const existingServicesParts: Part<Plan> = items({
  key: 'existingServices',
  label: message('planDiff.existingService'),
  list: (plan: Plan) => plan.existingServices,
  id: (service) => service.id,
  name: (service) => service.name,
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (service) => service.name }),
    field({ key: 'kind', label: message('planDiff.kind'), measure: 'choice', read: (service) => service.kind, options: labelMessages(serviceKindLabelKeys) }),
    field({ key: 'participants', label: message('planDiff.participants'), measure: 'number', read: (service) => service.participants }),
    field({ key: 'whatWorks', label: message('planDiff.whatWorks'), measure: 'text', read: (service) => service.whatWorks }),
    field({ key: 'whatDoesNotWork', label: message('planDiff.whatDoesNotWork'), measure: 'text', read: (service) => service.whatDoesNotWork }),
  ],
});

export const needsParts: Part<Plan> = items({
  key: 'needs',
  label: message('planDiff.need'),
  list: (plan: Plan) => plan.needs,
  id: (need) => need.id,
  name: (need) => shortText(need.finding),
  parts: [
    field({ key: 'source', label: message('planDiff.source'), measure: 'choice', read: (need) => need.source, options: labelMessages(needSourceLabelKeys) }),
    field({ key: 'group', label: message('planDiff.group'), measure: 'text', read: (need) => need.group }),
    field({ key: 'date', label: dateLabel, measure: 'date', read: (need) => need.date }),
    field({ key: 'finding', label: message('planDiff.finding'), measure: 'text', read: (need) => need.finding }),
    field({ key: 'strength', label: message('planDiff.strength15'), measure: 'number', read: (need) => need.strength }),
    field({ key: 'breadth', label: message('planDiff.breadth15'), measure: 'number', read: (need) => need.breadth }),
  ],
});

export const surveysParts: Part<Plan> = items({
  key: 'surveys',
  label: message('planDiff.survey'),
  list: (plan: Plan) => plan.surveys,
  id: (survey) => survey.id,
  name: (survey) => survey.name,
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (survey) => survey.name }),
    field({ key: 'date', label: dateLabel, measure: 'date', read: (survey) => survey.date }),
    field({ key: 'scaleMax', label: message('planDiff.answerScaleUpTo'), measure: 'number', read: (survey) => survey.scaleMax }),
    items({
      key: 'items',
      label: message('planDiff.surveyItem'),
      list: (survey: Plan['surveys'][number]) => survey.items,
      id: (item) => item.id,
      name: (item) => item.text,
      parts: [
        field({ key: 'text', label: textLabel, measure: 'text', read: (item) => item.text }),
        // counts[i] holds the answers of value i + 1, so the value is the key.
        valueMap(
          'counts',
          'number',
          (item) => item.counts.map((count, index) => ({ keys: [String(index + 1)], value: count })),
          ([answer]) => labelWith(message('planDiff.answers'), answer!),
        ),
      ],
    }),
  ],
});

export const leadingValuesParts: Part<Plan> = set('leadingValues', message('planDiff.section.leadingValues'), (plan: Plan) => plan.leadingValues);

type Indicator = Outcome['indicators'][number];

const indicatorParts: Part<Outcome> = items({
  key: 'indicators',
  label: message('planDiff.indicator'),
  list: (outcome: Outcome) => outcome.indicators,
  id: (indicator: Indicator) => indicator.id,
  name: (indicator) => indicator.name,
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (indicator) => indicator.name }),
    field({ key: 'libraryId', label: message('planDiff.libraryId'), measure: 'id', read: (indicator) => indicator.libraryId }),
    field({ key: 'unit', label: message('planDiff.unit'), measure: 'text', read: (indicator) => indicator.unit }),
    field({ key: 'baseline', label: message('planDiff.baseline'), measure: 'number', read: (indicator) => indicator.baseline }),
    field({ key: 'target', label: message('planDiff.target'), measure: 'number', read: (indicator) => indicator.target }),
    field({ key: 'source', label: message('planDiff.indicatorSource'), measure: 'text', read: (indicator) => indicator.source }),
    field({ key: 'baselineYear', label: message('planDiff.baselineYear'), measure: 'year', read: (indicator) => indicator.baselineYear }),
    valueMap(
      'milestones',
      'number',
      (indicator) => indicator.milestones.map((milestone) => ({ keys: [milestone.date], value: milestone.value })),
      ([date]) => labelWith(message('planDiff.milestone'), date!),
    ),
  ],
});

export const outcomesParts: Part<Plan> = items({
  key: 'outcomes',
  label: message('planDiff.outcome'),
  list: (plan: Plan) => plan.outcomes,
  id: (outcome) => outcome.id,
  name: (outcome) => outcome.title,
  parts: [
    field({ key: 'title', label: message('planDiff.title'), measure: 'text', read: (outcome) => outcome.title }),
    field({ key: 'description', label: message('planDiff.description'), measure: 'text', read: (outcome) => outcome.description }),
    field({ key: 'goal', label: message('planDiff.administrationsGoal'), measure: 'choice', read: (outcome) => outcome.goal, options: labelMessages(goalLabelKeys) }),
    field({ key: 'horizon', label: message('planDiff.horizon'), measure: 'choice', read: (outcome) => outcome.horizon, options: labelMessages(horizonLabelKeys) }),
    set('needIds', message('planDiff.outcomeNeeds'), (outcome) => outcome.needIds, entryName('needs')),
    set('leadsTo', message('planDiff.leadsTo'), (outcome) => outcome.leadsTo, entryName('outcomes')),
    indicatorParts,
  ],
});

const noteKindLabels: Record<Plan['logicModelNotes'][number]['kind'], Message> = {
  assumption: message('planDiff.noteKind.assumption'),
  'external-factor': message('planDiff.noteKind.external-factor'),
};

export const logicModelNotesParts: Part<Plan> = items({
  key: 'logicModelNotes',
  label: message('planDiff.logicModelNote'),
  list: (plan: Plan) => plan.logicModelNotes,
  id: (note) => note.id,
  name: (note) => shortText(note.text),
  parts: [
    field({ key: 'nodeId', label: message('planDiff.attachedTo'), measure: 'id', read: (note) => note.nodeId }),
    field({ key: 'kind', label: message('planDiff.kind'), measure: 'choice', read: (note) => note.kind, options: noteKindLabels }),
    field({ key: 'text', label: textLabel, measure: 'text', read: (note) => note.text }),
  ],
});
