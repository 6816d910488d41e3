import { describe, expect, it } from 'vitest';
import { applyDelta, DeltaMismatchError, planDelta } from '@shared/history/plan-delta.ts';
import { PlanDeltaSchema } from '@shared/model/plan-delta-schema.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';
import { randomEdits } from '../merge/random-edits.ts';

const seeds = Array.from({ length: 25 }, (_, index) => index + 1);

describe('the delta between two copies of a plan', () => {
  it.each(seeds)('rebuilds the other copy exactly, both ways, after random edits (seed %i)', (seed) => {
    const before = generatedPlan(seed, 30);
    const { plan: after } = randomEdits(before, seed, 8, { side: 'a', services: 'all', parts: 'all' });
    expect(applyDelta(before, planDelta(before, after))).toEqual(after);
    expect(applyDelta(after, planDelta(after, before))).toEqual(before);
    expect(PlanDeltaSchema.safeParse(JSON.parse(JSON.stringify(planDelta(after, before)))).success).toBe(true);
  });

  it('writes only what changed, and a list with ids by its items', () => {
    const before = generatedPlan(3, 300);
    const service = before.services[120]!;
    const after = { ...before, services: before.services.map((item) => (item === service ? { ...item, name: 'מועדון בוקר' } : item)) };
    expect(planDelta(before, after)).toEqual({ fields: { services: { items: [{ key: service.id, change: { fields: { name: { set: 'מועדון בוקר' } } } }] } } });
    const moved = { ...before, services: [...before.services.slice(1), before.services[0]!] };
    expect(planDelta(before, moved)).toEqual({ fields: { services: { items: [], order: moved.services.map((item) => item.id) } } });
    const removed = { ...before, services: before.services.filter((item) => item !== service) };
    expect(planDelta(removed, before)).toEqual({ fields: { services: { items: [{ key: service.id, change: { set: service } }], insert: [{ key: service.id, after: before.services[119]!.id }] } } });
    expect(planDelta(before, removed)).toEqual({ fields: { services: { items: [], drop: [service.id] } } });
  });

  it('keeps a list without ids by position, or whole when its length changed', () => {
    expect(planDelta({ values: ['a', 'b', 'c'] }, { values: ['a', 'x', 'c'] })).toEqual({ fields: { values: { at: { 1: { set: 'x' } } } } });
    expect(planDelta({ values: ['a'] }, { values: ['a', 'b'] })).toEqual({ fields: { values: { set: ['a', 'b'] } } });
    expect(planDelta({ gone: 1, kept: null }, { kept: null })).toEqual({ fields: {}, drop: ['gone'] });
  });

  it('refuses a delta made from another value instead of rebuilding something else', () => {
    expect(() => applyDelta({ services: 'text' }, { fields: { services: { items: [], order: ['a'] } } })).toThrow(DeltaMismatchError);
    expect(() => applyDelta({ services: [{ id: 'a' }] }, { fields: { services: { items: [], order: ['b'] } } })).toThrow(DeltaMismatchError);
    expect(() => applyDelta({ services: [{ id: 'a' }] }, { fields: { services: { items: [], insert: [{ key: 'b', after: 'c' }] } } })).toThrow(DeltaMismatchError);
    expect(() => applyDelta({ values: [] }, { fields: { values: { at: { 3: { set: 1 } } } } })).toThrow(DeltaMismatchError);
    expect(() => applyDelta({}, JSON.parse('{"fields":{"__proto__":{"set":{"polluted":true}}}}'))).toThrow(DeltaMismatchError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps an item whose key is the team’s words, even "__proto__", through the file', () => {
    const before = { implementation: [{ serviceId: 's', risks: [{ risk: '__proto__', mitigation: 'א' }] }] };
    const after = { implementation: [{ serviceId: 's', risks: [{ risk: '__proto__', mitigation: 'ב' }] }] };
    const read = PlanDeltaSchema.parse(JSON.parse(JSON.stringify(planDelta(after, before))));
    expect(applyDelta(after, read)).toEqual(before);
  });
});
