import { describe, expect, it } from 'vitest';
import { insertServices, setBudgetCells } from '@shared/budget/budget-commands.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { mergePlans } from '@shared/merge/merge-plans.ts';
import type { ConflictChoice, MergeResult, Side } from '@shared/merge/merge-result.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import { PlanSchema, type Plan } from '@shared/model/plan-schema.ts';
import { linkedPlan } from '../../helpers/linked-plans.ts';
import { buildService } from '../../helpers/plan-builders.ts';
import { randomEdits, type Scope } from './random-edits.ts';

const seeds = Array.from({ length: 25 }, (_, index) => index + 1);
const editsPerSide = 8;

function merged(base: Plan, mine: Plan, theirs: Plan): MergeResult {
  const outcome = mergePlans(base, mine, theirs);
  if (outcome.status !== 'merged') throw new Error(`refused: ${outcome.mismatches.join(', ')}`);
  return outcome;
}

/** The plan with every list in one order: a merge keeps mine's order and places theirs' new items, which replaying edits does not copy. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((left, right) => (JSON.stringify(left) < JSON.stringify(right) ? -1 : 1));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, canonical(inner)]));
  return value;
}

const settled = (plan: Plan) => evaluatePlan(plan).plan;
const everything = (side: 'a' | 'b'): Scope => ({ side, services: 'all', parts: 'all' });

function sides(seed: number, scopes: [Scope, Scope]) {
  const base = settled(linkedPlan(seed));
  return { base, a: randomEdits(base, seed * 2, editsPerSide, scopes[0]), b: randomEdits(base, seed * 2 + 1, editsPerSide, scopes[1]) };
}

/** Ids of the items a merge must neither lose nor double: services, outcomes, needs. */
const idsOf = (plan: Plan) => [...plan.services.map((item) => item.id), ...plan.outcomes.map((item) => item.id), ...plan.needs.map((item) => item.id)];

describe('merging seeded random edit pairs of linked plans', () => {
  it('gives back one side unchanged when the other side changed nothing', () => {
    for (const seed of seeds) {
      const { base, a } = sides(seed, [everything('a'), everything('b')]);
      const onlyMine = merged(base, a.plan, base);
      expect(onlyMine.conflicts).toEqual([]);
      expect(onlyMine.fromTheirs).toEqual([]);
      expect(onlyMine.plan).toEqual(settled(a.plan));
      const onlyTheirs = merged(base, base, a.plan);
      expect(onlyTheirs.conflicts).toEqual([]);
      expect(canonical(onlyTheirs.plan)).toEqual(canonical(settled(a.plan)));
    }
  });

  it('holds both sides’ disjoint edits, as if one had been made after the other, with no conflict and a valid plan', () => {
    for (const seed of seeds) {
      const { base, a, b } = sides(seed, [
        { side: 'a', services: 'first-half', parts: 'needs' },
        { side: 'b', services: 'second-half', parts: 'outcomes' },
      ]);
      const result = merged(base, a.plan, b.plan);
      expect(result.conflicts.map((conflict) => `${conflict.kind} ${conflict.path}`), `seed ${seed}`).toEqual([]);
      expect(PlanSchema.safeParse(result.plan).success).toBe(true);
      const oneAfterTheOther = settled(b.steps.reduce((plan, step) => step(plan), a.plan));
      expect(canonical(result.plan), `seed ${seed}`).toEqual(canonical(oneAfterTheOther));
      // Money: the merged budget's total is the replayed one's to the agora.
      expect(planTotals(result.plan).total).toBe(planTotals(oneAfterTheOther).total);
    }
  });

  it('gives the same plan either way round once each conflict is settled for the same side', () => {
    for (const seed of seeds) {
      const { base, a, b } = sides(seed, [everything('a'), everything('b')]);
      const forward = merged(base, a.plan, b.plan);
      const backward = merged(base, b.plan, a.plan);
      const flipped = (side: Side): Side => (side === 'mine' ? 'theirs' : 'mine');
      expect(backward.conflicts.map((conflict) => [conflict.path, conflict.kind, conflict.kind === 'removed-changed' ? flipped(conflict.removedBy) : null]).sort()).toEqual(
        forward.conflicts.map((conflict) => [conflict.path, conflict.kind, conflict.kind === 'removed-changed' ? conflict.removedBy : null]).sort(),
      );
      const allFor = (result: MergeResult, side: Side) => new Map<string, ConflictChoice>(result.conflicts.map((conflict) => [conflict.path, { take: side }]));
      const withA = resolveMerge(forward, allFor(forward, 'mine'));
      const alsoWithA = resolveMerge(backward, allFor(backward, 'theirs'));
      expect(alsoWithA.status).toBe(withA.status);
      if (withA.status === 'resolved' && alsoWithA.status === 'resolved') expect(canonical(alsoWithA.plan), `seed ${seed}`).toEqual(canonical(withA.plan));
    }
  });

  it('loses no id and doubles none', () => {
    for (const seed of seeds) {
      const { base, a, b } = sides(seed, [everything('a'), everything('b')]);
      const result = merged(base, a.plan, b.plan);
      const ids = idsOf(result.plan);
      expect(new Set(ids).size).toBe(ids.length);
      const inBase = new Set(idsOf(base));
      const inA = new Set(idsOf(a.plan));
      const inB = new Set(idsOf(b.plan));
      const keptByBoth = [...inA].filter((id) => inB.has(id));
      const added = [...inA, ...inB].filter((id) => !inBase.has(id));
      expect([...keptByBoth, ...added].filter((id) => !ids.includes(id))).toEqual([]);
    }
  });

  it('keeps both items when the two sides add different items under the same id, and theirs’ links follow theirs', () => {
    for (const seed of seeds.slice(0, 8)) {
      const base = settled(linkedPlan(seed));
      const withNew = (plan: Plan, name: string) => {
        const added = insertServices(plan, { index: 0, services: [buildService({ id: 'svc-new', name })] });
        return setBudgetCells(added, { edits: [{ serviceId: added.services[1]!.id, columnId: 'unitCost', input: '={svc-new:unitCost}+1' }] });
      };
      const a = withNew(randomEdits(base, seed * 2, editsPerSide, { side: 'a', services: 'first-half', parts: 'needs' }).plan, 'ארוחות');
      const b = withNew(randomEdits(base, seed * 2 + 1, editsPerSide, { side: 'b', services: 'second-half', parts: 'outcomes' }).plan, 'הסעות');
      const result = merged(base, a, b);
      const ids = idsOf(result.plan);
      expect(new Set(ids).size).toBe(ids.length);
      expect(result.renamedIds).toEqual([{ from: 'svc-new', to: 'svc-new-2' }]);
      expect(result.plan.services.find((service) => service.id === 'svc-new-2')?.name).toBe('הסעות');
      const theirsFormula = result.plan.services.find((service) => service.id === b.services[1]!.id)!.formulas.find((entry) => entry.field === 'unitCost');
      if (a.services[1]!.id !== b.services[1]!.id) expect(theirsFormula?.formula).toBe('={svc-new-2:unitCost}+1');
    }
  });
});
