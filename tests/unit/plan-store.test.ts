import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineCommand } from '@shared/commands/define-command.ts';
import { setDetail, setItemMarked } from '@shared/commands/plan-commands.ts';
import { setGrowthRate } from '@shared/commands/population-commands.ts';
import { setCriterionWeight } from '@shared/commands/priority-commands.ts';
import { addComment, submitPlan } from '@shared/commands/review-commands.ts';
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
    perform(setDetail, { field: 'authority', value: 'ק' });
    perform(setDetail, { field: 'authority', value: 'קר' });
    perform(setDetail, { field: 'authority', value: 'קרי' });
    vi.advanceTimersByTime(5000);
    perform(setDetail, { field: 'authority', value: 'קריה' });
    undo();
    expect(authority()).toBe('קרי');
    undo();
    expect(authority()).toBe('קריית הברושים');
  });

  it('does not merge edits of two commands whose merge keys happen to be spelled alike', () => {
    vi.useFakeTimers();
    const { perform } = usePlanStore.getState();
    const criterion = usePlanStore.getState().document!.plan.priorities.criteria[0]!.id;
    perform(setCriterionWeight, { id: criterion, weight: 30 });
    perform(setGrowthRate, { bandId: criterion, rate: 0.01 });
    expect(setCriterionWeight.mergeKey({ id: criterion, weight: 30 })).toBe(setGrowthRate.mergeKey({ bandId: criterion, rate: 0.01 }));
    expect(usePlanStore.getState().past).toHaveLength(2);
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
    markSaved({ path: 'b.tamhil', name: 'b', revision: 'r2', plan, from: plan });
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

describe('the reviewer’s mode', () => {
  const comment = { id: 'comment-1', target: 'details.authority', by: 'בודקת', role: 'reviewer' as const, at: '2027-01-01T00:00:00.000Z', text: 'לבדוק' };

  beforeEach(() => {
    loadFreshPlan();
    usePlanStore.getState().setReadOnly(true);
  });

  afterEach(() => {
    usePlanStore.getState().setReadOnly(false);
  });

  const refused = () => usePlanStore.getState().refusedEdits;

  it('refuses an edit whose command is not allowed in review, and counts the refusal', () => {
    const before = usePlanStore.getState().document!.plan;
    const refusedBefore = refused();
    const { perform, performIf } = usePlanStore.getState();
    perform(setDetail, { field: 'authority', value: 'אחרת' });
    perform(submitPlan, { by: 'צוות', at: '2027-01-01T00:00:00.000Z' });
    expect(performIf(setDetail, { field: 'authority', value: 'אחרת' }, () => true)).toBe(false);
    expect(usePlanStore.getState().document!.plan).toBe(before);
    expect(refused()).toBe(refusedBefore + 3);
  });

  it('lets the reviewer comment, as the comment command allows', () => {
    const refusedBefore = refused();
    usePlanStore.getState().perform(addComment, comment);
    expect(usePlanStore.getState().document!.plan.review.comments.map((entry) => entry.id)).toEqual(['comment-1']);
    expect(refused()).toBe(refusedBefore);
  });

  it('asks the command itself, not a list kept elsewhere', () => {
    const note = (allowedInReview: boolean) =>
      defineCommand<{ text: string }>({ id: 'test.note', allowedInReview, apply: (plan, { text }) => ({ ...plan, details: { ...plan.details, preparedBy: text } }) });
    usePlanStore.getState().perform(note(false), { text: 'נדחה' });
    usePlanStore.getState().perform(note(true), { text: 'התקבל' });
    expect(usePlanStore.getState().document!.plan.details.preparedBy).toBe('התקבל');
  });
});
