import { describe, expect, it } from 'vitest';
import { decide, promoteScenario, saveScenario, setDecisionRationale } from '@shared/commands/priority-commands.ts';
import { decisionsByService } from '@shared/model/decision-in-force.ts';
import { proposePlanMix } from '@shared/priorities/mix-proposal.ts';
import { overLimitSampleName, samplePlan } from '../../helpers/samples.ts';

const at = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('decisions on services', () => {
  it('keeps every decision as history, the latest in force, and rewords only the latest', () => {
    const plan = samplePlan(overLimitSampleName);
    const first = decide(plan, { decision: { serviceId: 'svc-knitting-group', decision: 'deferred', rationale: 'אין מתנדבים', at: at(1) } });
    const second = decide(first, { decision: { serviceId: 'svc-knitting-group', decision: 'approved', rationale: 'נמצאו מתנדבים', at: at(2) } });
    const reworded = setDecisionRationale(second, { serviceId: 'svc-knitting-group', rationale: 'נמצאו שש מתנדבות' });
    const entry = decisionsByService(reworded).get('svc-knitting-group')!;
    expect(entry.latest).toEqual({ serviceId: 'svc-knitting-group', decision: 'approved', rationale: 'נמצאו שש מתנדבות', at: at(2) });
    expect(entry.history.map((decision) => [decision.decision, decision.rationale])).toEqual([['deferred', 'אין מתנדבים'], ['approved', 'נמצאו שש מתנדבות']]);
    expect(setDecisionRationale(plan, { serviceId: 'svc-knitting-group', rationale: 'x' }).priorities.decisions).toEqual([]);
  });

  it('promotes a scenario: its services approved and in, the others deferred and out, and the budget line follows', () => {
    const plan = samplePlan(overLimitSampleName);
    const ids = ['svc-social-club', 'svc-day-centre'];
    const saved = saveScenario(plan, { scenario: { id: 'sc', name: 'מצומצם', serviceIds: ids, createdAt: at(0) } });
    const promoted = promoteScenario(saved, { id: 'sc', at: at(5), approvedRationale: 'בתרחיש', deferredRationale: 'מחוץ לתרחיש' });
    const decisions = decisionsByService(promoted);
    expect(decisions.size).toBe(plan.services.length);
    for (const service of plan.services) {
      expect(decisions.get(service.id)!.latest.decision).toBe(ids.includes(service.id) ? 'approved' : 'deferred');
    }
    expect(proposePlanMix(promoted).chosen).toEqual(ids);
    expect(promoteScenario(saved, { id: 'missing', at: at(5), approvedRationale: '', deferredRationale: '' })).toBe(saved);
  });
});
