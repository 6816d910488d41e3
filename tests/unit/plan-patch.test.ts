import { describe, expect, it } from 'vitest';
import { applyPatch, patchBetween } from '@renderer/state/plan-patch.ts';
import { insertServices, removeServices, reorderServices, setBudgetCells } from '@shared/budget/budget-commands.ts';
import { newService } from '@shared/budget/new-service.ts';
import { setDetail } from '@shared/commands/plan-commands.ts';
import { followSuggestedStatuses } from '@shared/stations/follow-suggested-statuses.ts';
import { generatedPlan } from '../helpers/generated-plans.ts';

describe('the recovery worker’s plan patches', () => {
  it('carry only the services an edit changed, and rebuild the plan exactly', () => {
    // In step with its content, as every plan a command gave is, so the edit changes no station's status.
    const plan = followSuggestedStatuses(generatedPlan(3, 40));
    const edited = setBudgetCells(plan, { edits: [{ serviceId: plan.services[7]!.id, columnId: 'unitCost', input: 12 }] });
    const patch = patchBetween(plan, edited);
    expect(patch).toEqual({ kind: 'parts', parts: {}, services: { ids: edited.services.map((service) => service.id), changed: [edited.services[7]] } });
    expect(applyPatch(structuredClone(plan), patch)).toEqual(edited);
  });

  it('follow insertions, removals, new order, other parts and a step back, as undo makes', () => {
    const plan = generatedPlan(4, 12);
    const steps = [
      (current: typeof plan) => insertServices(current, { index: 3, services: [newService('svc-new', 'he')] }),
      (current: typeof plan) => removeServices(current, { ids: [current.services[0]!.id] }),
      (current: typeof plan) => reorderServices(current, { ids: current.services.map((service) => service.id).reverse() }),
      (current: typeof plan) => setDetail(current, { field: 'authority', value: 'עיריית הדגמה' }),
      () => plan,
    ];
    let sent = plan;
    let copy = applyPatch(null, patchBetween(null, plan));
    for (const step of steps) {
      const next = step(sent);
      // The worker's copy went through postMessage: it shares no object with the page's plan.
      copy = applyPatch(structuredClone(copy), structuredClone(patchBetween(sent, next)));
      expect(copy).toEqual(next);
      sent = next;
    }
  });

  it('refuse a partial patch with no plan to apply it to', () => {
    const plan = generatedPlan(5, 3);
    expect(() => applyPatch(null, patchBetween(plan, setDetail(plan, { field: 'authority', value: 'x' })))).toThrow(/before the plan/);
  });
});
