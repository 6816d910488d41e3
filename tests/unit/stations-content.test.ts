import { describe, it, expect } from 'vitest';
import { allStations, stationById } from '@shared/stations/all-stations.ts';
import { stationCategories } from '@shared/stations/station-content.ts';
import { stationIds } from '@shared/model/station-id.ts';
import type { LocalizedText } from '@shared/model/localized-text.ts';

const hebrewLetter = /[\u05D0-\u05EA]/;

function expectBothLanguages(text: LocalizedText, where: string): void {
  expect(text.he.trim(), `${where} (he)`).not.toBe('');
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(hebrewLetter.test(text.he), `${where} is Hebrew`).toBe(true);
  expect(hebrewLetter.test(text.en), `${where} (en) has no Hebrew letters`).toBe(false);
}

describe('the stations content', () => {
  it('has the guide\'s six stations in the guide\'s order, numbered 1 to 6', () => {
    expect(allStations.map((station) => station.id)).toEqual([...stationIds]);
    expect(allStations.map((station) => station.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('names the stations as the guide does', () => {
    expect(allStations.map((station) => station.name.he)).toEqual([
      'הערכת המצב המצוי',
      'הגדרת המצב הרצוי',
      'בניית תמהיל שירותים',
      'הערכת משאבים נדרשים',
      'תיעדוף וקבלת החלטות',
      'תרגום ליישום',
    ]);
  });

  it('gives every station a goal and items in each of the guide\'s categories and questions', () => {
    for (const station of allStations) {
      expectBothLanguages(station.goal, `${station.id} goal`);
      for (const category of stationCategories) expect(station[category].length, `${station.id}.${category}`).toBeGreaterThan(0);
    }
  });

  it('prefixes every item id with its station and category', () => {
    for (const station of allStations) {
      for (const category of stationCategories) {
        for (const item of station[category]) {
          expect(item.id.startsWith(`${station.id}.${category}.`), item.id).toBe(true);
          expect(item.id).toMatch(/^[a-z0-9.-]+$/);
          expect(item.id.length).toBeLessThanOrEqual(80);
        }
      }
    }
  });

  it('never uses an item id twice', () => {
    const ids = allStations.flatMap((station) => stationCategories.flatMap((category) => station[category].map((item) => item.id)));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes every text in Hebrew and in English', () => {
    for (const station of allStations) {
      expectBothLanguages(station.name, `${station.id} name`);
      station.methods.forEach((method, index) => expectBothLanguages(method, `${station.id} method ${index}`));
      for (const category of stationCategories) {
        for (const item of station[category]) expectBothLanguages(item.text, item.id);
      }
    }
  });

  it('finds each station by its id', () => {
    for (const id of stationIds) expect(stationById(id).id).toBe(id);
    expect(() => stationById('nowhere' as never)).toThrow(/Unknown station/);
  });
});
