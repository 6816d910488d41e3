import { describe, expect, it } from 'vitest';
import { authorityRow } from '@shared/cluster/authority-row.ts';
import { sortRows } from '@renderer/cluster/sort-rows.ts';
import { buildPlan, buildServiceCosting } from '../../helpers/plan-builders.ts';

/** Three authorities: ₪30,000 over 3,000 seniors, ₪10,000 over 500, and ₪20,000 with no population for the year. */
const rows = [
  ['גפן', 30_000, 3_000],
  ['אלון', 10_000, 500],
  ['ברוש', 20_000, null],
].map(([authority, cost, seniors]) =>
  authorityRow({
    path: `${authority}.tamhil`,
    name: String(authority),
    plan: buildPlan({
      details: { authority: String(authority) },
      population: { ...buildPlan().population, years: seniors === null ? [] : [{ year: 2027, kind: 'actual', counts: [{ bandId: '65-74', count: Number(seniors) }, { bandId: '75+', count: 0 }] }] },
      services: [buildServiceCosting(Number(cost))],
    }),
  }, []),
);

const order = (key: Parameters<typeof sortRows>[1]['key'], direction: 'ascending' | 'descending') => sortRows(rows, { key, direction }, 'he-IL').map((row) => row.authority);

describe('sorting the cluster table', () => {
  it('sorts by name in Hebrew alphabetical order, and back', () => {
    expect(order('authority', 'ascending')).toEqual(['אלון', 'ברוש', 'גפן']);
    expect(order('authority', 'descending')).toEqual(['גפן', 'ברוש', 'אלון']);
  });

  it('sorts by a figure, leaving a plan without it last in both directions', () => {
    // ₪10 and ₪20 a senior; ברוש has none.
    expect(order('costPerSenior', 'ascending')).toEqual(['גפן', 'אלון', 'ברוש']);
    expect(order('costPerSenior', 'descending')).toEqual(['אלון', 'גפן', 'ברוש']);
    expect(order('total', 'descending')).toEqual(['גפן', 'ברוש', 'אלון']);
  });

  it('keeps equal figures in alphabetical order', () => {
    expect(order('goal:none', 'descending')).toEqual(['אלון', 'ברוש', 'גפן']);
  });
});
