import { serviceKindLabels } from '../budget/option-labels.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import { goalLabels, horizonLabels, needSourceLabels } from '../model/option-labels.ts';
import type { Outcome, Plan, StationWork } from '../model/plan-schema.ts';
import { stationIds, type StationId } from '../model/station-id.ts';
import { stationById } from '../stations/all-stations.ts';
import { stationCategories } from '../stations/station-content.ts';
import { field, items, object, set, valueMap, type Part } from './plan-diff-engine.ts';
import { entryName, labelWith, nameIn, nameLabel, plain, shortText } from './plan-diff-names.ts';

/*
 * The station work, population, existing services, needs, surveys, leading values, outcomes with
 * their indicators and the logic-model notes, as the diff reads them.
 */

const textLabel: LocalizedText = { he: 'טקסט', en: 'Text' };
const dateLabel: LocalizedText = { he: 'תאריך', en: 'Date' };

const statusLabels: Record<StationWork['status'], LocalizedText> = {
  'not-started': { he: 'טרם התחילה', en: 'Not started' },
  'in-progress': { he: 'בעבודה', en: 'In progress' },
  done: { he: 'הושלמה', en: 'Done' },
};

const categoryLabels: Record<(typeof stationCategories)[number], LocalizedText> = {
  topics: { he: 'נושאים', en: 'Topics' },
  actions: { he: 'פעולות', en: 'Actions' },
  partners: { he: 'שותפים', en: 'Partners' },
  risks: { he: 'סיכונים', en: 'Risks' },
  questions: { he: 'שאלות מנחות', en: 'Guiding questions' },
};

type StationEntry = StationWork & { id: StationId };

/** A marked item by its text: the guide's own, or the team's. */
function markedName(id: string, _plan: Plan, station: StationEntry): LocalizedText | null {
  const content = stationById(station.id);
  const guideItem = stationCategories.flatMap((category) => content[category]).find((item) => item.id === id);
  if (guideItem) return guideItem.text;
  const own = station.ownItems.find((item) => item.id === id);
  return own ? plain(own.text) : null;
}

/** `stations.current-state.notes`, as comments name a station: the stations are the keys of an object in the file. */
export const stationsParts: Part<Plan> = items({
  key: 'stations',
  label: { he: 'תחנה', en: 'Station' },
  keyedAs: 'object',
  list: (plan: Plan) => stationIds.map((id): StationEntry => ({ id, ...plan.stations[id] })),
  id: (station) => station.id,
  name: (station) => stationById(station.id).name,
  parts: [
    field({ key: 'status', label: { he: 'מצב', en: 'Status' }, measure: 'choice', read: (station) => station.status, options: statusLabels }),
    set('marked', { he: 'פריטים שסומנו', en: 'Marked items' }, (station: StationEntry) => station.marked, markedName),
    items({
      key: 'ownItems',
      label: { he: 'פריט של הצוות', en: 'Own item' },
      list: (station: StationEntry) => station.ownItems,
      id: (item) => item.id,
      name: (item) => plain(item.text),
      parts: [
        field({ key: 'category', label: { he: 'קטגוריה', en: 'Category' }, measure: 'choice', read: (item) => item.category, options: categoryLabels }),
        field({ key: 'text', label: textLabel, measure: 'text', read: (item) => item.text }),
      ],
    }),
    field({ key: 'notes', label: { he: 'הערות', en: 'Notes' }, measure: 'text', read: (station) => station.notes }),
    field({ key: 'waiverReason', label: { he: 'לא נדרשת, בנימוק', en: 'Not needed, because' }, measure: 'text', read: (station) => station.waiverReason ?? '' }),
  ],
});

type Population = Plan['population'];

const yearKindLabels: Record<Population['years'][number]['kind'], LocalizedText> = {
  actual: { he: 'בפועל', en: 'Actual' },
  forecast: { he: 'תחזית', en: 'Forecast' },
};

