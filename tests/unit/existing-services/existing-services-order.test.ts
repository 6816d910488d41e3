import { describe, expect, it } from 'vitest';
import { serviceKinds, type ExistingService, type Plan } from '@shared/model/plan-schema.ts';
import { newExistingService } from '@shared/model/new-existing-service.ts';
import { orderedServices, type ExistingServiceFilter, type ExistingServiceSort } from '@renderer/stations/existing-services-order.ts';

const partners: Plan['partners'] = [{ id: 'p-ngo', name: 'עמותת "יד לוותיק"', kind: 'ngo', contactRole: '' }];
const service = (id: string, fields: Partial<ExistingService>): ExistingService => ({ ...newExistingService(id), ...fields });
const services = [
  service('club', { name: 'מועדון חברתי', participants: 110, yearlyCost: 320_000, operator: 'המתנ"ס', location: 'מרכז העיר' }),
  service('meals', { name: 'ארוחות חמות עד הבית', participants: 75, yearlyCost: null, partnerId: 'p-ngo', kind: 'continued' }),
  service('visits', { name: 'ביקורי בית', participants: 55, yearlyCost: 48_000, waitingList: 140, kind: 'self-developed' }),
];
const all: ExistingServiceFilter = { kind: null, text: '' };
const ids = (filter: ExistingServiceFilter, sort: ExistingServiceSort) => orderedServices(services, { filter, sort, partners, kindOrder: serviceKinds, locale: 'he-IL' }).map((entry) => entry.id);

describe('the existing services table', () => {
  it('keeps the order the team entered until a column is sorted', () => {
    expect(ids(all, null)).toEqual(['club', 'meals', 'visits']);
  });

  it('sorts by a figure either way, with a service whose figure is unknown last both times', () => {
    expect(ids(all, { column: 'yearlyCost', direction: 'ascending' })).toEqual(['visits', 'club', 'meals']);
    expect(ids(all, { column: 'yearlyCost', direction: 'descending' })).toEqual(['club', 'visits', 'meals']);
    expect(ids(all, { column: 'waitingList', direction: 'descending' })).toEqual(['visits', 'club', 'meals']);
  });

  it('sorts by name in Hebrew alphabetical order and by operator by the partner’s name', () => {
    expect(ids(all, { column: 'name', direction: 'ascending' })).toEqual(['meals', 'visits', 'club']);
    expect(ids(all, { column: 'operator', direction: 'ascending' })).toEqual(['club', 'meals', 'visits']);
  });

  it('filters by kind and by words found in the name, the operator or the place', () => {
    expect(ids({ kind: 'self-developed', text: '' }, null)).toEqual(['visits']);
    expect(ids({ kind: null, text: 'יד לוותיק' }, null)).toEqual(['meals']);
    expect(ids({ kind: null, text: 'מרכז' }, null)).toEqual(['club']);
    expect(ids({ kind: 'standard', text: 'ביקורי' }, null)).toEqual([]);
  });
});
