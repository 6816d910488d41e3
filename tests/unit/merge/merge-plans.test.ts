import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { removeServices, setBudgetCells } from '@shared/budget/budget-commands.ts';
import { removeOutcome } from '@shared/commands/outcome-commands.ts';
import { withVersionRecorded } from '@shared/history/record-version.ts';
import { mergePlans } from '@shared/merge/merge-plans.ts';
import type { MergeResult } from '@shared/merge/merge-result.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import { wordMessage } from '@shared/i18n/word-message.ts';
import { PlanSchema, type Plan } from '@shared/model/plan-schema.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';

function merged(base: Plan, mine: Plan, theirs: Plan): MergeResult {
  const outcome = mergePlans(base, mine, theirs);
  if (outcome.status !== 'merged') throw new Error(`refused: ${outcome.mismatches.join(', ')}`);
  return outcome;
}

const edit = (plan: Plan, change: (draft: Plan) => void) => produce(plan, change);

function twoServices(): Plan {
  return buildPlan({
    services: [buildService({ id: 'club', name: 'מועדון חברתי', unitCost: 1_000 }), buildService({ id: 'visits', name: 'ביקורי בית', unitCost: 500 })],
    outcomes: [buildOutcome('out-1'), buildOutcome('out-2')],
  });
}

const service = (plan: Plan, id: string) => plan.services.find((candidate) => candidate.id === id)!;

describe('values', () => {
  it('takes the side that changed a value, and both sides when they changed different values', () => {
    const base = twoServices();
    const mine = edit(base, (draft) => void (draft.services[0]!.unitCost = 1_200));
    const theirs = edit(base, (draft) => void (draft.services[1]!.participants = 40));
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(service(result.plan, 'club').unitCost).toBe(1_200);
    expect(service(result.plan, 'visits').participants).toBe(40);
    expect(result.fromTheirs.map((taken) => taken.path)).toEqual(['services[visits].participants']);
  });

  it('joins both histories without telling of them as changes of theirs', () => {
    const recording = (name: string) => ({ newVersionId: () => `v-${name}`, author: name, at: '2027-01-05T09:00:00.000Z', language: 'he' as const });
    const base = withVersionRecorded(twoServices(), null, recording('base'));
    const mine = withVersionRecorded(edit(base, (draft) => void (draft.services[0]!.unitCost = 1_200)), base, recording('mine'));
    const theirs = withVersionRecorded(edit(base, (draft) => void (draft.services[1]!.participants = 40)), base, recording('theirs'));
    const result = merged(base, mine, theirs);
    expect(result.fromTheirs.map((taken) => taken.path)).toEqual(['services[visits].participants']);
    expect(result.plan.history.versions.map((version) => version.id)).toEqual(expect.arrayContaining(['v-mine', 'v-theirs']));
  });

  it('is no conflict when both sides set the same value', () => {
    const base = twoServices();
    const both = edit(base, (draft) => void (draft.services[0]!.unitCost = 1_300));
    expect(merged(base, both, edit(base, (draft) => void (draft.services[0]!.unitCost = 1_300))).conflicts).toEqual([]);
  });

  it('reports a value both sides changed differently, named in plan words, holding mine until resolved', () => {
    const base = twoServices();
    const mine = edit(base, (draft) => void (draft.services[0]!.unitCost = 1_200));
    const theirs = edit(base, (draft) => void (draft.services[0]!.unitCost = 1_500));
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toMatchObject([{ kind: 'both-changed', path: 'services[club].unitCost', base: 1_000, mine: 1_200, theirs: 1_500 }]);
    expect(wordMessage('he', result.conflicts[0]!.label)).toBe("שירות 'מועדון חברתי' · עלות ליחידה");
    expect(service(result.plan, 'club').unitCost).toBe(1_200);
  });
});