/** Years are matched by the year itself (`population.years[2027]`): the plan holds each year once. */
export const populationParts: Part<Plan> = object('population', (plan: Plan) => plan.population, [
  items({
    key: 'bands',
    label: { he: 'שכבת גיל', en: 'Age band' },
    list: (population: Population) => population.bands,
    id: (band) => band.id,
    name: (band) => plain(band.label),
    parts: [
      field({ key: 'label', label: nameLabel, measure: 'text', read: (band) => band.label }),
      field({ key: 'fromAge', label: { he: 'מגיל', en: 'From age' }, measure: 'number', read: (band) => band.fromAge }),
      field({ key: 'toAge', label: { he: 'עד גיל', en: 'To age' }, measure: 'number', read: (band) => band.toAge }),
    ],
  }),
  items({
    key: 'years',
    label: { he: 'שנה', en: 'Year' },
    list: (population: Population) => population.years,
    id: (year) => String(year.year),
    name: (year) => plain(String(year.year)),
    parts: [
      field({ key: 'kind', label: { he: 'סוג הנתון', en: 'Figures' }, measure: 'choice', read: (year) => year.kind, options: yearKindLabels }),
      valueMap(
        'counts',
        'number',
        (year) => year.counts.map((count) => ({ keys: [count.bandId], value: count.count })),
        ([band], plan) => labelWith({ he: 'אוכלוסייה', en: 'Population' }, nameIn(plan, 'bands', band!)),
      ),
    ],
  }),
  valueMap(
    'growthRates',
    'share',
    (population: Population) => population.growthRates.map((rate) => ({ keys: [rate.bandId], value: rate.rate })),
    ([band], plan) => labelWith({ he: 'שיעור גידול שנתי', en: 'Yearly growth' }, nameIn(plan, 'bands', band!)),
  ),
  field({ key: 'source', label: { he: 'מקור הנתונים', en: 'Data source' }, measure: 'text', read: (population: Population) => population.source }),
]);

export const existingServicesParts: Part<Plan> = items({
  key: 'existingServices',
  label: { he: 'שירות קיים', en: 'Existing service' },
  list: (plan: Plan) => plan.existingServices,
  id: (service) => service.id,
  name: (service) => plain(service.name),
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (service) => service.name }),
    field({ key: 'kind', label: { he: 'סוג', en: 'Kind' }, measure: 'choice', read: (service) => service.kind, options: serviceKindLabels }),
    field({ key: 'participants', label: { he: 'משתתפים', en: 'Participants' }, measure: 'number', read: (service) => service.participants }),
    field({ key: 'whatWorks', label: { he: 'מה עובד', en: 'What works' }, measure: 'text', read: (service) => service.whatWorks }),
    field({ key: 'whatDoesNotWork', label: { he: 'מה לא עובד', en: 'What does not work' }, measure: 'text', read: (service) => service.whatDoesNotWork }),
  ],
});

export const needsParts: Part<Plan> = items({
  key: 'needs',
  label: { he: 'צורך', en: 'Need' },
  list: (plan: Plan) => plan.needs,
  id: (need) => need.id,
  name: (need) => plain(shortText(need.finding)),
  parts: [
    field({ key: 'source', label: { he: 'מקור', en: 'Source' }, measure: 'choice', read: (need) => need.source, options: needSourceLabels }),
    field({ key: 'group', label: { he: 'קבוצה', en: 'Group' }, measure: 'text', read: (need) => need.group }),
    field({ key: 'date', label: dateLabel, measure: 'date', read: (need) => need.date }),
    field({ key: 'finding', label: { he: 'הצורך שעלה', en: 'Finding' }, measure: 'text', read: (need) => need.finding }),
    field({ key: 'strength', label: { he: 'עוצמה (1-5)', en: 'Strength (1-5)' }, measure: 'number', read: (need) => need.strength }),
    field({ key: 'breadth', label: { he: 'היקף (1-5)', en: 'Breadth (1-5)' }, measure: 'number', read: (need) => need.breadth }),
  ],
});

export const surveysParts: Part<Plan> = items({
  key: 'surveys',
  label: { he: 'סקר', en: 'Survey' },
  list: (plan: Plan) => plan.surveys,
  id: (survey) => survey.id,
  name: (survey) => plain(survey.name),
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (survey) => survey.name }),
    field({ key: 'date', label: dateLabel, measure: 'date', read: (survey) => survey.date }),
    field({ key: 'scaleMax', label: { he: 'סולם התשובות (עד)', en: 'Answer scale (up to)' }, measure: 'number', read: (survey) => survey.scaleMax }),
    items({
      key: 'items',
      label: { he: 'פריט בשאלון', en: 'Survey item' },
      list: (survey: Plan['surveys'][number]) => survey.items,
      id: (item) => item.id,
      name: (item) => plain(item.text),
      parts: [
        field({ key: 'text', label: textLabel, measure: 'text', read: (item) => item.text }),
        // counts[i] holds the answers of value i + 1, so the value is the key.
        valueMap(
          'counts',
          'number',
          (item) => item.counts.map((count, index) => ({ keys: [String(index + 1)], value: count })),
          ([answer]) => labelWith({ he: 'מספר העונים', en: 'Answers' }, answer!),
        ),
      ],
    }),
  ],
});

