import type { Plan } from '../model/plan-schema.ts';
import type { StationId } from '../model/station-id.ts';
import { stationById } from './all-stations.ts';
import { stationCategories } from './station-content.ts';
import { answeredCount } from './guiding-answers.ts';

/** The parts of a station's page, in the order they stand, for its table of contents. */
export const stationSectionIds = [
  'guide',
  'population',
  'partners',
  'existing-services',
  'participation',
  'surveys',
  'needs',
  'outcomes',
  'leading-values',
  'service-mix',
  'budget',
  'priorities',
  'work-plan',
  'categories',
  'methods',
  'notes',
] as const;
export type StationSectionId = (typeof stationSectionIds)[number];

/** One part: how many items it holds (or marked or answered, of how many), and whether it has anything yet. */
export type StationSection = { id: StationSectionId; count: number | null; of: number | null; filled: boolean };

const counted = (id: StationSectionId, count: number): StationSection => ({ id, count, of: null, filled: count > 0 });

/** What the team works on in each station, besides the guide's own parts. */
const workSections: Record<StationId, (plan: Plan) => StationSection[]> = {
  'current-state': (plan) => [
    counted('population', plan.population.years.filter((year) => year.counts.length > 0).length),
    counted('partners', plan.partners.length),
    counted('existing-services', plan.existingServices.length),
    counted('participation', plan.activities.length),
    counted('surveys', plan.surveys.length),
    counted('needs', plan.needs.length),
  ],
  'desired-state': (plan) => [counted('outcomes', plan.outcomes.length), counted('leading-values', plan.leadingValues.length)],
  'service-mix': (plan) => [counted('service-mix', plan.services.length)],
  resources: (plan) => [counted('budget', plan.services.length)],
  prioritization: (plan) => [counted('priorities', plan.priorities.criteria.length)],
  implementation: (plan) => [counted('work-plan', plan.implementation.length)],
};

/** A station's parts with their counts: the guide and its questions first, the team's work, then the guide's categories and the notes. */
export function stationSections(plan: Plan, station: StationId): StationSection[] {
  const work = plan.stations[station];
  const content = stationById(station);
  const marked = (ids: readonly string[]) => ids.filter((id) => work.marked.includes(id)).length;
  const { answered, questions } = answeredCount(plan, station);
  const categoryIds = stationCategories
    .filter((category) => category !== 'questions')
    .flatMap((category) => [...content[category].map((item) => item.id), ...work.ownItems.filter((item) => item.category === category).map((item) => item.id)]);
  return [
    { id: 'guide', count: answered, of: questions, filled: answered > 0 },
    ...workSections[station](plan),
    { id: 'categories', count: marked(categoryIds), of: categoryIds.length, filled: marked(categoryIds) > 0 },
    { id: 'methods', count: null, of: null, filled: true },
    { id: 'notes', count: null, of: null, filled: work.notes.trim().length > 0 },
  ];
}
