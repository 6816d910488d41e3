import { describe, it, expect } from 'vitest';
import { indicatorAreas, indicatorLevels, indicatorLibrary, indicatorsForGoal } from '@shared/indicators/indicator-library.ts';
import { administrationGoals, IndicatorSchema } from '@shared/model/plan-schema.ts';
import type { LocalizedText } from '@shared/model/localized-text.ts';

const hebrewLetter = /[\u05D0-\u05EA]/;
const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const nationalAreas = ['health-function', 'meaning', 'economic-resilience'];

function expectBothLanguages(text: LocalizedText, where: string): void {
  expect(text.he.trim(), `${where} (he)`).not.toBe('');
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(hebrewLetter.test(text.he), `${where} is Hebrew`).toBe(true);
  expect(hebrewLetter.test(text.en), `${where} (en) has no Hebrew letters`).toBe(false);
}

describe('the indicator library', () => {
  it('holds a few dozen indicators', () => {
    expect(indicatorLibrary.length).toBeGreaterThanOrEqual(20);
    expect(indicatorLibrary.length).toBeLessThanOrEqual(30);
  });

  it('gives every indicator a unique kebab-case id that a plan can store as its libraryId', () => {
    const ids = indicatorLibrary.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(kebabCase);
      expect(id.length).toBeLessThanOrEqual(80);
    }
  });

  it('writes every name, unit and source in Hebrew and in English', () => {
    for (const indicator of indicatorLibrary) {
      expectBothLanguages(indicator.name, `${indicator.id} name`);
      expectBothLanguages(indicator.unit, `${indicator.id} unit`);
      expectBothLanguages(indicator.source, `${indicator.id} source`);
    }
  });

  it('places every indicator in a known area and level, and ties it to at least one valid goal', () => {
    for (const indicator of indicatorLibrary) {
      expect(indicatorAreas, indicator.id).toContain(indicator.area);
      expect(indicatorLevels, indicator.id).toContain(indicator.level);
      expect(indicator.goals.length, indicator.id).toBeGreaterThan(0);
      expect(new Set(indicator.goals).size, `${indicator.id} repeats a goal`).toBe(indicator.goals.length);
      for (const goal of indicator.goals) expect(administrationGoals, indicator.id).toContain(goal);
    }
  });

  it('keeps headline and predictive indicators inside the three national domains', () => {
    for (const indicator of indicatorLibrary.filter((entry) => entry.level !== 'service')) {
      expect(nationalAreas, indicator.id).toContain(indicator.area);
    }
  });

  it('has headline and predictive indicators in each of the three national domains', () => {
    for (const area of nationalAreas) {
      for (const level of ['headline', 'predictive']) {
        const found = indicatorLibrary.filter((indicator) => indicator.area === area && indicator.level === level);
        expect(found.length, `${area} ${level}`).toBeGreaterThan(0);
      }
    }
  });

  it('offers at least three indicators for each administration goal', () => {
    for (const goal of administrationGoals) expect(indicatorsForGoal(goal).length, goal).toBeGreaterThanOrEqual(3);
  });

  it('returns for a goal exactly the indicators tied to it, in library order', () => {
    for (const goal of administrationGoals) {
      const expected = indicatorLibrary.filter((indicator) => indicator.goals.includes(goal)).map((indicator) => indicator.id);
      expect(indicatorsForGoal(goal).map((indicator) => indicator.id)).toEqual(expected);
    }
  });

  it('turns every library entry into an indicator the plan schema accepts', () => {
    for (const entry of indicatorLibrary) {
      const indicator = {
        id: `ind-${entry.id}`,
        name: entry.name.he,
        libraryId: entry.id,
        unit: entry.unit.he,
        baseline: null,
        target: null,
        source: entry.source.he,
        baselineYear: null,
        milestones: [],
      };
      const result = IndicatorSchema.safeParse(indicator);
      expect(result.success, `${entry.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });
});
