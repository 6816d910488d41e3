import { describe, it, expect } from 'vitest';
import { checkPlan, hasErrors } from '@shared/rules/validate-plan.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import type { Finding } from '@shared/rules/finding.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import {
  buildPlan,
  buildSelfDevelopedCosting,
  buildService,
  buildServiceCosting,
  withOutcomes,
  withServices,
} from '../../helpers/plan-builders.ts';
import { overLimitSampleName, sampleJson, samplePlan, setAtPath, validSampleName } from '../../helpers/samples.ts';
import { worded } from '../../helpers/worded.ts';

const rulesOf = (findings: readonly Finding[]) => findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.path}`);

/**
 * A plan that breaks every rule once: a ₪10,000 budget, services costing ₪12,700 in all.
 *   0 self-developed ₪2,700 (over 20% of ₪10,000), linked to an outcome that does not exist
 *   1 ₪10,000, funding typed as ₪1 + ₪1
 *   2 no participants, no outcome
 *   3 ₪0 a year
 */
function planBreakingEveryRule(): Plan {
  return withServices(
    withOutcomes(buildPlan({ details: { communityBudget: 10_000 } }), 'out-1'),
    buildSelfDevelopedCosting(2_700, { id: 'a', outcomeIds: ['out-missing'] }),
    buildServiceCosting(10_000, { id: 'b', outcomeIds: ['out-1'], funding: { ministry: 1, authority: 1 } }),
    buildService({ id: 'c', participants: 0, outcomeIds: [] }),
    buildServiceCosting(0, { id: 'd', outcomeIds: ['out-1'] }),
  );
}

describe('checkPlan', () => {
  it('runs every rule in a stable order: the plan as a whole, each service rule over the services in order, then the logic model', () => {
    const { findings } = checkPlan(planBreakingEveryRule(), [{ serviceId: 'b', field: 'unitCost', code: '#DIV/0!' }]);
    expect(rulesOf(findings)).toEqual([
      'error self-development-limit policy.selfDevelopmentLimit',
      'error budget-over-community details.communityBudget',
      'error formula-error services[1].unitCost',
      'error service-no-outcome services[0].outcomeIds',
      'warning service-no-outcome services[2].outcomeIds',
      'warning service-no-participants services[2].participants',
      'warning service-no-cost services[3].unitCost',
      'warning logic-outcome-no-indicator outcomes[0].indicators',
      'warning logic-goal-empty outcomes',
      'warning logic-goal-empty outcomes',
    ]);
  });

  it("does not repeat a formula error as money findings of the same service", () => {
    const withoutError = rulesOf(checkPlan(planBreakingEveryRule()).findings);
    const withError = rulesOf(checkPlan(planBreakingEveryRule(), [{ serviceId: 'b', field: 'unitCost', code: '#DIV/0!' }]).findings);
    expect(withoutError).toContain('error funding-split services[1].funding.ministry');
    expect(withError).not.toContain('error funding-split services[1].funding.ministry');
  });

  it('gives the same findings every time it runs on the same plan', () => {
    const plan = planBreakingEveryRule();
    expect(checkPlan(plan)).toEqual(checkPlan(plan));
  });

  it('targets grid cells from service findings and nothing from plan findings', () => {
    const { findings } = checkPlan(planBreakingEveryRule());
    const targets = findings.map((finding) => [finding.rule, finding.target]);
    expect(targets).toEqual([
      ['self-development-limit', { serviceId: 'a', field: 'total' }],
      ['budget-over-community', null],
      ['service-no-outcome', { serviceId: 'a', field: 'name' }],
      ['service-no-outcome', { serviceId: 'c', field: 'name' }],
      ['funding-split', { serviceId: 'b', field: 'ministry' }],
      ['service-no-participants', { serviceId: 'c', field: 'participants' }],
      ['service-no-cost', { serviceId: 'd', field: 'unitCost' }],
      ['logic-outcome-no-indicator', null],
      ['logic-goal-empty', null],
      ['logic-goal-empty', null],
    ]);
  });

  it('names the logic model’s node in each of its findings, so the panel can open the canvas there', () => {
    const { findings } = checkPlan(planBreakingEveryRule());
    expect(findings.filter((finding) => finding.rule.startsWith('logic-')).map((finding) => finding.modelNode)).toEqual([
      'outcome:out-1',
      'goal:risk-prevention',
      'goal:function-preservation',
    ]);
    expect(findings.filter((finding) => !finding.rule.startsWith('logic-')).every((finding) => finding.modelNode === undefined)).toBe(true);
  });

  it('has no formula errors when the caller gives no cell errors', () => {
    expect(checkPlan(planBreakingEveryRule()).findings.map((finding) => finding.rule)).not.toContain('formula-error');
  });

  it('maps the cell errors it is given to their places in the plan file', () => {
    const plan = withServices(
      withOutcomes(buildPlan(), 'out-1'),
      buildService({ id: 'club', outcomeIds: ['out-1'] }),
      buildService({ id: 'meals', outcomeIds: ['out-1'] }),
    );
    const { findings } = checkPlan(plan, [
      { serviceId: 'meals', field: 'other', code: '#VALUE!' },
      { serviceId: 'club', field: 'perYear', code: '#CIRC!' },
      { serviceId: 'meals', field: 'transport', code: '#NUM!' },
    ]);
    expect(findings.filter((finding) => !finding.rule.startsWith('logic-')).map((finding) => [finding.path, finding.target])).toEqual([
      ['services[0].frequency.perYear', { serviceId: 'club', field: 'perYear' }],
      ['services[1].funding.other', { serviceId: 'meals', field: 'other' }],
      ['services[1].custom[transport]', { serviceId: 'meals', field: 'transport' }],
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it('blocks submission on errors only: a plan with warnings alone has no errors', () => {
    const plan = withServices(buildPlan(), buildService({ participants: 0 }), buildServiceCosting(0));
    const { findings } = checkPlan(plan);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(hasErrors(findings)).toBe(false);
  });

  it('writes every message in Hebrew and in English, naming the service for service findings', () => {
    const plan = planBreakingEveryRule();
    const { findings } = checkPlan(plan, [{ serviceId: 'b', field: 'unitCost', code: '#DIV/0!' }]);
    for (const finding of findings) {
      expect(worded(finding.message).he, finding.rule).toMatch(/[\u05D0-\u05EA]/);
      expect(worded(finding.message).en, finding.rule).toMatch(/[A-Za-z]{3}/);
      expect(worded(finding.message).he).not.toBe(worded(finding.message).en);
      if (finding.target) {
        const service = plan.services.find((candidate) => candidate.id === finding.target?.serviceId);
        expect(worded(finding.message).he, finding.rule).toContain(service?.name);
        expect(worded(finding.message).en, finding.rule).toContain(service?.name);
      }
    }
  });
});

describe('the bundled samples', () => {
  it('finds nothing at all in the main sample', () => {
    expect(checkPlan(samplePlan(validSampleName)).findings).toEqual([]);
  });

  it('finds exactly the self-development error among the errors of the over-limit sample', () => {
    const { findings } = checkPlan(samplePlan(overLimitSampleName));
    expect(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule)).toEqual(['self-development-limit']);
  });

  it('finds a dangling outcome link in a hand-edited copy of the sample file', () => {
    const json = sampleJson(validSampleName);
    setAtPath(json, ['services', 3, 'outcomeIds'], ['out-weekly-contact', 'out-was-deleted']);
    const read = readPlan(JSON.stringify(json));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { findings } = checkPlan(read.plan);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'service-no-outcome', severity: 'error', path: 'services[3].outcomeIds', target: { serviceId: 'svc-survivors-community', field: 'name' } }),
    ]);
    expect(worded(findings[0]!.message).he).toContain('קהילה תומכת לניצולי שואה');
  });
});
