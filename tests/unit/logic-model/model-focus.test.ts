import { describe, expect, it } from 'vitest';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import { focusedNodes, matchingNodes } from '@shared/logic-model/model-focus.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';

const model = deriveLogicModel(samplePlan(validSampleName));

describe('focusing on one node', () => {
  it('lights a service, what feeds it, the outcomes it advances or they lead to, and their goals; nothing else', () => {
    const lit = focusedNodes(model, 'service:svc-caregivers-group');
    expect([...lit].filter((id) => !id.startsWith('input:')).sort()).toEqual(
      ['service:svc-caregivers-group', 'outcome:out-caregivers-relief', 'outcome:out-risk-reduced', 'outcome:out-independence', 'goal:risk-prevention', 'goal:function-preservation'].sort(),
    );
    expect([...lit].some((id) => id.startsWith('input:'))).toBe(true);
    expect(lit.has('service:svc-social-club')).toBe(false);
  });

  it('lights a goal, the outcomes serving it, what leads to them and the services and inputs behind them', () => {
    const lit = focusedNodes(model, 'goal:belonging');
    expect(lit.has('outcome:out-belonging-community')).toBe(true);
    expect(lit.has('outcome:out-weekly-contact')).toBe(true);
    expect(lit.has('service:svc-proactive-phone')).toBe(true);
    expect(lit.has('input:ministry')).toBe(true);
    expect(lit.has('goal:risk-prevention')).toBe(false);
    expect(lit.has('outcome:out-balance-safety')).toBe(false);
  });

  it('ends on a cycle without looping', () => {
    const cyclic = { ...model, edges: [...model.edges, { id: 'x', kind: 'leads-to' as const, from: 'outcome:out-belonging-community', to: 'outcome:out-weekly-contact' }] };
    expect(focusedNodes(cyclic, 'outcome:out-weekly-contact').has('goal:belonging')).toBe(true);
  });
});

describe('searching the model', () => {
  it('finds names containing the text, ignoring case and spaces around it, in the reader’s language', () => {
    expect([...matchingNodes(model, '  קהילה תומכת ', 'he')].sort()).toEqual(['service:svc-supportive-community', 'service:svc-survivors-community']);
    expect([...matchingNodes(model, 'BELONGING', 'en')]).toEqual(['goal:belonging']);
    expect(matchingNodes(model, '   ', 'he').size).toBe(0);
  });
});
