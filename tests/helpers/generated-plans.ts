import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { serviceKinds, type Plan, type Service } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from './plan-builders.ts';

/** A small seeded generator, so a failing generated plan can be made again from its seed. */
function randomFrom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    integer: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}

const awkwardTexts = ['=HYPERLINK("http://example.com","לחצו")', '+972-50-0000000', '-לא מתוקצב', '@SUM(A1)', '\tטאב בהתחלה', 'שורה\nשנייה', '  רווחים בקצוות  ', 'מרכאות "כפולות" ו\'בודדות\'', 'English and עברית'];

/**
 * A plan with the shapes the workbook must carry: every kind of service, typed and default
 * funding splits, formulas within and across rows, the team's own columns (a column formula,
 * typed numbers and text), needs, outcomes with indicators, and texts that look like formulas.
 * Evaluated, as a saved plan is.
 */
export function generatedPlan(seed: number, serviceCount = 25): Plan {
  const random = randomFrom(seed);
  const needs = Array.from({ length: 6 }, (_, index) => ({
    id: `need-${index + 1}`,
    source: random.pick(['focus-group', 'survey', 'round-table', 'service-data', 'staff', 'other'] as const),
    group: random.pick(['65-74', '75+', 'מטפלים עיקריים']),
    date: random.chance(0.7) ? `2026-0${random.integer(1, 9)}-1${random.integer(0, 9)}` : null,
    finding: `${random.pick(awkwardTexts)} ${index}`,
    strength: random.integer(1, 5),
    breadth: random.integer(1, 5),
  }));
  const outcomes = Array.from({ length: 4 }, (_, index) => ({
    id: `outcome-${index + 1}`,
    title: `תוצאה ${index + 1}: ${random.pick(awkwardTexts)}`,
    description: random.chance(0.5) ? 'תיאור ארוך יותר של התוצאה' : '',
    goal: random.pick(['belonging', 'risk-prevention', 'function-preservation'] as const),
    horizon: random.pick(['short', 'intermediate', 'long'] as const),
    needIds: needs.filter(() => random.chance(0.4)).map((need) => need.id),
    leadsTo: index < 3 && random.chance(0.5) ? [`outcome-${index + 2}`] : [],
    indicators: Array.from({ length: random.integer(0, 2) }, (_, indicator) => ({
      id: `ind-${index + 1}-${indicator + 1}`,
      name: `מדד ${indicator + 1}`,
      libraryId: random.chance(0.5) ? `lib-${indicator}` : null,
      unit: random.pick(['%', 'משתתפים', 'ציון']),
      baseline: random.chance(0.7) ? random.integer(0, 100) / 4 : null,
      target: random.chance(0.7) ? random.integer(0, 100) : null,
      source: 'סקר שביעות רצון',
      baselineYear: random.chance(0.6) ? 2026 : null,
      milestones: random.chance(0.3) ? [{ date: '2027-06-30', value: 40 }] : [],
    })),
  }));
  const services: Service[] = Array.from({ length: serviceCount }, (_, index) => {
    const id = `svc-${seed}-${index + 1}`;
    const typedSplit = random.integer(0, 3);
    return buildService({
      id,
      name: index % 7 === 3 ? random.pick(awkwardTexts) : `שירות ${index + 1}`,
      kind: random.pick(serviceKinds),
      delivery: random.pick(['individual', 'group', 'community'] as const),
      operator: random.pick(['department', 'ngo', 'contractor', 'volunteers', 'other'] as const),
      targetGroup: random.pick(['', 'בני 75+', 'ניצולי שואה']),
      budgetLine: random.pick(['8431', '8432-01', '']),
      participants: random.integer(0, 400),
      frequency: { unit: random.pick(['session', 'day', 'week', 'month', 'year'] as const), perYear: random.integer(1, 52) },
      unitCost: random.integer(0, 500_000) / 100,
      funding: {
        ministry: typedSplit === 1 ? random.integer(0, 5_000) : null,
        authority: typedSplit === 2 ? random.integer(0, 5_000) : null,
        other: random.chance(0.3) ? random.integer(0, 2_000) : 0,
        otherSource: random.chance(0.3) ? 'דמי השתתפות' : '',
      },
      staffHours: random.integer(0, 300) / 2,
      outcomeIds: outcomes.filter(() => random.chance(0.35)).map((outcome) => outcome.id),
      needIds: needs.filter(() => random.chance(0.25)).map((need) => need.id),
      notes: random.chance(0.3) ? random.pick(awkwardTexts) : '',
      description: random.chance(0.3) ? 'מפגשים שבועיים במועדון השכונתי' : '',
      custom: random.chance(0.6) ? [{ columnId: 'notes2', value: random.chance(0.5) ? random.integer(0, 99) : random.pick(awkwardTexts) }] : [],
      formulas: [],
    });
  });
  // Formulas: a count built from numbers, a unit cost from the row above, an own-column override.
  services.forEach((service, index) => {
    if (index % 5 === 1) service.formulas.push({ field: 'perYear', formula: '=4*12' });
    if (index % 6 === 2 && index > 0) service.formulas.push({ field: 'unitCost', formula: `=ROUND({${services[index - 1]!.id}:unitCost}*1.05,2)` });
    if (index % 9 === 4) service.formulas.push({ field: 'staffHours', formula: '={.:participants}/10' });
    if (index % 8 === 5) service.formulas.push({ field: 'perPerson', formula: '={.:total}*2' });
  });
  const plan = buildPlan({
    id: `generated-${seed}`,
    details: { authority: 'מועצה לדוגמה', cluster: 'אשכול הגליל', communityBudget: random.integer(1_000_000, 9_000_000), preparedBy: 'צוות המדור', illustrative: true },
    policy: { selfDevelopmentLimit: random.pick([0.2, 0.15, 0.25]), selfDevelopmentBase: random.pick(['community-budget', 'planned-total'] as const), ministryShare: random.pick([0.75, 0.7, 0.8]) },
    needs,
    outcomes,
    services,
    budgetColumns: [
      { id: 'perPerson', label: 'עלות למשתתף', formula: '=IF({.:participants}>0,{.:total}/{.:participants},0)' },
      { id: 'notes2', label: 'קוד פנימי', formula: null },
    ],
  });
  return evaluatePlan(plan).plan;
}