export const leadingValuesParts: Part<Plan> = set('leadingValues', { he: 'ערכים מובילים', en: 'Leading values' }, (plan: Plan) => plan.leadingValues);

type Indicator = Outcome['indicators'][number];

const indicatorParts: Part<Outcome> = items({
  key: 'indicators',
  label: { he: 'מדד', en: 'Indicator' },
  list: (outcome: Outcome) => outcome.indicators,
  id: (indicator: Indicator) => indicator.id,
  name: (indicator) => plain(indicator.name),
  parts: [
    field({ key: 'name', label: nameLabel, measure: 'text', read: (indicator) => indicator.name }),
    field({ key: 'libraryId', label: { he: 'מזהה בספריית המדדים', en: 'Library id' }, measure: 'id', read: (indicator) => indicator.libraryId }),
    field({ key: 'unit', label: { he: 'יחידה', en: 'Unit' }, measure: 'text', read: (indicator) => indicator.unit }),
    field({ key: 'baseline', label: { he: 'ערך בסיס', en: 'Baseline' }, measure: 'number', read: (indicator) => indicator.baseline }),
    field({ key: 'target', label: { he: 'יעד', en: 'Target' }, measure: 'number', read: (indicator) => indicator.target }),
    field({ key: 'source', label: { he: 'מקור הנתון', en: 'Data source' }, measure: 'text', read: (indicator) => indicator.source }),
    field({ key: 'baselineYear', label: { he: 'שנת בסיס', en: 'Baseline year' }, measure: 'year', read: (indicator) => indicator.baselineYear }),
    valueMap(
      'milestones',
      'number',
      (indicator) => indicator.milestones.map((milestone) => ({ keys: [milestone.date], value: milestone.value })),
      ([date]) => labelWith({ he: 'אבן דרך', en: 'Milestone' }, date!),
    ),
  ],
});

export const outcomesParts: Part<Plan> = items({
  key: 'outcomes',
  label: { he: 'תוצאה', en: 'Outcome' },
  list: (plan: Plan) => plan.outcomes,
  id: (outcome) => outcome.id,
  name: (outcome) => plain(outcome.title),
  parts: [
    field({ key: 'title', label: { he: 'כותרת', en: 'Title' }, measure: 'text', read: (outcome) => outcome.title }),
    field({ key: 'description', label: { he: 'תיאור', en: 'Description' }, measure: 'text', read: (outcome) => outcome.description }),
    field({ key: 'goal', label: { he: 'יעד המינהל', en: "Administration's goal" }, measure: 'choice', read: (outcome) => outcome.goal, options: goalLabels }),
    field({ key: 'horizon', label: { he: 'טווח', en: 'Horizon' }, measure: 'choice', read: (outcome) => outcome.horizon, options: horizonLabels }),
    set('needIds', { he: 'צרכים שהיא עונה עליהם', en: 'Needs it answers' }, (outcome) => outcome.needIds, entryName('needs')),
    set('leadsTo', { he: 'מובילה אל', en: 'Leads to' }, (outcome) => outcome.leadsTo, entryName('outcomes')),
    indicatorParts,
  ],
});

const noteKindLabels: Record<Plan['logicModelNotes'][number]['kind'], LocalizedText> = {
  assumption: { he: 'הנחה', en: 'Assumption' },
  'external-factor': { he: 'גורם חיצוני', en: 'External factor' },
};

export const logicModelNotesParts: Part<Plan> = items({
  key: 'logicModelNotes',
  label: { he: 'הערה במודל הלוגי', en: 'Logic-model note' },
  list: (plan: Plan) => plan.logicModelNotes,
  id: (note) => note.id,
  name: (note) => plain(shortText(note.text)),
  parts: [
    field({ key: 'nodeId', label: { he: 'מוצמדת אל', en: 'Attached to' }, measure: 'id', read: (note) => note.nodeId }),
    field({ key: 'kind', label: { he: 'סוג', en: 'Kind' }, measure: 'choice', read: (note) => note.kind, options: noteKindLabels }),
    field({ key: 'text', label: textLabel, measure: 'text', read: (note) => note.text }),
  ],
});
