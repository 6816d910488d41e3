import { describe, expect, it } from 'vitest';
import { canLink, canUnlink, linkNodes, moveLink, unlinkAll, unlinkNodes } from '@shared/logic-model/model-links.ts';
import { checkLogicModel } from '@shared/logic-model/logic-checks.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

/** A service linked to nothing, and outcomes of each horizon: short → long. */
function plan() {
  return buildPlan({
    services: [buildService({ id: 'club', outcomeIds: [] }), buildService({ id: 'meals', outcomeIds: ['short'] })],
    outcomes: [
      buildOutcome('short', { horizon: 'short', leadsTo: ['long'] }),
      buildOutcome('middle', { horizon: 'intermediate', goal: 'risk-prevention' }),
      buildOutcome('long', { horizon: 'long' }),
    ],
  });
}

describe('which links can be drawn', () => {
  const base = plan();
  it.each([
    ['service:club', 'outcome:short', true],
    ['service:club', 'outcome:long', true],
    ['service:meals', 'outcome:short', false],
    ['service:club', 'service:meals', false],
    ['service:club', 'goal:belonging', false],
    ['service:ghost', 'outcome:short', false],
    ['service:club', 'outcome:ghost', false],
    ['outcome:short', 'outcome:middle', true],
    ['outcome:short', 'outcome:long', false],
    ['outcome:long', 'outcome:short', false],
    ['outcome:middle', 'outcome:middle', false],
    ['outcome:short', 'goal:risk-prevention', true],
    ['outcome:short', 'goal:belonging', false],
    ['outcome:short', 'goal:nonsense', false],
    ['goal:belonging', 'outcome:short', false],
    ['input:ministry', 'service:club', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canLink(base, { from, to })).toBe(allowed);
  });

  it('lets outcomes of one horizon lead to one another, never to a shorter one', () => {
    const twoShort = buildPlan({ outcomes: [buildOutcome('a', { horizon: 'short' }), buildOutcome('b', { horizon: 'short' })] });
    expect(canLink(twoShort, { from: 'outcome:a', to: 'outcome:b' })).toBe(true);
    expect(canLink(base, { from: 'outcome:middle', to: 'outcome:short' })).toBe(false);
  });
});

describe('drawing and removing links as plan commands', () => {
  it('links a service to an outcome, and the orphan finding goes', () => {
    const before = plan();
    expect(checkLogicModel(before).map((finding) => finding.check)).toContain('service-no-outcome');
    const after = linkNodes(before, { from: 'service:club', to: 'outcome:middle' });
    expect(after.services[0]!.outcomeIds).toEqual(['middle']);
    expect(checkLogicModel(after).filter((finding) => finding.check === 'service-no-outcome')).toEqual([]);
    expect(before.services[0]!.outcomeIds).toEqual([]);
  });

  it('links an outcome to a longer one, and moves an outcome to another goal', () => {
    const led = linkNodes(plan(), { from: 'outcome:short', to: 'outcome:middle' });
    expect(led.outcomes[0]!.leadsTo).toEqual(['long', 'middle']);
    const moved = linkNodes(led, { from: 'outcome:short', to: 'goal:function-preservation' });
    expect(moved.outcomes[0]!.goal).toBe('function-preservation');
  });

  it('leaves the plan itself untouched when a link cannot be drawn or removed', () => {
    const base = plan();
    expect(linkNodes(base, { from: 'service:meals', to: 'outcome:short' })).toBe(base);
    expect(linkNodes(base, { from: 'outcome:long', to: 'outcome:short' })).toBe(base);
    expect(unlinkNodes(base, { from: 'service:club', to: 'outcome:short' })).toBe(base);
    expect(unlinkNodes(base, { from: 'outcome:short', to: 'goal:belonging' })).toBe(base);
    expect(moveLink(base, { old: { from: 'service:meals', to: 'outcome:short' }, next: { from: 'service:meals', to: 'outcome:short' } })).toBe(base);
  });

  it('removes a service’s link and an outcome’s, but never an outcome’s goal or an input', () => {
    expect(canUnlink({ from: 'service:meals', to: 'outcome:short' })).toBe(true);
    expect(canUnlink({ from: 'outcome:short', to: 'outcome:long' })).toBe(true);
    expect(canUnlink({ from: 'outcome:short', to: 'goal:belonging' })).toBe(false);
    expect(canUnlink({ from: 'input:ministry', to: 'service:meals' })).toBe(false);
    const base = plan();
    expect(unlinkNodes(base, { from: 'service:meals', to: 'outcome:short' }).services[1]!.outcomeIds).toEqual([]);
    expect(unlinkNodes(base, { from: 'outcome:short', to: 'outcome:long' }).outcomes[0]!.leadsTo).toEqual([]);
  });

  it('removes several links at once', () => {
    const base = plan();
    const after = unlinkAll(base, { links: [{ from: 'service:meals', to: 'outcome:short' }, { from: 'outcome:short', to: 'outcome:long' }, { from: 'outcome:short', to: 'goal:belonging' }] });
    expect(after.services[1]!.outcomeIds).toEqual([]);
    expect(after.outcomes[0]!.leadsTo).toEqual([]);
    expect(after.outcomes[0]!.goal).toBe('belonging');
  });

  it('moves a link’s end to another outcome or another service, and refuses a move onto a link already there', () => {
    const base = plan();
    const toLong = moveLink(base, { old: { from: 'service:meals', to: 'outcome:short' }, next: { from: 'service:meals', to: 'outcome:long' } });
    expect(toLong.services[1]!.outcomeIds).toEqual(['long']);
    const toClub = moveLink(base, { old: { from: 'service:meals', to: 'outcome:short' }, next: { from: 'service:club', to: 'outcome:short' } });
    expect(toClub.services.map((service) => service.outcomeIds)).toEqual([['short'], []]);
    const doubled = linkNodes(base, { from: 'service:club', to: 'outcome:short' });
    expect(moveLink(doubled, { old: { from: 'service:meals', to: 'outcome:short' }, next: { from: 'service:club', to: 'outcome:short' } })).toBe(doubled);
    const goal = moveLink(base, { old: { from: 'outcome:short', to: 'goal:belonging' }, next: { from: 'outcome:short', to: 'goal:risk-prevention' } });
    expect(goal.outcomes[0]!.goal).toBe('risk-prevention');
    expect(moveLink(base, { old: { from: 'outcome:short', to: 'goal:belonging' }, next: { from: 'outcome:middle', to: 'goal:belonging' } })).toBe(base);
    // A goal link's end dropped on an outcome would leave the goal and add a link nobody drew.
    expect(moveLink(base, { old: { from: 'outcome:short', to: 'goal:belonging' }, next: { from: 'outcome:short', to: 'outcome:middle' } })).toBe(base);
  });

  it('keeps the budget grid’s formulas working after a link is drawn on the sample', () => {
    const sample = samplePlan(validSampleName);
    const before = evaluatePlan(sample).plan;
    const service = sample.services.find((candidate) => !candidate.outcomeIds.includes('out-balance-safety'))!;
    const after = evaluatePlan(linkNodes(sample, { from: `service:${service.id}`, to: 'outcome:out-balance-safety' })).plan;
    expect(after.services.map((candidate) => [candidate.participants, candidate.unitCost])).toEqual(before.services.map((candidate) => [candidate.participants, candidate.unitCost]));
  });
});
