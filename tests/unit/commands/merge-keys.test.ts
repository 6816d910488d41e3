import { describe, expect, it } from 'vitest';
import { setBudgetCells } from '@shared/budget/budget-commands.ts';
import type { PlanCommand } from '@shared/commands/define-command.ts';
import { setNeedField } from '@shared/commands/assessment-commands.ts';
import { setIndicatorMilestone } from '@shared/commands/outcome-commands.ts';
import { setDetail, setPolicy, setStationWaiver } from '@shared/commands/plan-commands.ts';
import { setAgeBand } from '@shared/commands/population-commands.ts';
import { setScore } from '@shared/commands/priority-commands.ts';
import { setServiceDetail } from '@shared/commands/service-card-commands.ts';
import { setRiskText, setWorkItemField, setWorkMilestone } from '@shared/commands/work-plan-commands.ts';

/** Whether two edits of one command, made in quick succession, are one undo step. */
function merge<P>(command: PlanCommand<P>, first: P, second: P): boolean {
  const key = command.mergeKey(first);
  return key !== null && key === command.mergeKey(second);
}

const cell = (serviceId: string, columnId: string, input: string | number) => ({ edits: [{ serviceId, columnId, input }] });

describe('which edits merge into one undo step', () => {
  it('merges typing in one plan detail, and not typing in the next one', () => {
    expect(merge(setDetail, { field: 'authority', value: 'ק' }, { field: 'authority', value: 'קר' })).toBe(true);
    expect(merge(setDetail, { field: 'authority', value: 'ק' }, { field: 'preparedBy', value: 'ק' })).toBe(false);
    expect(merge(setPolicy, { field: 'ministryShare', value: 0.7 }, { field: 'ministryShare', value: 0.75 })).toBe(true);
  });

  it('makes each choice from a list its own step', () => {
    expect(merge(setPolicy, { field: 'selfDevelopmentBase', value: 'planned-total' }, { field: 'selfDevelopmentBase', value: 'community-budget' })).toBe(false);
    expect(merge(setNeedField, { id: 'n', field: 'strength', value: 2 }, { id: 'n', field: 'strength', value: 3 })).toBe(false);
    expect(merge(setServiceDetail, { id: 's', field: 'delivery', value: 'group' }, { id: 's', field: 'delivery', value: 'community' })).toBe(false);
    expect(merge(setBudgetCells, cell('s', 'kind', 'standard'), cell('s', 'kind', 'continued'))).toBe(false);
    expect(merge(setBudgetCells, cell('s', 'frequencyUnit', 'week'), cell('s', 'frequencyUnit', 'month'))).toBe(false);
  });

  it('merges typing in a service card per service and field', () => {
    expect(merge(setBudgetCells, cell('s', 'participants', 1), cell('s', 'participants', 12))).toBe(true);
    expect(merge(setBudgetCells, cell('s', 'participants', 1), cell('t', 'participants', 1))).toBe(false);
    expect(merge(setBudgetCells, cell('s', 'participants', 1), cell('s', 'unitCost', 1))).toBe(false);
    expect(merge(setServiceDetail, { id: 's', field: 'description', value: 'א' }, { id: 's', field: 'description', value: 'אב' })).toBe(true);
    expect(merge(setServiceDetail, { id: 's', field: 'description', value: 'א' }, { id: 's', field: 'targetGroup', value: 'א' })).toBe(false);
  });

  it('never merges a pasted block of cells', () => {
    const block = { edits: [{ serviceId: 's', columnId: 'participants', input: 1 }, { serviceId: 't', columnId: 'participants', input: 2 }] };
    expect(merge(setBudgetCells, block, block)).toBe(false);
  });

  it('merges typing in one entry of a list, and not typing in the next entry', () => {
    expect(merge(setScore, { serviceId: 's', criterionId: 'c', score: 1 }, { serviceId: 's', criterionId: 'c', score: 10 })).toBe(true);
    expect(merge(setScore, { serviceId: 's', criterionId: 'c', score: 1 }, { serviceId: 's', criterionId: 'd', score: 1 })).toBe(false);
    expect(merge(setWorkMilestone, { serviceId: 's', quarter: 1, change: { text: 'א' } }, { serviceId: 's', quarter: 1, change: { text: 'אב' } })).toBe(true);
    expect(merge(setWorkMilestone, { serviceId: 's', quarter: 1, change: { text: 'א' } }, { serviceId: 's', quarter: 2, change: { text: 'א' } })).toBe(false);
    expect(merge(setRiskText, { serviceId: 's', index: 0, field: 'risk', text: 'א' }, { serviceId: 's', index: 0, field: 'risk', text: 'אב' })).toBe(true);
    expect(merge(setRiskText, { serviceId: 's', index: 0, field: 'risk', text: 'א' }, { serviceId: 's', index: 0, field: 'mitigation', text: 'א' })).toBe(false);
    // A milestone's date and value were always one step together.
    expect(merge(setIndicatorMilestone, { outcomeId: 'o', id: 'i', index: 0, change: { date: '2027-06-30' } }, { outcomeId: 'o', id: 'i', index: 0, change: { value: 3 } })).toBe(true);
  });

  it('makes ticking a box, adding and removing their own steps', () => {
    expect(merge(setWorkMilestone, { serviceId: 's', quarter: 1, change: { done: true } }, { serviceId: 's', quarter: 1, change: { done: false } })).toBe(false);
    expect(merge(setWorkItemField, { serviceId: 's', field: 'risks', value: [] }, { serviceId: 's', field: 'risks', value: [] })).toBe(false);
    expect(merge(setWorkItemField, { serviceId: 's', field: 'owner', value: 'א' }, { serviceId: 's', field: 'owner', value: 'אב' })).toBe(true);
    expect(merge(setStationWaiver, { station: 'resources', reason: null }, { station: 'resources', reason: null })).toBe(false);
    expect(merge(setStationWaiver, { station: 'resources', reason: 'א' }, { station: 'resources', reason: 'אב' })).toBe(true);
  });

  it('keeps a band’s name and its ages apart', () => {
    expect(merge(setAgeBand, { id: 'b', label: '7' }, { id: 'b', label: '75' })).toBe(true);
    expect(merge(setAgeBand, { id: 'b', label: '75' }, { id: 'b', fromAge: 75, toAge: null })).toBe(false);
  });
});
