import { z } from 'zod';
import { IndicatorSchema, NeedSchema, OutcomeSchema, type Need, type Outcome } from '../model/plan-schema.ts';
import { goalLabels, horizonLabels, needSourceLabels } from '../model/option-labels.ts';
import { idHeader, type TableSheet } from './table-sheet.ts';
import { inBothLanguages } from '../i18n/localized-labels.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : null);
const list = (value: unknown) => (Array.isArray(value) ? value : []);

export const needsTable: TableSheet<Need> = {
  name: inBothLanguages('workbookSheet.needs.sheet'),
  idPrefix: 'need',
  schema: NeedSchema,
  blank: (id) => ({ id, source: 'other', group: '', date: null, finding: '', strength: 3, breadth: 3 }),
  columns: [
    { key: 'id', header: idHeader, format: 'text', value: (need) => need.id },
    { key: 'finding', header: inBothLanguages('workbookSheet.needs.finding'), format: 'text', minWidth: 30, value: (need) => need.finding, read: (need, value) => void (need.finding = text(value)) },
    { key: 'source', header: inBothLanguages('workbookSheet.needs.source'), format: 'text', options: needSourceLabels, value: (need) => need.source, read: (need, value) => void (need.source = (value ?? 'other') as Need['source']) },
    { key: 'group', header: inBothLanguages('workbookSheet.needs.group'), format: 'text', value: (need) => need.group, read: (need, value) => void (need.group = text(value)) },
    { key: 'date', header: inBothLanguages('workbookSheet.needs.date'), format: 'date', minWidth: 12, value: (need) => need.date, read: (need, value) => void (need.date = typeof value === 'string' ? value : null) },
    { key: 'strength', header: inBothLanguages('workbookSheet.needs.strength'), format: 'integer', value: (need) => need.strength, read: (need, value) => void (need.strength = number(value) ?? need.strength) },
    { key: 'breadth', header: inBothLanguages('workbookSheet.needs.breadth'), format: 'integer', value: (need) => need.breadth, read: (need, value) => void (need.breadth = number(value) ?? need.breadth) },
  ],
};

/** Outcomes without their indicators, which have a sheet of their own. */
export const outcomesTable: TableSheet<Outcome> = {
  name: inBothLanguages('workbookSheet.outcomes.sheet'),
  idPrefix: 'outcome',
  schema: OutcomeSchema,
  blank: (id) => ({ id, title: '', description: '', goal: 'belonging', horizon: 'intermediate', needIds: [], leadsTo: [], indicators: [] }),
  columns: [
    { key: 'id', header: idHeader, format: 'text', value: (outcome) => outcome.id },
    { key: 'title', header: inBothLanguages('workbookSheet.outcomes.title'), format: 'text', minWidth: 30, value: (outcome) => outcome.title, read: (outcome, value) => void (outcome.title = text(value)) },
    { key: 'goal', header: inBothLanguages('workbookSheet.outcomes.goal'), format: 'text', options: goalLabels, minWidth: 22, value: (outcome) => outcome.goal, read: (outcome, value) => void (outcome.goal = (value ?? outcome.goal) as Outcome['goal']) },
    { key: 'horizon', header: inBothLanguages('workbookSheet.outcomes.horizon'), format: 'text', options: horizonLabels, minWidth: 12, value: (outcome) => outcome.horizon, read: (outcome, value) => void (outcome.horizon = (value ?? outcome.horizon) as Outcome['horizon']) },
    { key: 'description', header: inBothLanguages('workbookSheet.outcomes.description'), format: 'text', minWidth: 30, value: (outcome) => outcome.description, read: (outcome, value) => void (outcome.description = text(value)) },
    { key: 'needIds', header: inBothLanguages('workbookSheet.outcomes.needIds'), format: 'list', value: (outcome) => outcome.needIds, read: (outcome, value) => void (outcome.needIds = list(value)) },
    { key: 'leadsTo', header: inBothLanguages('workbookSheet.outcomes.leadsTo'), format: 'list', value: (outcome) => outcome.leadsTo, read: (outcome, value) => void (outcome.leadsTo = list(value)) },
  ],
};