describe('lists by id', () => {
  it('keeps the services both sides added, and gives theirs a fresh id when both chose the same one', () => {
    const base = twoServices();
    const mine = edit(base, (draft) => void draft.services.push(buildService({ id: 'svc-new', name: 'ארוחות' })));
    const theirs = edit(base, (draft) => {
      draft.services.push(buildService({ id: 'svc-new', name: 'הסעות' }));
      draft.services[0]!.formulas = [{ field: 'unitCost', formula: '={svc-new:unitCost}*2' }];
    });
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.renamedIds).toEqual([{ from: 'svc-new', to: 'svc-new-2' }]);
    expect(result.plan.services.map((entry) => [entry.id, entry.name])).toEqual([
      ['club', 'מועדון חברתי'],
      ['visits', 'ביקורי בית'],
      ['svc-new', 'ארוחות'],
      ['svc-new-2', 'הסעות'],
    ]);
    // Theirs' formula named theirs' new service, and still does.
    expect(service(result.plan, 'club').formulas).toEqual([{ field: 'unitCost', formula: '={svc-new-2:unitCost}*2' }]);
    expect(service(result.plan, 'club').unitCost).toBe(2_000);
  });

  it('matches items by id, not position: an item moved on one side and changed on the other is one item', () => {
    const base = twoServices();
    const mine = edit(base, (draft) => void draft.services.reverse());
    const theirs = edit(base, (draft) => void (draft.services[0]!.name = 'מועדון'));
    const result = merged(base, mine, theirs);
    expect(result.plan.services.map((entry) => entry.name)).toEqual(['ביקורי בית', 'מועדון']);
  });

  it('is a conflict of its own kind when one side removed an item the other changed', () => {
    const base = twoServices();
    const mine = edit(base, (draft) => void draft.services.splice(0, 1));
    const theirs = edit(base, (draft) => void (draft.services[0]!.unitCost = 900));
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toMatchObject([{ kind: 'removed-changed', removedBy: 'mine', path: 'services[club]' }]);
    expect(wordMessage('he', result.conflicts[0]!.label)).toBe("שירות 'מועדון חברתי'");
    expect(result.plan.services.map((entry) => entry.id)).toEqual(['visits']);
  });

  it('removes an item one side removed and the other left alone, with every link to it', () => {
    const base = edit(twoServices(), (draft) => void (draft.services[1]!.outcomeIds = ['out-1']));
    const mine = edit(base, (draft) => void draft.outcomes.splice(0, 1));
    // Theirs links another service to the outcome mine removed: the link goes with the outcome.
    const theirs = edit(base, (draft) => void (draft.services[0]!.outcomeIds = ['out-1', 'out-2']));
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.plan.outcomes.map((outcome) => outcome.id)).toEqual(['out-2']);
    expect(service(result.plan, 'club').outcomeIds).toEqual(['out-2']);
    expect(service(result.plan, 'visits').outcomeIds).toEqual([]);
  });

  it('sees no change in links that went with an item the other side removed', () => {
    const base = edit(twoServices(), (draft) => void (draft.services[0]!.outcomeIds = ['out-1']));
    // Mine removes the service; theirs removes the outcome, which takes the link out of the service.
    const mine = removeServices(base, { ids: ['club'] });
    const theirs = removeOutcome(base, { id: 'out-1' });
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.plan.services.map((entry) => entry.id)).toEqual(['visits']);
    expect(result.plan.outcomes.map((outcome) => outcome.id)).toEqual(['out-2']);
  });

  it('merges lists of ids as sets, applying each side’s additions and removals', () => {
    const base = edit(twoServices(), (draft) => void (draft.services[0]!.outcomeIds = ['out-1']));
    const mine = edit(base, (draft) => void (draft.services[0]!.outcomeIds = []));
    const theirs = edit(base, (draft) => void (draft.services[0]!.outcomeIds = ['out-1', 'out-2']));
    expect(service(merged(base, mine, theirs).plan, 'club').outcomeIds).toEqual(['out-2']);
  });

  it('keys scores by service and criterion', () => {
    const base = buildPlan({ services: [buildService({ id: 'club' })], priorities: { ...buildPlan().priorities, criteria: [{ id: 'need', name: 'צורך', weight: 50 }, { id: 'cost', name: 'עלות', weight: 50 }] } });
    const mine = edit(base, (draft) => void draft.priorities.scores.push({ serviceId: 'club', criterionId: 'need', score: 7 }));
    const theirs = edit(base, (draft) => void draft.priorities.scores.push({ serviceId: 'club', criterionId: 'cost', score: 3 }));
    expect(merged(base, mine, theirs).plan.priorities.scores).toEqual([
      { serviceId: 'club', criterionId: 'need', score: 7 },
      { serviceId: 'club', criterionId: 'cost', score: 3 },
    ]);
  });
});

