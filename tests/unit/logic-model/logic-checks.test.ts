import { describe, expect, it } from 'vitest';
import { checkLogicModel, type LogicCheck } from '@shared/logic-model/logic-checks.ts';
import type { Indicator } from '@shared/model/plan-schema.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';
import { worded } from '../../helpers/worded.ts';

const indicator: Indicator = { id: 'ind', name: 'מדד', libraryId: null, unit: '%', baseline: null, target: null, source: '', baselineYear: null, milestones: [] };
const measured = { indicators: [indicator] };

/** Outcomes on all three goals, each measured, so only the check under test speaks. */
const coveringOutcomes = () => [
  buildOutcome('belong', { goal: 'belonging', ...measured }),
  buildOutcome('risk', { goal: 'risk-prevention', ...measured }),
  buildOutcome('function', { goal: 'function-preservation', ...measured }),
];
const servicesFor = (...ids: string[]) => ids.map((id) => buildService({ id: `svc-${id}`, outcomeIds: [id] }));

const findingsOf = (check: LogicCheck, plan: Parameters<typeof checkLogicModel>[0]) => checkLogicModel(plan).filter((finding) => finding.check === check);

describe('the logic model checks', () => {
  it('finds nothing in a plan where every service, outcome and goal is linked and measured', () => {
    expect(checkLogicModel(buildPlan({ outcomes: coveringOutcomes(), services: servicesFor('belong', 'risk', 'function') }))).toEqual([]);
  });

  it('flags a service that advances no outcome, naming it', () => {
    const plan = buildPlan({
      outcomes: coveringOutcomes(),
      services: [...servicesFor('belong', 'risk', 'function'), buildService({ id: 'phone', name: 'קו טלפוני יזום' })],
    });
    const findings = checkLogicModel(plan);
    expect(findings.map((finding) => [finding.check, ...finding.nodeIds])).toEqual([['service-no-outcome', 'service:phone']]);
    expect(worded(findings[0]!.message)).toEqual({ he: expect.stringContaining('קו טלפוני יזום'), en: expect.stringContaining('קו טלפוני יזום') });
  });

  it('flags a service linked only to an outcome the plan does not have', () => {
    const plan = buildPlan({ outcomes: coveringOutcomes(), services: [...servicesFor('belong', 'risk', 'function'), buildService({ id: 'lost', outcomeIds: ['deleted'] })] });
    expect(findingsOf('service-no-outcome', plan).map((finding) => finding.nodeIds)).toEqual([['service:lost']]);
  });

  it('flags an outcome no service advances, and those it alone leads to', () => {
    const plan = buildPlan({
      outcomes: [...coveringOutcomes(), buildOutcome('orphan', { title: 'צמצום בדידות', leadsTo: ['later'], ...measured }), buildOutcome('later', { horizon: 'long', ...measured })],
      services: servicesFor('belong', 'risk', 'function'),
    });
    const findings = findingsOf('outcome-no-service', plan);
    expect(findings.map((finding) => finding.nodeIds)).toEqual([['outcome:orphan'], ['outcome:later']]);
    expect(worded(findings[0]!.message).he).toContain('צמצום בדידות');
  });

  it('does not flag a long-term outcome reached through a shorter-term outcome that a service advances', () => {
    const plan = buildPlan({
      outcomes: [
        buildOutcome('belong', { goal: 'belonging', leadsTo: ['middle'], ...measured }),
        buildOutcome('middle', { horizon: 'intermediate', leadsTo: ['long'], ...measured }),
        buildOutcome('long', { horizon: 'long', ...measured }),
        buildOutcome('risk', { goal: 'risk-prevention', ...measured }),
        buildOutcome('function', { goal: 'function-preservation', ...measured }),
      ],
      services: servicesFor('belong', 'risk', 'function'),
    });
    expect(findingsOf('outcome-no-service', plan)).toEqual([]);
  });

  it('flags an outcome with no indicator', () => {
    const plan = buildPlan({ outcomes: [...coveringOutcomes(), buildOutcome('unmeasured', { title: 'שיפור תפקוד' })], services: servicesFor('belong', 'risk', 'function', 'unmeasured') });
    const findings = findingsOf('outcome-no-indicator', plan);
    expect(findings.map((finding) => finding.nodeIds)).toEqual([['outcome:unmeasured']]);
    expect(worded(findings[0]!.message)).toEqual({ he: expect.stringContaining('שיפור תפקוד'), en: expect.stringContaining('indicator') });
  });

  it('flags each goal with no outcome under it, naming the goal', () => {
    const plan = buildPlan({ outcomes: [buildOutcome('belong', { goal: 'belonging', ...measured })], services: servicesFor('belong') });
    const findings = checkLogicModel(plan);
    expect(findings.map((finding) => [finding.check, ...finding.nodeIds])).toEqual([
      ['goal-empty', 'goal:risk-prevention'],
      ['goal-empty', 'goal:function-preservation'],
    ]);
    expect(worded(findings[0]!.message).he).toContain('מניעת מצבי סיכון וסכנה');
    expect(worded(findings[1]!.message).en).toContain('Deferring dependency and preserving function');
  });

  it('flags a cycle of three outcomes once, naming each of them once', () => {
    const plan = buildPlan({
      outcomes: [
        buildOutcome('a', { title: 'קשר שבועי', leadsTo: ['b'], ...measured }),
        buildOutcome('b', { title: 'פחות בדידות', leadsTo: ['c'], ...measured }),
        buildOutcome('c', { title: 'שייכות לקהילה', leadsTo: ['a'], ...measured }),
      ],
      services: servicesFor('a'),
    });
    const cycles = findingsOf('outcome-cycle', plan);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.nodeIds).toEqual(['outcome:a', 'outcome:b', 'outcome:c']);
    expect(worded(cycles[0]!.message).he).toBe('התוצאות "קשר שבועי", "פחות בדידות" ו"שייכות לקהילה" מובילות זו אל זו במעגל. תוצאה מובילה אל תוצאה ארוכת טווח ממנה, ולכן יש להסיר לפחות קישור אחד במעגל.');
    // In English the Hebrew names are set apart with Unicode isolates, so bidi cannot reorder them into the sentence.
    expect(worded(cycles[0]!.message).en).toContain('"\u2068קשר שבועי\u2069", "\u2068פחות בדידות\u2069" and "\u2068שייכות לקהילה\u2069"');
  });

  it('flags an outcome that leads to itself', () => {
    const plan = buildPlan({ outcomes: [buildOutcome('self', { title: 'עצמאות', leadsTo: ['self'], ...measured })], services: servicesFor('self') });
    const findings = findingsOf('outcome-cycle', plan);
    expect(findings.map((finding) => finding.nodeIds)).toEqual([['outcome:self']]);
    expect(worded(findings[0]!.message)).toEqual({ he: expect.stringContaining('מובילה אל עצמה'), en: expect.stringContaining('leads to itself') });
  });

  it('reports two cycles through one outcome as one group, and a separate cycle on its own', () => {
    const plan = buildPlan({
      outcomes: [
        buildOutcome('a', { leadsTo: ['b', 'c'] }),
        buildOutcome('b', { leadsTo: ['a'] }),
        buildOutcome('c', { leadsTo: ['a'] }),
        buildOutcome('d', { leadsTo: ['e'] }),
        buildOutcome('e', { leadsTo: ['d'] }),
      ],
    });
    expect(findingsOf('outcome-cycle', plan).map((finding) => finding.nodeIds)).toEqual([
      ['outcome:a', 'outcome:b', 'outcome:c'],
      ['outcome:d', 'outcome:e'],
    ]);
  });

  it('finds no cycle along a chain of 20,000 outcomes, and the one closing link that makes it a cycle', () => {
    const length = 20_000;
    const outcomes = Array.from({ length }, (_, index) => buildOutcome(`o${index}`, { leadsTo: index + 1 < length ? [`o${index + 1}`] : [], ...measured }));
    const chain = buildPlan({ outcomes, services: servicesFor('o0') });
    expect(findingsOf('outcome-cycle', chain)).toEqual([]);
    expect(findingsOf('outcome-no-service', chain)).toEqual([]);
    const closed = buildPlan({ outcomes: outcomes.map((outcome, index) => (index === length - 1 ? { ...outcome, leadsTo: ['o0'] } : outcome)) });
    const cycles = findingsOf('outcome-cycle', closed);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.nodeIds).toHaveLength(length);
  });

  it('finds no cycle in the sample plan', () => {
    expect(findingsOf('outcome-cycle', samplePlan(validSampleName))).toEqual([]);
  });
});
