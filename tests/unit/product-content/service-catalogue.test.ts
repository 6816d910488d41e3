import { describe, it, expect } from 'vitest';
import { serviceCatalogue, type CatalogueService } from '@shared/services/service-catalogue.ts';
import { indicatorLibrary } from '@shared/indicators/indicator-library.ts';
import {
  administrationGoals,
  deliveryModes,
  frequencyUnits,
  maximumCount,
  operators,
  serviceIdPattern,
  serviceKinds,
  ServiceSchema,
  type Service,
} from '@shared/model/plan-schema.ts';
import type { LocalizedText } from '@shared/model/localized-text.ts';

const hebrewLetter = /[\u05D0-\u05EA]/;
const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** How many of each frequency unit fit in a year; a session has no natural limit. */
const unitsInAYear: Record<CatalogueService['frequency']['unit'], number> = {
  session: maximumCount,
  day: 366,
  week: 53,
  month: 12,
  year: 1,
};

function expectBothLanguages(text: LocalizedText, where: string): void {
  expect(text.he.trim(), `${where} (he)`).not.toBe('');
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(hebrewLetter.test(text.he), `${where} is Hebrew`).toBe(true);
  expect(hebrewLetter.test(text.en), `${where} (en) has no Hebrew letters`).toBe(false);
}

/** A budget line made from a catalogue entry, with every field of ServiceSchema. */
function serviceFrom(entry: CatalogueService): Service {
  return {
    id: entry.id,
    name: entry.name.he,
    description: entry.description.he,
    kind: entry.kind,
    delivery: entry.delivery,
    targetGroup: '',
    operator: entry.operator,
    partnerId: null,
    budgetLine: '',
    participants: entry.typicalParticipants,
    frequency: { ...entry.frequency },
    unitCost: entry.typicalUnitCost,
    funding: { ministry: null, authority: null, other: 0, otherSource: '' },
    staffHours: 0,
    outcomeIds: [],
    needIds: [],
    notes: '',
    formulas: [],
    custom: [],
    copiedFrom: null,
    existingServiceId: null,
  };
}

describe('the service catalogue', () => {
  it('holds a dozen or so typical services', () => {
    expect(serviceCatalogue.length).toBeGreaterThanOrEqual(12);
    expect(serviceCatalogue.length).toBeLessThanOrEqual(18);
  });

  it('gives every service a unique kebab-case id that can also name a budget line', () => {
    const ids = serviceCatalogue.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(kebabCase);
      expect(id).toMatch(serviceIdPattern);
    }
  });

  it('writes every name and description in Hebrew and in English', () => {
    for (const entry of serviceCatalogue) {
      expectBothLanguages(entry.name, `${entry.id} name`);
      expectBothLanguages(entry.description, `${entry.id} description`);
    }
  });

  it('uses only the kinds, delivery modes, operators and frequency units of the plan schema', () => {
    for (const entry of serviceCatalogue) {
      expect(serviceKinds, entry.id).toContain(entry.kind);
      expect(deliveryModes, entry.id).toContain(entry.delivery);
      expect(operators, entry.id).toContain(entry.operator);
      expect(frequencyUnits, entry.id).toContain(entry.frequency.unit);
    }
  });

  it('ties every service to at least one valid administration goal', () => {
    for (const entry of serviceCatalogue) {
      expect(entry.goals.length, entry.id).toBeGreaterThan(0);
      expect(new Set(entry.goals).size, `${entry.id} repeats a goal`).toBe(entry.goals.length);
      for (const goal of entry.goals) expect(administrationGoals, entry.id).toContain(goal);
    }
  });

  it('offers at least three services for each administration goal', () => {
    for (const goal of administrationGoals) {
      const services = serviceCatalogue.filter((entry) => entry.goals.includes(goal));
      expect(services.length, goal).toBeGreaterThanOrEqual(3);
    }
  });

  it('names only indicators that exist in the indicator library, each at most once', () => {
    const libraryIds = new Set(indicatorLibrary.map((indicator) => indicator.id));
    for (const entry of serviceCatalogue) {
      expect(entry.indicatorIds.length, entry.id).toBeGreaterThan(0);
      expect(new Set(entry.indicatorIds).size, `${entry.id} repeats an indicator`).toBe(entry.indicatorIds.length);
      for (const id of entry.indicatorIds) expect(libraryIds.has(id), `${entry.id} names ${id}`).toBe(true);
    }
  });

  it('points every service at an indicator of one of its own goals', () => {
    const goalsOf = new Map(indicatorLibrary.map((indicator) => [indicator.id, indicator.goals]));
    for (const entry of serviceCatalogue) {
      const shared = entry.indicatorIds.filter((id) => (goalsOf.get(id) ?? []).some((goal) => entry.goals.includes(goal)));
      expect(shared.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('gives every service positive participants, units and unit cost, with no more units than a year holds', () => {
    for (const entry of serviceCatalogue) {
      expect(entry.typicalParticipants, entry.id).toBeGreaterThan(0);
      expect(Number.isInteger(entry.typicalParticipants), entry.id).toBe(true);
      expect(entry.frequency.perYear, entry.id).toBeGreaterThan(0);
      expect(Number.isInteger(entry.frequency.perYear), entry.id).toBe(true);
      expect(entry.frequency.perYear, entry.id).toBeLessThanOrEqual(unitsInAYear[entry.frequency.unit]);
      expect(entry.typicalUnitCost, entry.id).toBeGreaterThan(0);
    }
  });

  it('turns every entry into a budget line that the plan schema accepts', () => {
    for (const entry of serviceCatalogue) {
      const result = ServiceSchema.safeParse(serviceFrom(entry));
      expect(result.success, `${entry.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });
});
