import { describe, expect, it } from 'vitest';
import { proposePlanMix } from '@shared/priorities/mix-proposal.ts';
import { summarizeMix } from '@shared/priorities/mix-summary.ts';
import { checkPlan } from '@shared/rules/validate-plan.ts';
import { decide, setForced } from '@shared/commands/priority-commands.ts';
import { overLimitSampleName, samplePlan, validSampleName } from '../../helpers/samples.ts';

describe('the proposed mix for the samples', () => {
  it('keeps every service of the main sample, which fits its budget and limit', () => {
    const plan = samplePlan(validSampleName);
    const proposal = proposePlanMix(plan);
    expect(proposal.chosen).toEqual(plan.services.map((service) => service.id));
    expect(proposal.below).toEqual([]);
  });

  it('leaves a self-developed program of the over-limit sample below the line, and the rest passes the plan’s own 20% check', () => {
    const plan = samplePlan(overLimitSampleName);
    const proposal = proposePlanMix(plan);
    expect(proposal.below.length).toBeGreaterThan(0);
    expect(proposal.below.every((entry) => entry.reason === 'self-development')).toBe(true);
    const summary = summarizeMix(plan, proposal.chosen);
    expect(summary.withinSelfDevelopmentLimit).toBe(true);
    expect(summary.withinBudget).toBe(true);
    expect(summary.totals.total).toBe(proposal.cost);
    const kept = { ...plan, services: plan.services.filter((service) => proposal.chosen.includes(service.id)) };
    expect(checkPlan(kept).findings.filter((finding) => finding.rule === 'self-development-limit')).toEqual([]);
  });

  it('keeps a program the team forces in, and leaves out another instead', () => {
    const plan = samplePlan(overLimitSampleName);
    const dropped = proposePlanMix(plan).below[0]!.id;
    const forced = proposePlanMix(setForced(plan, { serviceId: dropped, mode: 'in' }));
    expect(forced.chosen).toContain(dropped);
    expect(forced.feasible).toBe(true);
    expect(forced.below.length).toBeGreaterThan(0);
  });
});

describe('a mix summed on its own', () => {
  it('sums only its services, says what they cover, and ignores ids the plan no longer has', () => {
    const plan = samplePlan(validSampleName);
    const all = summarizeMix(plan, plan.services.map((service) => service.id));
    expect(all.totals.total).toBe(checkPlan(plan).totals.total);
    expect(all.goals).toEqual(['belonging', 'risk-prevention', 'function-preservation']);
    const one = summarizeMix(plan, ['svc-caregivers-group', 'svc-gone']);
    expect(one.serviceIds).toEqual(['svc-caregivers-group']);
    expect(one.outcomeIds).toEqual(['out-caregivers-relief']);
    expect(one.goals).toEqual(['risk-prevention']);
  });

  it('sums a scenario whatever was decided about its services, and the proposal leaves out what was decided against', () => {
    const plan = samplePlan(validSampleName);
    const deferred = decide(plan, { decision: { serviceId: 'svc-day-centre', decision: 'deferred', rationale: '', at: '2026-11-23T10:00:00.000Z' } });
    const everything = plan.services.map((service) => service.id);
    expect(summarizeMix(deferred, everything).totals.total).toBe(summarizeMix(plan, everything).totals.total);
    expect(checkPlan(deferred).totals.total).toBeLessThan(checkPlan(plan).totals.total);
    const proposal = proposePlanMix(deferred);
    expect(proposal.chosen).not.toContain('svc-day-centre');
    expect(proposal.below).toEqual([{ id: 'svc-day-centre', reason: 'forced-out' }]);
    expect(proposal.cost).toBe(checkPlan(deferred).totals.total);
  });
});
