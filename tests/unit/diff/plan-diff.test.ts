import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { diffPlans, type PlanDiff, type TotalKey } from '@shared/cluster/plan-diff.ts';
import type { Change, FieldChange, ItemChange, ListChange } from '@shared/cluster/plan-diff-changes.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildOutcome, buildPlan, buildService, withDetails, withPolicy } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';
import { worded } from '../../helpers/worded.ts';

/** Every change at any depth, so a test can find one by its path. */
function allChanges(diff: PlanDiff): Change[] {
  const flat = (changes: readonly Change[]): Change[] => changes.flatMap((change) => [change, ...(change.kind === 'field' || change.kind === 'list' ? [] : flat(change.changes))]);
  return flat(diff.sections.flatMap((section) => section.changes));
}

type ChangeOf<Kind extends Change['kind']> = Kind extends 'field' ? FieldChange : Kind extends 'list' ? ListChange : ItemChange;

function changeAt<Kind extends Change['kind']>(diff: PlanDiff, path: string, kind: Kind): ChangeOf<Kind> {
  const found = allChanges(diff).filter((change) => change.path === path);
  expect(found.map((change) => change.kind)).toEqual([kind]);
  return found[0] as ChangeOf<Kind>;
}

const totalLine = (diff: PlanDiff, key: TotalKey) => diff.totals.lines.find((line) => line.key === key)!;

/**
 * Two services, costed by hand: home visits 10 × 12 × ₪100 = ₪12,000 and a self-developed
 * club 20 × 4 × ₪250 = ₪20,000; ₪32,000 in all, of a ₪1,000,000 community budget.
 */
function twoServicePlan(): Plan {
  return buildPlan({
    outcomes: [
      buildOutcome('out-1', { title: 'פחות בדידות' }),
      buildOutcome('out-2', {
        title: 'פחות נפילות',
        indicators: [{ id: 'ind-1', name: 'שיעור הנופלים', libraryId: null, unit: '%', baseline: 22, target: 40, source: 'סקר', baselineYear: 2026, milestones: [] }],
      }),
    ],
    services: [
      buildService({ id: 'svc-visits', name: 'ביקורי בית', participants: 10, frequency: { unit: 'month', perYear: 12 }, unitCost: 100, outcomeIds: ['out-1'] }),
      buildService({ id: 'svc-club', name: 'מועדון', kind: 'self-developed', participants: 20, frequency: { unit: 'session', perYear: 4 }, unitCost: 250 }),
    ],
  });
}