describe('long texts', () => {
  const base = buildPlan({ services: [buildService({ id: 'club', name: 'מועדון חברתי', description: 'שורה 1\nשורה 2\nשורה 3\nשורה 4' })] });

  it('merges edits to different lines', () => {
    const mine = edit(base, (draft) => void (draft.services[0]!.description = 'שורה 1 שלי\nשורה 2\nשורה 3\nשורה 4'));
    const theirs = edit(base, (draft) => void (draft.services[0]!.description = 'שורה 1\nשורה 2\nשורה 3\nשורה 4 שלהם'));
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.plan.services[0]!.description).toBe('שורה 1 שלי\nשורה 2\nשורה 3\nשורה 4 שלהם');
  });

  it('reports the clashing lines when both rewrote the same line', () => {
    const mine = edit(base, (draft) => void (draft.services[0]!.description = 'שורה 1\nשורה ב\nשורה 3\nשורה 4'));
    const theirs = edit(base, (draft) => void (draft.services[0]!.description = 'שורה 1\nשורה שתיים\nשורה 3\nשורה 4'));
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toMatchObject([{ kind: 'lines', path: 'services[club].description', lines: [{ base: ['שורה 2'], mine: ['שורה ב'], theirs: ['שורה שתיים'] }] }]);
    expect(result.plan.services[0]!.description).toBe(mine.services[0]!.description);
  });

  it('settles only the clashing lines when a side is taken, keeping the other side’s edits to other lines', () => {
    const six = buildPlan({ services: [buildService({ id: 'club', name: 'מועדון חברתי', description: 'ש1\nש2\nש3\nש4\nש5\nש6' })] });
    const mine = edit(six, (draft) => void (draft.services[0]!.description = 'ש1 שלי\nש2\nש3\nש4 שלי\nש5\nש6'));
    const theirs = edit(six, (draft) => void (draft.services[0]!.description = 'ש1\nש2\nש3\nש4 שלהם\nש5\nש6 שלהם'));
    const result = merged(six, mine, theirs);
    const taking = (side: 'mine' | 'theirs') => {
      const resolved = resolveMerge(result, new Map([['services[club].description', { take: side }]]));
      if (resolved.status !== 'resolved') throw new Error(resolved.status);
      return resolved.plan.services[0]!.description;
    };
    expect(taking('mine')).toBe('ש1 שלי\nש2\nש3\nש4 שלי\nש5\nש6 שלהם');
    expect(taking('theirs')).toBe('ש1 שלי\nש2\nש3\nש4 שלהם\nש5\nש6 שלהם');
  });
});

