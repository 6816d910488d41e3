import { currentSchemaVersion, type Plan, type StationWork } from './plan-schema.ts';
import { stationIds } from './station-id.ts';
import type { Language } from './localized-text.ts';
import { draftText } from '../i18n/translate.ts';
import { emptyHistory } from '../history/version-history.ts';

export type NewPlanOptions = {
  id: string;
  authority?: string;
  year: number;
  /** The language of the texts the plan starts with (the criteria's names); the team edits them. */
  language?: Language;
};

function emptyStation(): StationWork {
  return { status: 'not-started', statusReason: null, marked: [], ownItems: [], notes: '', answers: [] };
}

/** The guide's default criteria for prioritisation (station 5), named from the catalogue (`draft.criterion.<id>`); weights are the team's to change. */
const defaultCriteria = [
  { id: 'need-severity', weight: 25 },
  { id: 'goal-fit', weight: 20 },
  { id: 'expected-effect', weight: 20 },
  { id: 'cost-per-participant', weight: 15 },
  { id: 'feasibility', weight: 10 },
  { id: 'prevention', weight: 10 },
] as const;

/** An empty plan for one authority and year, with the default policy of the guide (20%, 75/25). */
export function createPlan({ id, authority = '', year, language = 'he' }: NewPlanOptions): Plan {
  return {
    schemaVersion: currentSchemaVersion,
    id,
    details: { authority, year, cluster: '', communityBudget: 0, preparedBy: '', illustrative: false },
    policy: { selfDevelopmentLimit: 0.2, selfDevelopmentBase: 'community-budget', ministryShare: 0.75 },
    stations: Object.fromEntries(stationIds.map((station) => [station, emptyStation()])) as Plan['stations'],
    population: {
      bands: [
        { id: '55-64', label: '55-64', fromAge: 55, toAge: 64 },
        { id: '65-74', label: '65-74', fromAge: 65, toAge: 74 },
        { id: '75+', label: '75+', fromAge: 75, toAge: null },
      ],
      // The last actual year and the plan's year, so the table has its columns from the start.
      years: [
        { year: year - 1, kind: 'actual', counts: [] },
        { year, kind: 'forecast', counts: [] },
      ],
      growthRates: [],
      source: '',
    },
    partners: [],
    activities: [],
    existingServices: [],
    needs: [],
    surveys: [],
    leadingValues: [],
    outcomes: [],
    services: [],
    budgetColumns: [],
    priorities: {
      criteria: defaultCriteria.map(({ id: criterion, weight }) => ({ id: criterion, name: draftText(language, `draft.criterion.${criterion}`), weight })),
      scores: [], pairwise: [], forced: [], decisions: [], scenarios: [] },
    implementation: [],
    logicModelNotes: [],
    review: { status: 'draft', readyForSubmission: false, log: [], comments: [], submittedPlan: null, previousSubmittedPlan: null },
    history: emptyHistory(),
  };
}
