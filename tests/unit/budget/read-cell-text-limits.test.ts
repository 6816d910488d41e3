import { describe, expect, it } from 'vitest';
import { applyBudgetBlock } from '@shared/budget/budget-commands.ts';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { planBudgetBlock } from '@shared/budget/budget-block.ts';
import { readCellText } from '@shared/budget/read-cell-text.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { PlanSchema } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';

const plan = buildPlan({ services: Array.from({ length: 30 }, (_, index) => buildService({ id: `service-with-a-long-identifier-${index + 1}` })) });
const nested = (depth: number) => `=${'ABS('.repeat(depth)}1${')'.repeat(depth)}`;

describe('a formula typed in the grid', () => {
  it('is taken up to Excel’s 8,192 characters and 64 nested functions, and kept in the file though its stored form is longer', () => {
    // 2,730 references to rows with long ids: 8,191 characters in A1, far more once stored by id.
    const longest = `=${Array.from({ length: 2_730 }, (_, index) => `D${(index % 30) + 2}`).join('+')}`.slice(0, 8_193);
    const formula = longest.endsWith('+') ? longest.slice(0, -1) : longest;
    expect(formula.length).toBeLessThanOrEqual(8_193);
    const read = readCellText(plan, 'service-with-a-long-identifier-1', 'staffHours', formula);
    expect(read.ok).toBe(true);
    const staffHours = budgetColumns(plan).findIndex((column) => column.id === 'staffHours');
    const block = planBudgetBlock(plan, [{ row: 0, column: staffHours, text: formula }], 'he', () => 'x');
    expect(block).toMatchObject({ problems: [], edits: [{ columnId: 'staffHours' }] });
    const next = applyBudgetBlock(plan, { newServices: block.newServices, edits: block.edits });
    expect(PlanSchema.safeParse(evaluatePlan(next).plan).success).toBe(true);
    expect(readCellText(plan, 'service-with-a-long-identifier-1', 'staffHours', nested(64)).ok).toBe(true);
  });

  it('is refused past those limits, with what a message needs to say why', () => {
    expect(readCellText(plan, 'service-with-a-long-identifier-1', 'staffHours', nested(65))).toEqual({
      ok: false,
      problem: { code: 'formula-refused', refusal: { code: 'too-deeply-nested', limit: 64, depth: 65 } },
    });
    expect(readCellText(plan, 'service-with-a-long-identifier-1', 'staffHours', `=${'1+'.repeat(4_096)}1`)).toEqual({
      ok: false,
      problem: { code: 'formula-refused', refusal: { code: 'too-long', limit: 8_192, length: 8_193 } },
    });
  });
});
