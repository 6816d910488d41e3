// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkDerivedModel } from '@shared/logic-model/logic-checks.ts';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import { layoutInput } from '@renderer/logic-model/layout-input.ts';
import { LayoutStore } from '@renderer/logic-model/layout-store.ts';
import { useModelLayout } from '@renderer/logic-model/use-model-layout.ts';
import { buildOutcome, buildPlan, buildService } from '../../helpers/plan-builders.ts';
import { heldElk } from './held-elk.ts';

/** A small plan with every column (jsdom's URL cannot read the sample's file). */
const plan = buildPlan({
  outcomes: [buildOutcome('near', { horizon: 'short', leadsTo: ['far'] }), buildOutcome('far', { horizon: 'long', goal: 'risk-prevention' })],
  services: ['a', 'b', 'c'].map((id, index) => buildService({ id, name: `שירות ${id}`, outcomeIds: [index === 1 ? 'far' : 'near'] })),
});
const model = deriveLogicModel(plan);
const findings = checkDerivedModel(model);

/** Resolves once the store has a layout for every request made so far. */
const answered = (store: LayoutStore, held: ReturnType<typeof heldElk>) =>
  act(async () => {
    const changed = new Promise<void>((resolve) => {
      const stop = store.subscribe(() => {
        stop();
        resolve();
      });
    });
    held.answer();
    await changed;
  });

describe('the logic model’s layout as the canvas gets it', () => {
  beforeAll(() => {
    // jsdom has no canvas: text is measured by its length instead, as it is where canvas fails.
    HTMLCanvasElement.prototype.getContext = () => null;
  });
  afterEach(cleanup);

  it('draws every box at once, before ELK answers, and ELK’s layout when it does', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const { result } = renderHook(() => useModelLayout(model, findings, 'he', store));
    expect(result.current.pending).toBe(true);
    expect(result.current.layout.boxes).toHaveLength(model.nodes.length);
    expect(held.asked).toBe(1);
    await answered(store, held);
    expect(result.current.pending).toBe(false);
    expect(result.current.layout).toEqual(store.final(layoutInput(model, findings, 'he').shape));
  });

  it('comes back to a model laid out before with its final layout, asking ELK nothing', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const first = renderHook(() => useModelLayout(model, findings, 'he', store));
    await answered(store, held);
    const laid = first.result.current.layout;
    first.unmount();
    const again = renderHook(() => useModelLayout(deriveLogicModel(plan), findings, 'he', store));
    expect(again.result.current.pending).toBe(false);
    expect(again.result.current.layout).toEqual(laid);
    expect(held.asked).toBe(1);
  });

  it('keeps the first placement on screen, and says so, when ELK fails', async () => {
    const held = heldElk();
    const store = new LayoutStore(() => held.elk);
    const { result } = renderHook(() => useModelLayout(model, findings, 'he', store));
    const placed = result.current.layout;
    await act(async () => {
      const changed = new Promise<void>((resolve) => store.subscribe(resolve));
      held.answer(true);
      await changed;
    });
    expect(result.current).toMatchObject({ pending: false, failed: true });
    expect(result.current.layout).toEqual(placed);
  });
});
