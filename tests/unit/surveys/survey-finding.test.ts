import { describe, expect, it } from 'vitest';
import { findingFromItem, needBreadth, needStrength } from '@shared/surveys/survey-finding.ts';
import { NeedSchema } from '@shared/model/plan-schema.ts';

// counts 12, 20, 7, 13: 52 answers; (12 + 2 × 20 + 3 × 7 + 4 × 13) / 52 = 125 / 52 = 2.404 → "2.4";
// agreeing (7 + 13) / 52 = 0.3846 → "38%". The survey's most-answered item has 65 answers.
const manager = { id: 'item-2', text: 'אם צריך, אפשר לפגוש את מנהלת הלשכה', counts: [12, 20, 7, 13] };
const survey = {
  id: 'survey-1',
  name: 'שביעות רצון 2024',
  date: '2024-09-30',
  scaleMax: 4 as const,
  items: [{ id: 'item-1', text: 'השומר מתייחס אלי בכבוד', counts: [1, 0, 8, 56] }, manager],
};

describe('a need finding drafted from a survey item', () => {
  it('states the item\'s average, agreeing share and answers in Hebrew', () => {
    const need = findingFromItem(manager, survey, 'he');
    // Strength: the average's place on 1..4 is (2.404 − 1) / 3 = 0.468; 1 + 4 × (1 − 0.468) = 3.13 → 3.
    // Breadth: 52 of the 65 answers of the most-answered item = 80% → the fourth fifth → 4.
    expect(need).toEqual({
      source: 'survey',
      group: '',
      date: '2024-09-30',
      finding: 'סקר "שביעות רצון 2024": "אם צריך, אפשר לפגוש את מנהלת הלשכה" — ממוצע 2.4 מתוך 4, 38% מסכימים (52 משיבים)',
      strength: 3,
      breadth: 4,
    });
    expect(NeedSchema.safeParse({ id: 'need-1', ...need }).success).toBe(true);
  });

  it('states the same in English', () => {
    expect(findingFromItem(manager, survey, 'en').finding).toBe(
      'Survey "שביעות רצון 2024": "אם צריך, אפשר לפגוש את מנהלת הלשכה" — average 2.4 of 4, 38% agree (52 respondents)',
    );
  });

  it('finds little need where nearly all agree, as broad as the survey', () => {
    // counts 1, 0, 8, 56: 65 answers; (1 + 24 + 224) / 65 = 249 / 65 = 3.83; 64 / 65 agree = 98%.
    const need = findingFromItem(survey.items[0]!, survey, 'en');
    expect(need.finding).toBe('Survey "שביעות רצון 2024": "השומר מתייחס אלי בכבוד" — average 3.8 of 4, 98% agree (65 respondents)');
    // place (3.83 − 1) / 3 = 0.944; 1 + 4 × 0.056 = 1.22 → 1. 65 of 65 → 5.
    expect([need.strength, need.breadth]).toEqual([1, 5]);
  });

  it('formats a 5-point average and a single respondent', () => {
    const lonely = { id: 'i', text: 'I feel lonely', counts: [0, 0, 0, 0, 1] };
    const need = findingFromItem(lonely, { name: 'Loneliness', date: null, scaleMax: 5, items: [lonely] }, 'he');
    expect(need.finding).toBe('סקר "Loneliness": "I feel lonely" — ממוצע 5 מתוך 5, 100% מסכימים (משיב אחד)');
    expect(need.date).toBeNull();
    expect(findingFromItem(lonely, { name: 'Loneliness', date: null, scaleMax: 5, items: [lonely] }, 'en').finding).toContain('(1 respondent)');
  });

  it('says there were no answers, with the weakest strength and breadth', () => {
    const empty = { id: 'i', text: 'ריק', counts: [0, 0, 0, 0] };
    expect(findingFromItem(empty, survey, 'he')).toMatchObject({ finding: 'סקר "שביעות רצון 2024": "ריק" — אין תשובות', strength: 1, breadth: 1 });
    expect(findingFromItem(empty, survey, 'en').finding).toBe('Survey "שביעות רצון 2024": "ריק" — no answers');
  });
});

describe('the strength and breadth rules', () => {
  it.each([
    [1, 4, 5], [1.375, 4, 5], [1.38, 4, 4], [2.125, 4, 4], [2.5, 4, 3], [2.875, 4, 3], [3.62, 4, 2], [3.7, 4, 1], [4, 4, 1],
    [1, 5, 5], [3, 5, 3], [5, 5, 1],
  ])('an average of %d on a scale of %d is strength %d', (average, scaleMax, strength) => {
    expect(needStrength(average, scaleMax as 4 | 5)).toBe(strength);
  });

  it.each([
    [13, 65, 1], [14, 65, 2], [26, 65, 2], [39, 65, 3], [52, 65, 4], [53, 65, 5], [65, 65, 5], [0, 65, 1], [0, 0, 1],
  ])('%d answers beside the most-answered item\'s %d is breadth %d', (answers, most, breadth) => {
    expect(needBreadth(answers, most)).toBe(breadth);
  });
});