describe('formulas', () => {
  it('merges a formula as its text and recalculates the plan', () => {
    const base = twoServices();
    const mine = setBudgetCells(base, { edits: [{ serviceId: 'club', columnId: 'unitCost', input: '={visits:unitCost}*3' }] });
    const theirs = setBudgetCells(base, { edits: [{ serviceId: 'visits', columnId: 'unitCost', input: 700 }] });
    const result = merged(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(service(result.plan, 'club').unitCost).toBe(2_100);
  });

  it('is no conflict when both sides hold different values worked out by the one formula', () => {
    const base = setBudgetCells(twoServices(), { edits: [{ serviceId: 'club', columnId: 'unitCost', input: '={visits:unitCost}+{visits:participants}' }] });
    const mine = setBudgetCells(base, { edits: [{ serviceId: 'visits', columnId: 'unitCost', input: 600 }, { serviceId: 'club', columnId: 'name', input: 'מועדון' }] });
    const theirs = setBudgetCells(base, { edits: [{ serviceId: 'visits', columnId: 'participants', input: 20 }] });
    const stale = { ...mine, services: mine.services.map((entry) => (entry.id === 'club' ? { ...entry, unitCost: 610 } : entry)) };
    const staleTheirs = { ...theirs, services: theirs.services.map((entry) => (entry.id === 'club' ? { ...entry, unitCost: 520 } : entry)) };
    const result = merged(base, stale, staleTheirs);
    expect(result.conflicts).toEqual([]);
    expect(service(result.plan, 'club').unitCost).toBe(620);
  });
});

describe('the review', () => {
  it('keeps both sides’ comments and both sides’ log in time order', () => {
    const act = (at: string, by: string) => ({ act: 'submit' as const, role: 'team' as const, by, at, contentHash: '', note: '', signature: null, publicKey: null });
    const comment = (id: string, at: string) => ({ id, target: 'services[club]', resolved: false, thread: [{ by: 'רחל', role: 'reviewer' as const, at, text: 'למה?' }] });
    const base = buildPlan({ services: [buildService({ id: 'club' })] });
    const mine = edit(base, (draft) => {
      draft.review.log.push(act('2027-01-03T10:00:00Z', 'אני'));
      draft.review.comments.push(comment('c-1', '2027-01-03T10:00:00Z'));
    });
    const theirs = edit(base, (draft) => {
      draft.review.log.push(act('2027-01-02T10:00:00Z', 'נועה'));
      draft.review.comments.push(comment('c-2', '2027-01-02T10:00:00Z'));
    });
    const result = merged(base, mine, theirs);
    expect(result.plan.review.log.map((entry) => entry.by)).toEqual(['נועה', 'אני']);
    expect(result.plan.review.comments.map((entry) => entry.id)).toEqual(['c-1', 'c-2']);
  });
});

describe('a submitted or approved plan', () => {
  it('takes a merge as any other change: the approval stays as it was, and the content moves on', () => {
    const approved = edit(twoServices(), (draft) => {
      draft.review.status = 'approved';
      draft.review.log.push({ act: 'approve', role: 'coordinator', by: 'רכזת', at: '2027-01-05T10:00:00Z', contentHash: 'hash-at-approval', note: '', signature: null, publicKey: null });
    });
    const theirs = edit(approved, (draft) => void (draft.services[1]!.unitCost = 650));
    const result = merged(approved, approved, theirs);
    expect(result.plan.review).toEqual(approved.review);
    expect(service(result.plan, 'visits').unitCost).toBe(650);
  });
});

describe('two different plans', () => {
  it('refuses plans of another id or another authority unless the caller says to go on', () => {
    const base = twoServices();
    const other = edit(base, (draft) => void (draft.details.authority = 'רשות אחרת'));
    expect(mergePlans(base, base, other)).toEqual({ status: 'refused', mismatches: ['authority'] });
    expect(mergePlans(base, base, { ...base, id: 'another' })).toEqual({ status: 'refused', mismatches: ['plan-id'] });
    expect(mergePlans(base, base, other, { differentPlans: true }).status).toBe('merged');
  });
});

describe('resolving', () => {
  const base = twoServices();
  const mine = edit(base, (draft) => void (draft.services[0]!.unitCost = 1_200));
  const theirs = edit(base, (draft) => {
    draft.services[0]!.unitCost = 1_500;
    draft.services.splice(1, 1);
  });
  const removedAndChanged = edit(base, (draft) => void (draft.services[1]!.name = 'ביקורים'));

  it('takes mine, theirs or an edited value per conflict, and returns a valid plan', () => {
    const result = merged(base, mine, theirs);
    const taken = (choice: Parameters<typeof resolveMerge>[1]) => {
      const outcome = resolveMerge(result, choice);
      if (outcome.status !== 'resolved') throw new Error(outcome.status);
      expect(PlanSchema.safeParse(outcome.plan).success).toBe(true);
      return service(outcome.plan, 'club').unitCost;
    };
    expect(taken(new Map([['services[club].unitCost', { take: 'mine' }]]))).toBe(1_200);
    expect(taken(new Map([['services[club].unitCost', { take: 'theirs' }]]))).toBe(1_500);
    expect(taken(new Map([['services[club].unitCost', { take: 'edited', value: 1_350 }]]))).toBe(1_350);
  });

  it('brings back or takes out an item removed on one side as chosen', () => {
    const result = merged(base, removedAndChanged, theirs);
    expect(result.conflicts).toMatchObject([{ kind: 'removed-changed', removedBy: 'theirs', path: 'services[visits]' }]);
    const choose = (take: 'mine' | 'theirs') => {
      const outcome = resolveMerge(result, new Map(result.conflicts.map((conflict) => [conflict.path, { take }])));
      if (outcome.status !== 'resolved') throw new Error(outcome.status);
      return outcome.plan.services.map((entry) => entry.name);
    };
    expect(choose('mine')).toEqual(['מועדון חברתי', 'ביקורים']);
    expect(choose('theirs')).toEqual(['מועדון חברתי']);
  });

  it('says which conflicts have no choice, and reports a chosen value the plan cannot hold', () => {
    const result = merged(base, mine, theirs);
    expect(resolveMerge(result, new Map())).toEqual({ status: 'unresolved', paths: ['services[club].unitCost'] });
    const invalid = resolveMerge(result, new Map([['services[club].unitCost', { take: 'edited', value: -5 }]]));
    expect(invalid.status).toBe('invalid');
  });
});
