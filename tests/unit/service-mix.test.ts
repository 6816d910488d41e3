import { describe, expect, it } from 'vitest';
import { mixOverview } from '@shared/services/mix-overview.ts';
import { serviceFromCatalogue, duplicateService } from '@shared/services/service-from-catalogue.ts';
import { serviceCatalogue } from '@shared/services/service-catalogue.ts';
import { setServiceDetail } from '@shared/commands/service-card-commands.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { sheetFor } from '@shared/budget/evaluated-plan.ts';
import { BudgetSession } from '@shared/budget/budget-session.ts';
import { insertServices, removeServices } from '@shared/budget/budget-commands.ts';
import { PlanSchema, ServiceSchema } from '@shared/model/plan-schema.ts';
import { targetGroupOf } from '@shared/services/target-groups.ts';
import { buildOutcome, buildPlan, buildServiceCosting, withServices } from '../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';

describe('the service mix at a glance', () => {
  it('counts services and budget per goal, kind and target group, and names what is missing', () => {
    const base = buildPlan({ outcomes: [buildOutcome('o-belong', { goal: 'belonging' }), buildOutcome('o-risk', { goal: 'risk-prevention' })] });
    const plan = withServices(
      base,
      buildServiceCosting(1_000, { id: 'a', kind: 'standard', targetGroup: 'ותיקים הגרים לבד', outcomeIds: ['o-belong'] }),
      buildServiceCosting(2_000, { id: 'b', kind: 'self-developed', targetGroup: 'ותיקים בני 70+ בסיכון לבדידות', outcomeIds: ['o-belong'] }),
      buildServiceCosting(500, { id: 'c', kind: 'standard', targetGroup: '', outcomeIds: [] }),
    );
    const overview = mixOverview(plan);
    expect(overview.byGoal.map((line) => [line.key, line.services, line.amount])).toEqual([
      ['belonging', 2, 300_000], ['risk-prevention', 0, 0], ['function-preservation', 0, 0], ['none', 1, 50_000],
    ]);
    expect(overview.byKind.map((line) => [line.key, line.services, line.amount])).toEqual([['standard', 2, 150_000], ['self-developed', 1, 200_000], ['continued', 0, 0]]);
    // Two teams' own words for the same group fall in one line of the table.
    expect(overview.byTargetGroup).toEqual([{ key: 'alone', services: 2, amount: 300_000 }, { key: 'none', services: 1, amount: 50_000 }]);
    expect(overview.goalsWithoutService).toEqual(['risk-prevention', 'function-preservation']);
    expect(overview.outcomesWithoutService.map((outcome) => outcome.id)).toEqual(['o-risk']);
    expect(overview.servicesWithoutOutcome.map((service) => service.id)).toEqual(['c']);
  });
});

describe('target groups', () => {
  it('reads a team’s own words into the guide’s groups, the first that fits taking the service', () => {
    expect(targetGroupOf('ניצולי שואה ונפגעי רדיפות הנאצים')).toBe('holocaust-survivors');
    expect(targetGroupOf('ותיקים מרותקי בית הגרים לבד')).toBe('homebound');
    expect(targetGroupOf('Seniors living alone')).toBe('alone');
    expect(targetGroupOf('ותיקים ובני משפחותיהם')).toBe('caregivers');
    // Lacking a care benefit does not make a group homebound.
    expect(targetGroupOf('ותיקים בני 70+ ללא גמלת סיעוד, בסיכון לבדידות')).toBe('alone');
    expect(targetGroupOf('כלל הוותיקים ביישוב')).toBe('other');
    expect(targetGroupOf('  ')).toBe('none');
  });

  it('groups the sample’s sixteen services by the people they serve, largest budget first', () => {
    const lines = mixOverview(samplePlan(validSampleName)).byTargetGroup;
    const services = Object.fromEntries(lines.map((line) => [line.key, line.services]));
    expect(services).toEqual({ homebound: 3, alone: 4, 'abuse-neglect': 1, caregivers: 2, independent: 2, falls: 1, 'holocaust-survivors': 1, digital: 1, other: 1 });
    expect(lines.map((line) => line.amount)).toEqual([...lines.map((line) => line.amount)].sort((a, b) => b - a));
  });
});

