import { describe, expect, it } from 'vitest';
import { planBudgetBlock } from '@shared/budget/budget-block.ts';
import { buildPlan, buildService, withServices } from '../../helpers/plan-builders.ts';

const plan = withServices(buildPlan(), buildService({ id: 'a' }), buildService({ id: 'b' }));
let counter = 0;
const newId = () => `pasted-${(counter += 1)}`;

describe('a block pasted or filled into the budget grid', () => {
  it('moves the relative references of a copied formula by the distance it was pasted, as Excel does', () => {
    // Row 2's unit cost (column G) doubles its participants (D2); filled one row down it refers to D3.
    const block = planBudgetBlock(plan, [{ row: 1, column: 6, text: '=D2*2', shift: { rows: 1, columns: 0 } }], 'he', newId);
    expect(block.edits).toEqual([{ serviceId: 'b', columnId: 'unitCost', input: '={.:participants}*2' }]);
  });

  it('keeps absolute parts where they are', () => {
    const block = planBudgetBlock(plan, [{ row: 1, column: 6, text: '=$D$2*2', shift: { rows: 1, columns: 0 } }], 'he', newId);
    expect(block.edits).toEqual([{ serviceId: 'b', columnId: 'unitCost', input: '={$a:$participants}*2' }]);
  });

  it('makes rows past the last service into new services named by the pasted name column', () => {
    const block = planBudgetBlock(
      plan,
      [
        { row: 2, column: 0, text: 'ביקורי בית' },
        { row: 2, column: 3, text: '12' },
        { row: 3, column: 3, text: 'הרבה' },
      ],
      'he',
      newId,
    );
    expect(block.newServices.map((service) => service.name)).toEqual(['ביקורי בית', 'שירות חדש']);
    expect(block.edits).toContainEqual({ serviceId: block.newServices[0]!.id, columnId: 'participants', input: 12 });
    expect(block.problems).toEqual([{ row: 3, column: 3, problem: { code: 'not-a-number', text: 'הרבה' } }]);
  });

  it('skips the computed total and columns past the grid', () => {
    const block = planBudgetBlock(plan, [{ row: 0, column: 7, text: '5' }, { row: 0, column: 99, text: '5' }], 'he', newId);
    expect(block.edits).toEqual([]);
    expect(block.problems).toEqual([]);
  });
});
