import { describe, it, expect } from 'vitest';
import { checkSelfDevelopmentLimit, selfDevelopmentRule } from '@shared/rules/self-development-limit.ts';
import { checkPlan, hasErrors } from '@shared/rules/validate-plan.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildSelfDevelopedCosting, buildServiceCosting, withPolicy, withServices } from '../helpers/plan-builders.ts';
import { overLimitSampleName, samplePlan, validSampleName } from '../helpers/samples.ts';
import { worded } from '../helpers/worded.ts';

/** A plan with a ₪1,000,000 community budget and one self-developed program costing `shekels`. */
function planWithSelfDevelopment(shekels: number, plan: Plan = buildPlan()): Plan {
  return withServices(plan, buildServiceCosting(600_000), buildSelfDevelopedCosting(shekels));
}

const findingsOf = (plan: Plan) => checkSelfDevelopmentLimit(planTotals(plan), plan);

describe('the self-development limit', () => {
  it('passes self-developed programs of exactly 20% of the community budget', () => {
    const findings = findingsOf(planWithSelfDevelopment(200_000));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('rejects a plan whose self-developed programs exceed 20% of the community budget by one agora', () => {
    const findings = findingsOf(planWithSelfDevelopment(200_000.01));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'self-development-limit', severity: 'error', path: 'policy.selfDevelopmentLimit' });
    expect(selfDevelopmentRule).toBe('self-development-limit');
  });

  it('adds the self-developed programs together', () => {
    const plan = withServices(buildPlan(), buildSelfDevelopedCosting(100_000), buildSelfDevelopedCosting(100_000.01));
    expect(findingsOf(plan)).toMatchObject([{ severity: 'error' }]);
  });

  it('warns within one percentage point below the limit', () => {
    expect(findingsOf(planWithSelfDevelopment(195_000))).toMatchObject([{ rule: 'self-development-limit', severity: 'warning' }]);
    expect(findingsOf(planWithSelfDevelopment(190_000.01))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(planWithSelfDevelopment(200_000))).toMatchObject([{ severity: 'warning' }]);
  });

  it('says nothing at one percentage point or more below the limit', () => {
    expect(findingsOf(planWithSelfDevelopment(190_000))).toEqual([]);
    expect(findingsOf(planWithSelfDevelopment(50_000))).toEqual([]);
    expect(findingsOf(buildPlan())).toEqual([]);
  });

  it('measures against the planned total when the policy base is planned-total', () => {
    // ₪800,000 standard + ₪200,000 self-developed = exactly 20% of the planned ₪1,000,000
    const atLimit = withServices(
      buildPlan({ policy: { selfDevelopmentBase: 'planned-total' }, details: { communityBudget: 10_000_000 } }),
      buildServiceCosting(800_000),
      buildSelfDevelopedCosting(200_000),
    );
    expect(findingsOf(atLimit).filter((finding) => finding.severity === 'error')).toEqual([]);
    // ₪750,000 + ₪250,000: 25% of the plan, though only 2.5% of the community budget
    const over = withServices(
      buildPlan({ policy: { selfDevelopmentBase: 'planned-total' }, details: { communityBudget: 10_000_000 } }),
      buildServiceCosting(750_000),
      buildSelfDevelopedCosting(250_000),
    );
    expect(findingsOf(over)).toMatchObject([{ severity: 'error' }]);
  });

  it('respects a limit the year\'s policy changed to 25%', () => {
    const policy = { selfDevelopmentLimit: 0.25 };
    expect(findingsOf(planWithSelfDevelopment(250_000, withPolicy(buildPlan(), policy))).filter((f) => f.severity === 'error')).toEqual([]);
    expect(findingsOf(planWithSelfDevelopment(250_000.01, withPolicy(buildPlan(), policy)))).toMatchObject([{ severity: 'error' }]);
    expect(findingsOf(planWithSelfDevelopment(230_000, withPolicy(buildPlan(), policy)))).toEqual([]);
  });

  it('fails self-developed spending when the base is 0', () => {
    const plan = withServices(buildPlan({ details: { communityBudget: 0 } }), buildSelfDevelopedCosting(1));
    expect(findingsOf(plan)).toMatchObject([{ rule: 'self-development-limit', severity: 'error' }]);
  });

  it('says nothing about a plan with a base of 0 and no self-developed spending', () => {
    const plan = withServices(buildPlan({ details: { communityBudget: 0 } }), buildServiceCosting(1_000));
    expect(findingsOf(plan)).toEqual([]);
  });

  it('explains the finding in Hebrew and in English with the amounts and the limit', () => {
    const [finding] = findingsOf(planWithSelfDevelopment(250_000));
    expect(worded(finding!.message).en).toContain('₪250,000');
    expect(worded(finding!.message).en).toContain('25%');
    expect(worded(finding!.message).en).toContain('20%');
    expect(worded(finding!.message).en).toContain('₪200,000');
    expect(worded(finding!.message).he).toMatch(/[\u0590-\u05FF]/);
    expect(worded(finding!.message).he).toContain('250,000');
  });
});

describe('checkPlan', () => {
  it('finds no errors in the bundled sample', () => {
    const { findings, totals } = checkPlan(samplePlan(validSampleName));
    expect(hasErrors(findings)).toBe(false);
    expect(totals.selfDevelopmentShare).toBeCloseTo(0.11512, 10);
  });

  it('finds the self-development error in the over-limit sample', () => {
    const { findings } = checkPlan(samplePlan(overLimitSampleName));
    expect(hasErrors(findings)).toBe(true);
    expect(findings.map((finding) => finding.rule)).toContain('self-development-limit');
  });

  it('counts only errors as errors', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ rule: 'r', severity: 'warning', path: '', target: null, message: { key: 'app.name' } }])).toBe(false);
    expect(hasErrors([{ rule: 'r', severity: 'error', path: '', target: null, message: { key: 'app.name' } }])).toBe(true);
  });
});

describe('where the self-development finding points', () => {
  it('points at the largest self-developed program and names it', () => {
    const plan = withServices(
      buildPlan(),
      buildSelfDevelopedCosting(150_000, { id: 'small', name: 'קבוצות הליכה' }),
      buildSelfDevelopedCosting(60_000.01, { id: 'large', name: 'קו טלפוני יזום' }),
    );
    const [finding] = findingsOf(plan);
    expect(finding).toMatchObject({ severity: 'error', target: { serviceId: 'small', field: 'total' } });
    expect(worded(finding!.message).he).toContain('קבוצות הליכה');
    expect(worded(finding!.message).en).toContain('קבוצות הליכה');
  });
});