describe('diffPlans on hand-computed cases', () => {
  it('finds no changes between a plan and a copy of it', () => {
    const plan = twoServicePlan();
    for (const other of [plan, structuredClone(plan), samplePlan(validSampleName)]) {
      const diff = diffPlans(other, structuredClone(other));
      expect(diff.changeCount).toBe(0);
      expect(diff.sections).toEqual([]);
      expect(diff.reordered).toEqual([]);
      expect(diff.totals.lines.every((line) => !line.changed && line.difference === null)).toBe(true);
    }
  });

  it('reports a community budget change in shekels and percent, and the allowance it moves', () => {
    const before = twoServicePlan();
    const diff = diffPlans(before, withDetails(before, { communityBudget: 1_250_000 }));
    expect(diff.changeCount).toBe(1);
    expect(diff.sections.map((section) => section.part)).toEqual(['details']);
    expect(changeAt(diff, 'details.communityBudget', 'field')).toMatchObject({
      measure: 'money',
      before: 1_000_000,
      after: 1_250_000,
      difference: { amount: 250_000, fraction: 0.25 },
      derived: false,
    });
    // 20% of the community budget: ₪200,000 → ₪250,000.
    expect(totalLine(diff, 'selfDevelopmentAllowance')).toMatchObject({ before: 200_000, after: 250_000, changed: true, difference: { amount: 50_000, fraction: 0.25 } });
    expect(totalLine(diff, 'total')).toMatchObject({ before: 32_000, after: 32_000, changed: false, difference: null });
  });

  it('reports a unit cost change with its shekel difference and percent, and the service total it moves', () => {
    const before = twoServicePlan();
    const after = produce(before, (draft) => void (draft.services[0]!.unitCost = 125));
    const diff = diffPlans(before, after);
    expect(diff.changeCount).toBe(1);
    const service = changeAt(diff, 'services[svc-visits]', 'changed');
    expect(service.name).toBe('ביקורי בית');
    expect(service.changes.map((change) => change.path)).toEqual(['services[svc-visits].unitCost', 'services[svc-visits].total']);
    expect(changeAt(diff, 'services[svc-visits].unitCost', 'field')).toMatchObject({ before: 100, after: 125, difference: { amount: 25, fraction: 0.25 }, derived: false });
    // 10 × 12 × ₪125 = ₪15,000, ₪3,000 more than ₪12,000.
    expect(changeAt(diff, 'services[svc-visits].total', 'field')).toMatchObject({ before: 12_000, after: 15_000, difference: { amount: 3_000, fraction: 0.25 }, derived: true });
    expect(totalLine(diff, 'total')).toMatchObject({ before: 32_000, after: 35_000, difference: { amount: 3_000, fraction: 0.09375 } });
    expect(totalLine(diff, 'selfDevelopment').changed).toBe(false);
  });

  it('works out money differences in agorot, so they do not drift', () => {
    const before = produce(twoServicePlan(), (draft) => void (draft.services[0]!.unitCost = 10.1));
    const after = produce(before, (draft) => void (draft.services[0]!.unitCost = 10.3));
    expect(changeAt(diffPlans(before, after), 'services[svc-visits].unitCost', 'field').difference).toEqual({ amount: 0.2, fraction: 0.0198019802 });
  });

  it('reports an added service with its total, and the totals it raises', () => {
    const before = twoServicePlan();
    const added = buildService({ id: 'svc-new', name: 'חוג התעמלות', participants: 15, frequency: { unit: 'week', perYear: 40 }, unitCost: 20 });
    const diff = diffPlans(before, { ...before, services: [...before.services, added] });
    expect(diff.changeCount).toBe(1);
    const change = changeAt(diff, 'services[svc-new]', 'added');
    expect(change).toMatchObject({ id: 'svc-new', name: 'חוג התעמלות' });
    expect(worded(change.label).en).toBe('Service');
    // 15 × 40 × ₪20 = ₪12,000, derived and not counted.
    expect(change.changes).toEqual([expect.objectContaining({ path: 'services[svc-new].total', before: null, after: 12_000, derived: true })]);
    expect(totalLine(diff, 'total')).toMatchObject({ before: 32_000, after: 44_000 });
    expect(totalLine(diff, 'servicesInBudget')).toMatchObject({ before: 2, after: 3 });
  });

  it('reports a removed service, and not again its scores, decision and work plan', () => {
    const before = produce(twoServicePlan(), (draft) => {
      draft.priorities.scores.push({ serviceId: 'svc-club', criterionId: 'feasibility', score: 7 });
      draft.priorities.decisions.push({ serviceId: 'svc-club', decision: 'approved', rationale: '', at: '2026-10-01T10:00:00Z' });
      draft.implementation.push({ serviceId: 'svc-club', owner: 'רכזת', ownerPartnerId: null, partnerIds: [], start: null, end: null, milestones: [], indicatorIds: [], quarterlyTargets: [], indicatorActuals: [], risks: [], actuals: [] });
    });
    const after = produce(before, (draft) => {
      draft.services.splice(1, 1);
      draft.priorities.scores = [];
      draft.priorities.decisions = [];
      draft.implementation = [];
    });
    const diff = diffPlans(before, after);
    expect(diff.changeCount).toBe(1);
    expect(diff.sections.map((section) => section.part)).toEqual(['services']);
    expect(changeAt(diff, 'services[svc-club]', 'removed').changes).toEqual([expect.objectContaining({ before: 20_000, after: null, derived: true })]);
    expect(totalLine(diff, 'selfDevelopment')).toMatchObject({ before: 20_000, after: 0, difference: { amount: -20_000, fraction: -1 } });
    expect(totalLine(diff, 'selfDevelopmentShare')).toMatchObject({ before: 0.02, after: 0, difference: { amount: -0.02, fraction: null } });
  });

  it('reports an indicator target change by the ids of its outcome and indicator', () => {
    const before = twoServicePlan();
    const after = produce(before, (draft) => void (draft.outcomes[1]!.indicators[0]!.target = 55));
    const diff = diffPlans(before, after);
    expect(diff.changeCount).toBe(1);
    expect(diff.sections.map((section) => section.part)).toEqual(['outcomes']);
    const outcome = changeAt(diff, 'outcomes[out-2]', 'changed');
    expect(outcome.changes).toHaveLength(1);
    expect((outcome.changes[0] as ItemChange).changes).toHaveLength(1);
    expect(changeAt(diff, 'outcomes[out-2].indicators[ind-1].target', 'field')).toMatchObject({
      measure: 'number',
      before: 40,
      after: 55,
      difference: { amount: 15, fraction: 0.375 },
    });
    expect(worded(changeAt(diff, 'outcomes[out-2].indicators[ind-1].target', 'field').label).en).toBe('Target');
  });

  it('does not count reordering services or outcomes as a change, but says the order moved', () => {
    const before = twoServicePlan();
    const after = { ...before, services: [...before.services].reverse(), outcomes: [...before.outcomes].reverse() };
    const diff = diffPlans(before, after);
    expect(diff.changeCount).toBe(0);
    expect(diff.sections).toEqual([]);
    expect(diff.reordered).toEqual(['services', 'outcomes']);
  });

  it('reports a service linked to another outcome by the outcome’s id and title', () => {
    const before = twoServicePlan();
    const after = produce(before, (draft) => void (draft.services[0]!.outcomeIds = ['out-2']));
    const change: ListChange = changeAt(diffPlans(before, after), 'services[svc-visits].outcomeIds', 'list');
    expect(change.added).toEqual([{ value: 'out-2', name: 'פחות נפילות' }]);
    expect(change.removed).toEqual([{ value: 'out-1', name: 'פחות בדידות' }]);
    expect(diffPlans(before, after).changeCount).toBe(2);
  });

  it('reports a share change in fraction points, not as a percent of a percent', () => {
    const before = twoServicePlan();
    const diff = diffPlans(before, withPolicy(before, { selfDevelopmentLimit: 0.25 }));
    expect(changeAt(diff, 'policy.selfDevelopmentLimit', 'field')).toMatchObject({ measure: 'share', before: 0.2, after: 0.25, difference: { amount: 0.05, fraction: null } });
  });

  it('names custom column values and formulas by their column, a missing value being null', () => {
    const before = { ...twoServicePlan(), budgetColumns: [{ id: 'transport', label: 'הסעות', formula: null }] };
    const after = produce(before, (draft) => {
      draft.services[0]!.custom.push({ columnId: 'transport', value: 1_500 });
      draft.services[1]!.formulas.push({ field: 'perYear', formula: '=4*12' });
    });
    const diff = diffPlans(before, after);
    const custom = changeAt(diff, 'services[svc-visits].custom[transport]', 'field');
    expect(custom).toMatchObject({ before: null, after: 1_500 });
    expect(worded(custom.label).he).toBe('עמודה של הצוות · הסעות');
    const formula = changeAt(diff, 'services[svc-club].formulas[perYear]', 'field');
    expect(formula).toMatchObject({ measure: 'formula', before: null, after: '=4*12' });
    expect(worded(formula.label).en).toBe('Formula · Units a year');
    // The formula's value, 48 units instead of 4, is the service's too.
    expect(changeAt(diff, 'services[svc-club].frequency.perYear', 'field')).toMatchObject({ before: 4, after: 48 });
  });

  it('shows values computed by formulas, so a changed cell moves the cells that read it', () => {
    const before = produce(twoServicePlan(), (draft) => void draft.services[1]!.formulas.push({ field: 'unitCost', formula: '={svc-visits:unitCost}*2' }));
    const after = produce(before, (draft) => void (draft.services[0]!.unitCost = 150));
    const diff = diffPlans(before, after);
    expect(changeAt(diff, 'services[svc-visits].unitCost', 'field')).toMatchObject({ before: 100, after: 150 });
    expect(changeAt(diff, 'services[svc-club].unitCost', 'field')).toMatchObject({ before: 200, after: 300 });
  });

  it('ignores a stale value stored beside a formula, since the formula decides the value', () => {
    const withFormula = produce(twoServicePlan(), (draft) => void draft.services[1]!.formulas.push({ field: 'unitCost', formula: '={svc-visits:unitCost}*2' }));
    const stale = produce(withFormula, (draft) => void (draft.services[1]!.unitCost = 999));
    expect(diffPlans(withFormula, stale).changeCount).toBe(0);
  });

  it('leaves services decided against out of the totals, and reports the decision in force', () => {
    const before = twoServicePlan();
    const after = produce(before, (draft) => {
      draft.priorities.decisions.push({ serviceId: 'svc-club', decision: 'approved', rationale: '', at: '2026-10-01T10:00:00Z' });
      draft.priorities.decisions.push({ serviceId: 'svc-club', decision: 'deferred', rationale: 'אין מקום השנה', at: '2026-10-02T10:00:00Z' });
    });
    const diff = diffPlans(before, after);
    expect(changeAt(diff, 'priorities.decisions[svc-club]', 'added')).toMatchObject({ name: 'מועדון' });
    expect(totalLine(diff, 'total')).toMatchObject({ before: 32_000, after: 12_000 });
    expect(totalLine(diff, 'servicesInBudget')).toMatchObject({ before: 2, after: 1 });
    // Deciding the same again is no change: only the decision in force counts.
    const again = produce(after, (draft) => void draft.priorities.decisions.push({ ...draft.priorities.decisions[1]!, at: '2026-11-01T10:00:00Z' }));
    expect(diffPlans(after, again).changeCount).toBe(0);
  });

  it('leaves out the review record and the file id', () => {
    const before = twoServicePlan();
    const after = produce(before, (draft) => {
      draft.id = 'another-file';
      draft.review.status = 'submitted';
      draft.review.comments.push({ id: 'c1', target: 'services[svc-visits].unitCost', resolved: false, thread: [] });
    });
    expect(diffPlans(before, after).changeCount).toBe(0);
  });

  it('takes a pairwise comparison entered the other way round as the same judgement', () => {
    const before = produce(twoServicePlan(), (draft) => void draft.priorities.pairwise.push({ a: 'goal-fit', b: 'feasibility', value: 4 }));
    const flipped = produce(before, (draft) => void (draft.priorities.pairwise = [{ a: 'feasibility', b: 'goal-fit', value: 1 / 4 }]));
    expect(diffPlans(before, flipped).changeCount).toBe(0);
    const changed = produce(before, (draft) => void (draft.priorities.pairwise = [{ a: 'feasibility', b: 'goal-fit', value: 1 / 2 }]));
    expect(changeAt(diffPlans(before, changed), 'priorities.pairwise[feasibility][goal-fit]', 'field')).toMatchObject({ before: 0.25, after: 0.5 });
  });

  it('flags plans of different authorities but still compares them', () => {
    const before = twoServicePlan();
    const diff = diffPlans(before, withDetails(before, { authority: 'רשות אחרת' }));
    expect(diff.authority).toEqual({ before: 'רשות לדוגמה', after: 'רשות אחרת', same: false });
    expect(changeAt(diff, 'details.authority', 'field').after).toBe('רשות אחרת');
  });

  it('takes an authority typed with other spacing or quote marks as the same authority', () => {
    const before = withDetails(twoServicePlan(), { authority: 'מ״א  גליל עליון' });
    expect(diffPlans(before, withDetails(before, { authority: ' מ"א גליל עליון' })).authority.same).toBe(true);
  });

  it('names stations as the file does, by their key', () => {
    const before = twoServicePlan();
    const after = produce(before, (draft) => void (draft.stations['current-state'].status = 'done'));
    const change: FieldChange = changeAt(diffPlans(before, after), 'stations.current-state.status', 'field');
    expect(change).toMatchObject({ before: 'not-started', after: 'done' });
    expect(worded(change.options!.done!).en).toBe('Done');
  });

  it('gives the same answer for the same two plans without working it out again', () => {
    const before = twoServicePlan();
    const after = withDetails(before, { year: 2028 });
    expect(diffPlans(before, after)).toBe(diffPlans(before, after));
  });
});