describe('service cards', () => {
  it('start from the catalogue, tied to outcomes measured by the indicators the service moves', () => {
    const entry = serviceCatalogue.find((candidate) => candidate.id === 'falls-prevention')!;
    const plan = buildPlan({
      outcomes: [
        buildOutcome('o-falls', { goal: 'function-preservation', indicators: [{ id: 'i1', name: 'נפילות', libraryId: entry.indicatorIds[0]!, unit: '%', baseline: null, target: null, source: '', baselineYear: null, milestones: [] }] }),
        buildOutcome('o-other', { goal: 'function-preservation' }),
      ],
    });
    const service = serviceFromCatalogue(entry, 'svc-new', plan, 'he');
    expect(ServiceSchema.safeParse(service).success).toBe(true);
    expect(service).toMatchObject({ id: 'svc-new', name: entry.name.he, kind: entry.kind, outcomeIds: ['o-falls'], participants: entry.typicalParticipants });
    const next = insertServices(plan, { index: 0, services: [service] });
    expect(planTotals(next).total).toBe(Math.round(entry.typicalParticipants * entry.frequency.perYear * entry.typicalUnitCost * 100));
  });

  it('duplicate with their formulas, and detail edits keep the budget as it was', () => {
    const plan = samplePlan(validSampleName);
    const withFormula = plan.services.find((service) => service.formulas.length > 0)!;
    const copy = duplicateService(withFormula, 'svc-copy', 'he');
    expect(copy).toMatchObject({ name: `${withFormula.name} (עותק)`, formulas: withFormula.formulas });
    const next = insertServices(plan, { index: plan.services.length, services: [copy] });
    expect(evaluatePlan(next).plan.services.at(-1)!.frequency).toEqual(evaluatePlan(plan).plan.services.find((service) => service.id === withFormula.id)!.frequency);
    const session = BudgetSession.open(next);
    const edited = setServiceDetail(next, { id: 'svc-copy', field: 'targetGroup', value: 'בני 80+' });
    // The session moves on without rebuilding, and still computes what a fresh sheet would.
    const moved = session.move(edited);
    const fresh = JSON.parse(JSON.stringify(edited)) as typeof edited;
    for (const service of edited.services) {
      for (const column of ['total', 'ministry', 'perYear']) expect(moved.value(service.id, column)).toEqual(sheetFor(fresh).value(service.id, column));
    }
    expect(PlanSchema.safeParse(edited).success).toBe(true);
  });

  it('deleted, leave no score, decision, scenario or work plan pointing at them', () => {
    const plan = samplePlan(validSampleName);
    const id = plan.services[0]!.id;
    const linked = {
      ...plan,
      priorities: {
        ...plan.priorities,
        scores: [{ serviceId: id, criterionId: plan.priorities.criteria[0]!.id, score: 7 }],
        decisions: [{ serviceId: id, decision: 'approved' as const, rationale: '', at: '2026-11-01' }],
        scenarios: [{ id: 's1', name: 'בסיס', serviceIds: [id, plan.services[1]!.id], createdAt: '2026-11-01' }],
      },
      implementation: [{ serviceId: id, owner: '', ownerPartnerId: null, partnerIds: [], start: null, end: null, milestones: [], indicatorIds: [], quarterlyTargets: [], indicatorActuals: [], risks: [], actuals: [] }],
    };
    const removed = removeServices(linked, { ids: [id] });
    expect(removed.priorities.scores).toEqual([]);
    expect(removed.priorities.decisions).toEqual([]);
    expect(removed.priorities.scenarios[0]!.serviceIds).toEqual([plan.services[1]!.id]);
    expect(removed.implementation).toEqual([]);
  });
});