export const IndicatorRowSchema = IndicatorSchema.extend({ outcomeId: z.string().min(1).max(80) });
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

export function indicatorRows(outcomes: readonly Outcome[]): IndicatorRow[] {
  return outcomes.flatMap((outcome) => outcome.indicators.map((indicator) => ({ ...indicator, outcomeId: outcome.id })));
}

export const indicatorsTable: TableSheet<IndicatorRow> = {
  name: inBothLanguages('workbookSheet.indicators.sheet'),
  idPrefix: 'indicator',
  idScope: 'outcomeId',
  schema: IndicatorRowSchema,
  blank: (id) => ({ id, outcomeId: '', name: '', libraryId: null, unit: '', baseline: null, target: null, source: '', baselineYear: null, milestones: [] }),
  columns: [
    { key: 'id', header: idHeader, format: 'text', value: (row) => row.id },
    { key: 'outcomeId', header: inBothLanguages('workbookSheet.indicators.outcomeId'), format: 'text', value: (row) => row.outcomeId, read: (row, value) => void (row.outcomeId = text(value).trim()) },
    { key: 'name', header: inBothLanguages('workbookSheet.indicators.name'), format: 'text', minWidth: 30, value: (row) => row.name, read: (row, value) => void (row.name = text(value)) },
    { key: 'unit', header: inBothLanguages('workbookSheet.indicators.unit'), format: 'text', value: (row) => row.unit, read: (row, value) => void (row.unit = text(value)) },
    { key: 'baseline', header: inBothLanguages('workbookSheet.indicators.baseline'), format: 'number', value: (row) => row.baseline, read: (row, value) => void (row.baseline = number(value)) },
    { key: 'target', header: inBothLanguages('workbookSheet.indicators.target'), format: 'number', value: (row) => row.target, read: (row, value) => void (row.target = number(value)) },
    { key: 'baselineYear', header: inBothLanguages('workbookSheet.indicators.baselineYear'), format: 'integer', value: (row) => row.baselineYear, read: (row, value) => void (row.baselineYear = number(value)) },
    { key: 'source', header: inBothLanguages('workbookSheet.indicators.source'), format: 'text', value: (row) => row.source, read: (row, value) => void (row.source = text(value)) },
    {
      key: 'milestones',
      header: inBothLanguages('workbookSheet.indicators.milestones'),
      format: 'list',
      minWidth: 18,
      value: (row) => row.milestones.map((milestone) => `${milestone.date}: ${milestone.value}`),
      // An entry that is not "date: number" makes the row invalid, so it is listed rather than dropped.
      read: (row, value) => void (row.milestones = list(value).map((entry) => {
        const [date = '', number = ''] = entry.split(/:\s*/);
        return { date: date.trim(), value: number.trim() === '' ? Number.NaN : Number(number) };
      })),
    },
    { key: 'libraryId', header: inBothLanguages('workbookSheet.indicators.libraryId'), format: 'text', value: (row) => row.libraryId, read: (row, value) => void (row.libraryId = text(value).trim() || null) },
  ],
};

/** Puts indicator rows back under their outcomes, in sheet order (every row's outcome is known: readTable checked it). */
export function attachIndicators(outcomes: readonly Outcome[], rows: readonly IndicatorRow[]): Outcome[] {
  const byOutcome = new Map<string, Outcome['indicators']>(outcomes.map((outcome) => [outcome.id, []]));
  for (const { outcomeId, ...indicator } of rows) byOutcome.get(outcomeId)?.push(indicator);
  return outcomes.map((outcome) => ({ ...outcome, indicators: byOutcome.get(outcome.id)! }));
}
