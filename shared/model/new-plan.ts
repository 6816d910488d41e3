import { currentSchemaVersion, type Plan, type StationWork } from './plan-schema.ts';
import { stationIds } from './station-id.ts';

export type NewPlanOptions = {
  id: string;
  authority?: string;
  year: number;
};

function emptyStation(): StationWork {
  return { status: 'not-started', marked: [], ownItems: [], notes: '' };
}

/** The guide's default criteria for prioritisation (station 5); weights are the team's to change. */
const defaultCriteria = [
  { id: 'need-severity', name: 'חומרת הצורך והיקפו', weight: 25 },
  { id: 'goal-fit', name: 'התאמה ליעדי המינהל', weight: 20 },
  { id: 'expected-effect', name: 'השפעה צפויה על המדדים', weight: 20 },
  { id: 'cost-per-participant', name: 'עלות למשתתף', weight: 15 },
  { id: 'feasibility', name: 'היתכנות ושותפים', weight: 10 },
  { id: 'prevention', name: 'ערך מניעתי', weight: 10 },
];

/** An empty plan for one authority and year, with the default policy of the guide (20%, 75/25). */
export function createPlan({ id, authority = '', year }: NewPlanOptions): Plan {
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
      years: [],
      growthRates: [],
      source: '',
    },
    existingServices: [],
    needs: [],
    surveys: [],
    leadingValues: [],
    outcomes: [],
    services: [],
    budgetColumns: [],
    priorities: { criteria: defaultCriteria, scores: [], pairwise: [], forced: [], decisions: [], scenarios: [] },
    implementation: [],
    logicModelNotes: [],
    review: { status: 'draft', readyForSubmission: false, log: [], comments: [] },
  };
}
