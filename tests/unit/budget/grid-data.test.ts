import { describe, expect, it } from 'vitest';
import { GridData } from '@renderer/budget/grid-data.ts';
import { gridRows } from '@renderer/budget/grid-rows.ts';
import { insertServices, reorderServices, setBudgetCells } from '@shared/budget/budget-commands.ts';
import { newService } from '@shared/budget/new-service.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';

describe("the grid's rows as they follow the plan", () => {
  it('rewrite only the edited row in place when an edit keeps every row where it was', () => {
    const plan = generatedPlan(5, 30);
    const rows = new GridData(plan, 'he');
    const array = rows.rows;
    const untouched = array[3];
    const edited = setBudgetCells(plan, { edits: [{ serviceId: plan.services[7]!.id, columnId: 'unitCost', input: 321 }] });

    expect(rows.followCells(edited, 'he')).toBe('cells');
    expect(rows.rows).toBe(array);
    expect(rows.rows[3]).toBe(untouched);
    expect(rows.rows).toEqual(gridRows(edited, 'he'));
    // Followed once: the same plan again changes nothing, so the grid need not draw it twice.
    expect(rows.follow(edited, 'he')).toBe('none');
  });

  it('leave rows that came or moved to `follow`, which loads a new array', () => {
    const plan = generatedPlan(6, 12);
    const rows = new GridData(plan, 'he');
    const array = rows.rows;
    const grown = insertServices(plan, { index: 2, services: [newService('svc-new', 'he')] });

    expect(rows.followCells(grown, 'he')).toBeNull();
    expect(rows.rows).toBe(array);
    expect(rows.follow(grown, 'he')).toBe('rows');
    expect(rows.rows).not.toBe(array);
    expect(rows.rows).toEqual(gridRows(grown, 'he'));

    const reordered = reorderServices(grown, { ids: grown.services.map((service) => service.id).reverse() });
    expect(rows.followCells(reordered, 'he')).toBeNull();
    expect(rows.follow(reordered, 'he')).toBe('rows');
    expect(rows.rows).toEqual(gridRows(reordered, 'he'));
  });

  it('load anew when the language changes, since labels are in it', () => {
    const plan = generatedPlan(7, 8);
    const rows = new GridData(plan, 'he');
    expect(rows.followCells(plan, 'en')).toBeNull();
    expect(rows.follow(plan, 'en')).toBe('rows');
    expect(rows.rows).toEqual(gridRows(plan, 'en'));
  });
});
