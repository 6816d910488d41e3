import { describe, expect, it } from 'vitest';
import { catalogue, catalogueAreas } from '@shared/i18n/catalogue.ts';
import { translate } from '@shared/i18n/translate.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogue', () => {
  it('holds the same keys in Hebrew and English', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.he).sort());
  });

  it('gives each message the same placeholders in both languages', () => {
    const differing = Object.keys(catalogue.he).filter((key) => {
      const k = key as keyof typeof catalogue.he;
      return placeholders(catalogue.he[k]).join() !== placeholders(catalogue.en[k]).join();
    });
    expect(differing).toEqual([]);
  });

  it('keeps each area to keys of its own, so joining the areas overwrites none', () => {
    const areaKeys = Object.values(catalogueAreas).flatMap((area) => Object.keys(area.he));
    expect(areaKeys).toHaveLength(new Set(areaKeys).size);
    expect(areaKeys).toHaveLength(Object.keys(catalogue.he).length);
  });

  it('leaves no message empty', () => {
    for (const language of ['he', 'en'] as const) {
      expect(Object.entries(catalogue[language]).filter(([, text]) => text.trim() === '').map(([key]) => key), language).toEqual([]);
    }
  });
});

describe('translate', () => {
  it('fills the placeholders, and leaves one with no value as it is', () => {
    expect(translate('en', 'station.number', { number: 3 })).toBe('Station 3');
    expect(translate('en', 'station.number')).toBe('Station {number}');
  });

  it("isolates a value in the other language's script, once, so bidi cannot reorder it into the sentence", () => {
    expect(translate('he', 'diff.compared', { before: 'plan 2026.tamhil', after: 'תכנית 2027' })).toBe('\u2068plan 2026.tamhil\u2069 מול תכנית 2027');
    expect(translate('en', 'diff.compared', { before: 'תכנית 2026', after: 'plan 2027' })).toBe('\u2068תכנית 2026\u2069 against plan 2027');
    expect(translate('en', 'diff.compared', { before: '\u2068תכנית\u2069', after: '2027' })).toBe('\u2068תכנית\u2069 against 2027');
  });
});
