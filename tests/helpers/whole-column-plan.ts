import type { Plan, Service } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from './plan-builders.ts';

/**
 * How the seven formulas of a service read the sheet:
 * - `chained`: each reads whole columns computed before it (a workbook of shares of column
 *   totals, every cell a number);
 * - `circular`: each also reads its own column, as the hostile probe's plan did, so every
 *   column is one large cycle (#CIRC!) and everything that reads it an error.
 */
export type WholeColumnShape = 'chained' | 'circular';

const whole = (columnId: string) => `{*:${columnId}}:{*:${columnId}}`;
const sumOf = (columnId: string) => `SUM(${whole(columnId)})`;
const sumIf = (criterion: string, columnId: string) => `SUMIF(${whole('budgetLine')},"${criterion}",${whole(columnId)})`;

/** In the grid: `=ROUND(SUMIF(C:C,"day-center",O:O)/SUM(O:O)*O2,0)` and so on, a column of typed numbers (`base`) to start from. */
const chainedFormulas: Readonly<Record<string, string>> = {
  participants: `=ROUND(${sumIf('day-center', 'base')}/${sumOf('base')}*{.:base},0)`,
  perYear: `=ROUND(${sumOf('participants')}/${sumOf('base')}*12,0)+1`,
  unitCost: `=ROUND({.:base}*${sumIf('day-center', 'perYear')}/${sumOf('perYear')}*10,2)`,
  staffHours: `=ROUND(${sumIf('day-center', 'unitCost')}/${sumOf('unitCost')}*{.:base},1)`,
  other: `=ROUND({.:total}*${sumIf('home-care', 'total')}/${sumOf('total')},2)`,
  authority: `=ROUND(({.:total}-{.:other})*${sumOf('other')}/(2*${sumOf('total')}),2)`,
  ministry: `=ROUND(({.:total}-{.:other}-{.:authority})*${sumIf('<>none', 'authority')}/${sumOf('authority')},2)`,
};

/** In the grid: `=SUM(G:G)` in column G, `=SUMIF(C:C,"day-center",D:D)` in column D, and so on. */
const circularFormulas: Readonly<Record<string, string>> = {
  participants: `=${sumIf('day-center', 'participants')}`,
  perYear: `=${sumOf('perYear')}`,
  unitCost: `=${sumOf('unitCost')}`,
  staffHours: `=${sumIf('home-care', 'staffHours')}/2`,
  other: `=${sumOf('other')}+${sumOf('base')}`,
  authority: `=${sumIf('day-center', 'authority')}`,
  ministry: `=${sumOf('ministry')}-${sumOf('total')}`,
};

export const wholeColumnFormulas: Readonly<Record<WholeColumnShape, Readonly<Record<string, string>>>> = { chained: chainedFormulas, circular: circularFormulas };

const budgetLines = ['day-center', 'home-care', '8431', 'day-center', '8432-01'];

/**
 * The plan issue 17 measured (13 MB, within the schema's limits): `serviceCount` services, each
 * holding a whole-column SUM or SUMIF formula in every one of the grid's seven formula fields,
 * beside a column of the team's own (`base`) with typed numbers. Not evaluated: reading it
 * evaluates it, which is what is measured.
 */
export function wholeColumnPlan(serviceCount = 5_000, shape: WholeColumnShape = 'chained'): Plan {
  const formulas = Object.entries(wholeColumnFormulas[shape]).map(([field, formula]) => ({ field, formula }));
  const services: Service[] = Array.from({ length: serviceCount }, (_, index) =>
    buildService({
      id: `svc-${index + 1}`,
      name: `שירות ${index + 1}`,
      budgetLine: budgetLines[index % budgetLines.length]!,
      formulas,
      custom: [{ columnId: 'base', value: 1 + ((index * 37) % 100) }],
    }),
  );
  return buildPlan({ budgetColumns: [{ id: 'base', label: 'בסיס', formula: null }], services });
}
