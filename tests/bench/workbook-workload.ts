/**
 * The workbook benchmark's plan: one service per budget line with the fields a team fills in
 * (Hebrew names and notes, kinds, delivery, operators, budget lines, participants, frequency,
 * unit cost, typed and default funding splits, staff hours, links to needs and outcomes), the
 * formulas of tests/helpers/generated-plans.ts (a count from numbers, a unit cost from the row
 * above, staff hours from participants) and one column formula of the team's own. Evaluated,
 * as a saved plan is. Seeded, so every process builds the same plan.
 */
import { evaluatePlan } from '../../shared/budget/evaluated-plan.ts';
import type { Plan, Service } from '../../shared/model/plan-schema.ts';
import { buildOutcome, buildPlan, buildService } from '../helpers/plan-builders.ts';
import { seededRandom } from './budget-workload.ts';

const serviceNames = ['מועדון חברתי', 'קבוצת התעמלות', 'הרצאות העשרה', 'ביקורי בית', 'ארוחות חמות', 'סדנת זיכרון', 'הסעות למרכז יום', 'מוקד טלפוני', 'חוג מחשבים', 'טיפול קבוצתי'];
const targetGroups = ['', 'בני 75+', 'ניצולי שואה', 'מטפלים עיקריים', 'בודדים'];
const budgetLines = ['8431', '8432-01', '8433', ''];
const notes = ['', '', '', 'לבדוק עם המשרד', 'המשך מהשנה שעברה', 'מפגשים במועדון השכונתי'];

export function workbookPlan(serviceCount: number, seed = 2027): Plan {
  const random = seededRandom(seed);
  const integer = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const needs = Array.from({ length: 6 }, (_, index) => ({
    id: `need-${index + 1}`,
    source: pick(['focus-group', 'survey', 'round-table', 'service-data', 'staff', 'other'] as const),
    group: pick(['65-74', '75+', 'מטפלים עיקריים']),
    date: `2026-0${integer(1, 9)}-1${integer(0, 9)}`,
    finding: `ממצא ${index + 1}: בדידות ומעט הזדמנויות למפגש`,
    strength: integer(1, 5),
    breadth: integer(1, 5),
  }));
  const outcomes = Array.from({ length: 4 }, (_, index) => buildOutcome(`outcome-${index + 1}`, { needIds: [`need-${index + 1}`] }));
  const services: Service[] = Array.from({ length: serviceCount }, (_, index) => {
    const split = integer(0, 5);
    const kindDraw = random();
    return buildService({
      id: `svc-${index + 1}`,
      name: `${pick(serviceNames)} ${index + 1}`,
      description: random() < 0.3 ? 'מפגשים שבועיים במועדון השכונתי עם מדריך קבוע' : '',
      kind: kindDraw < 0.15 ? 'self-developed' : kindDraw < 0.25 ? 'continued' : 'standard',
      delivery: pick(['individual', 'group', 'community'] as const),
      targetGroup: pick(targetGroups),
      operator: pick(['department', 'ngo', 'contractor', 'volunteers', 'other'] as const),
      budgetLine: pick(budgetLines),
      participants: integer(1, 200),
      frequency: { unit: pick(['session', 'day', 'week', 'month', 'year'] as const), perYear: integer(1, 52) },
      unitCost: Math.round((10 + random() * 490) * 100) / 100,
      funding: {
        ministry: split === 1 ? integer(0, 5_000) : null,
        authority: split === 2 ? integer(0, 5_000) : null,
        other: random() < 0.3 ? integer(0, 2_000) : 0,
        otherSource: random() < 0.3 ? 'דמי השתתפות' : '',
      },
      staffHours: integer(0, 300) / 2,
      outcomeIds: outcomes.filter(() => random() < 0.35).map((outcome) => outcome.id),
      needIds: needs.filter(() => random() < 0.25).map((need) => need.id),
      notes: pick(notes),
      formulas: [],
    });
  });
  services.forEach((service, index) => {
    if (index % 5 === 1) service.formulas.push({ field: 'perYear', formula: '=4*12' });
    if (index % 6 === 2) service.formulas.push({ field: 'unitCost', formula: `=ROUND({${services[index - 1]!.id}:unitCost}*1.05,2)` });
    if (index % 9 === 4) service.formulas.push({ field: 'staffHours', formula: '={.:participants}/10' });
  });
  const plan = buildPlan({
    id: 'bench-plan',
    details: { communityBudget: 5_000_000 },
    needs,
    outcomes,
    services,
    budgetColumns: [{ id: 'perPerson', label: 'עלות למשתתף', formula: '=IF({.:participants}>0,{.:total}/{.:participants},0)' }],
  });
  return evaluatePlan(plan).plan;
}
