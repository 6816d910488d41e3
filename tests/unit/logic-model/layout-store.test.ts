import { describe, expect, it } from 'vitest';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { layoutInput } from '@renderer/logic-model/layout-input.ts';
import { LayoutStore } from '@renderer/logic-model/layout-store.ts';
import type { Measure } from '@renderer/logic-model/model-layout.ts';
import { buildService } from '../../helpers/plan-builders.ts';
import { samplePlan, validSampleName } from '../../helpers/samples.ts';
import { heldElk } from './held-elk.ts';

const measure: Measure = (text) => text.length * 7;
const inputOf = (plan: Plan) => layoutInput(deriveLogicModel(plan), [], 'he', measure);
const sample = samplePlan(validSampleName);
const withService = (plan: Plan, id: string) => ({ ...plan, services: [...plan.services, buildService({ id, name: `שירות ${id}`, outcomeIds: [plan.outcomes[0]!.id] })] });

/** Resolves when the store next says a layout arrived or failed. */
const nextChange = (store: LayoutStore) =>
  new Promise<void>((resolve) => {
    const stop = store.subscribe(() => {
      stop();
      resolve();
    });
  });

describe('the session’s layouts', () => {
  it('gives a placement of every node before ELK answers, and ELK’s layout once it has', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const input = inputOf(sample);
    store.request(input);
    expect(store.final(input.shape)).toBeUndefined();
    expect(store.placement(input).boxes).toHaveLength(input.model.nodes.length);
    const changed = nextChange(store);
    held.answer();
    await changed;
    expect(store.final(input.shape)!.boxes).toHaveLength(input.model.nodes.length);
    expect(held.asked).toBe(1);
  });

  it('lays a shape out once: coming back to it, or an edit that keeps it, asks ELK nothing', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const input = inputOf(sample);
    store.request(input);
    const changed = nextChange(store);
    held.answer();
    await changed;
    const moreParticipants = inputOf({ ...sample, services: sample.services.map((service, index) => (index === 0 ? { ...service, participants: service.participants + 1 } : service)) });
    expect(moreParticipants.model).not.toEqual(input.model);
    expect(moreParticipants.shape).toBe(input.shape);
    store.request(inputOf(sample));
    store.request(moreParticipants);
    expect(held.asked).toBe(1);
    expect(held.waiting).toBe(0);
  });

  it('asks for one layout at a time and, of those asked for meanwhile, only the newest', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const [first, second, third] = [inputOf(sample), inputOf(withService(sample, 'a')), inputOf(withService(withService(sample, 'a'), 'b'))];
    store.request(first);
    store.request(second);
    store.request(third);
    expect(held.asked).toBe(1);
    let changed = nextChange(store);
    held.answer();
    await changed;
    expect(held.asked).toBe(2);
    changed = nextChange(store);
    held.answer();
    await changed;
    expect(held.asked).toBe(2);
    expect(store.final(first.shape)).toBeDefined();
    expect(store.final(second.shape)).toBeUndefined();
    expect(store.final(third.shape)).toBeDefined();
  });

  it('places an edit’s boxes where the last layout put them, the new one under its column', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const input = inputOf(sample);
    store.request(input);
    const changed = nextChange(store);
    held.answer();
    await changed;
    const laid = store.final(input.shape)!;
    const edited = inputOf(withService(sample, 'new'));
    store.request(edited);
    const placed = store.placement(edited);
    for (const box of laid.boxes) expect(placed.boxes.find((candidate) => candidate.id === box.id)).toMatchObject({ x: box.x, y: box.y });
    expect(placed.boxes.find((box) => box.id === 'service:new')).toBeDefined();
    expect(store.placement(edited)).toBe(placed);
  });

  it('reports a failed layout for its shape and lays out the next one', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const [failing, next] = [inputOf(sample), inputOf(withService(sample, 'a'))];
    store.request(failing);
    store.request(next);
    let changed = nextChange(store);
    held.answer(true);
    await changed;
    expect(store.failed(failing.shape)).toBe(true);
    store.request(failing);
    expect(held.asked).toBe(2);
    changed = nextChange(store);
    held.answer();
    await changed;
    expect(store.final(next.shape)).toBeDefined();
  });

  it('says the layout failed when ELK’s worker cannot start, without throwing at the caller', async () => {
    const store = new LayoutStore(() => {
      throw new Error('no workers here');
    });
    const input = inputOf(sample);
    const changed = nextChange(store);
    expect(() => store.request(input)).not.toThrow();
    await changed;
    expect(store.failed(input.shape)).toBe(true);
  });
});
