import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setDetail, setItemMarked } from '@shared/commands/plan-commands.ts';
import { createPlan } from '@shared/model/new-plan.ts';
import { isDirty, usePlanStore } from '@renderer/state/plan-store.ts';

function loadFreshPlan() {
  const plan = createPlan({ id: 'store-test', authority: 'קריית הברושים', year: 2027 });
  usePlanStore.getState().load({ plan, path: 'a.tamhil', name: 'a', revision: 'r1', savedPlan: plan, recoveryKey: 'k' });
  return plan;
}

const authority = () => usePlanStore.getState().document!.plan.details.authority;

describe('the plan store: history, undo, redo and unsaved state', () => {
  beforeEach(() => {
    vi.useRealTimers();
    loadFreshPlan();
  });

  it('undoes and redoes commands in order and clears redo on a new edit', () => {
    const { perform, undo, redo } = usePlanStore.getState();
    perform(setDetail, { field: 'authority', value: 'א' });
    perform(setItemMarked, { station: 'current-state', itemId: 'x', marked: true });
    undo();
    expect(usePlanStore.getState().document!.plan.stations['current-state'].marked).toEqual([]);
    undo();
    expect(authority()).toBe('קריית הברושים');
    redo();
    expect(authority()).toBe('א');
    perform(setDetail, { field: 'authority', value: 'ב' });
    expect(usePlanStore.getState().future).toEqual([]);
  });

  it('makes typing in one field one undo step, but not typing after a pause', () => {
    vi.useFakeTimers();
    const { perform, undo } = usePlanStore.getState();
    perform(setDetail, { field: 'authority', value: 'ק' }, 'details.authority');
    perform(setDetail, { field: 'authority', value: 'קר' }, 'details.authority');
    perform(setDetail, { field: 'authority', value: 'קרי' }, 'details.authority');
    vi.advanceTimersByTime(5000);
    perform(setDetail, { field: 'authority', value: 'קריה' }, 'details.authority');
    undo();
    expect(authority()).toBe('קרי');
    undo();
    expect(authority()).toBe('קריית הברושים');
  });

  it('is unsaved after an edit and saved again when undone back to the saved plan', () => {
    const { perform, undo } = usePlanStore.getState();
    expect(isDirty(usePlanStore.getState().document)).toBe(false);
    perform(setDetail, { field: 'year', value: 2028 });
    expect(isDirty(usePlanStore.getState().document)).toBe(true);
    undo();
    expect(isDirty(usePlanStore.getState().document)).toBe(false);
  });

  it('records a save without losing the history', () => {
    const { perform, markSaved } = usePlanStore.getState();
    perform(setDetail, { field: 'year', value: 2028 });
    const plan = usePlanStore.getState().document!.plan;
    markSaved({ path: 'b.tamhil', name: 'b', revision: 'r2', plan });
    expect(isDirty(usePlanStore.getState().document)).toBe(false);
    expect(usePlanStore.getState().document).toMatchObject({ path: 'b.tamhil', revision: 'r2' });
    usePlanStore.getState().undo();
    expect(isDirty(usePlanStore.getState().document)).toBe(true);
  });

  it('ignores a command that changes nothing', () => {
    const { perform } = usePlanStore.getState();
    perform(setItemMarked, { station: 'resources', itemId: 'y', marked: false });
    expect(usePlanStore.getState().past).toEqual([]);
  });
});

describe('applying a command only when its result is acceptable', () => {
  beforeEach(() => {
    loadFreshPlan();
  });

  it('applies and records an undo step when the plan it gives is accepted', () => {
    const applied = usePlanStore.getState().performIf(setDetail, { field: 'authority', value: 'חדש' }, () => true);
    expect(applied).toBe(true);
    expect(authority()).toBe('חדש');
    expect(usePlanStore.getState().past).toHaveLength(1);
  });

  it('leaves the plan and its history as they were when the result is refused', () => {
    const before = usePlanStore.getState().document!.plan;
    const applied = usePlanStore.getState().performIf(setDetail, { field: 'authority', value: 'חדש' }, (next) => next.plan.details.authority !== 'חדש');
    expect(applied).toBe(false);
    expect(usePlanStore.getState().document!.plan).toBe(before);
    expect(usePlanStore.getState().past).toEqual([]);
  });
});
