import { describe, expect, it } from 'vitest';
import { BudgetSession } from '@shared/budget/budget-session.ts';
import { sortServices } from '@shared/budget/budget-commands.ts';
import { servicesSortedBy } from '@shared/budget/service-order.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';

describe('sorting the services', () => {
  it('orders by the session’s values as the command orders a plan alone, empty cells and errors last', () => {
    const plan = generatedPlan(21, 40);
    const session = BudgetSession.open(plan);
    for (const columnId of ['total', 'name', 'perPerson', 'notes2', 'unitCost']) {
      for (const direction of ['ascending', 'descending'] as const) {
        const ids = servicesSortedBy(plan, session, columnId, direction, 'he-IL');
        expect(ids).toEqual(sortServices(plan, { columnId, direction, locale: 'he-IL' }).services.map((service) => service.id));
        const totals = ids.map((id) => session.value(id, columnId)).filter((value) => typeof value === 'number');
        expect(totals).toEqual([...totals].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
      }
    }
  });
});
