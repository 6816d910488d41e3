import { describe, expect, it } from 'vitest';
import { normaliseServiceName, serviceKindOf } from '@shared/cluster/service-kind.ts';
import { servicesAcross } from '@shared/cluster/services-across.ts';
import type { ClusterPlan } from '@shared/cluster/cluster-files.ts';
import { spreadOf } from '@shared/cluster/value-spread.ts';
import type { Service } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService } from '../../helpers/plan-builders.ts';

describe('kinds of service across plans', () => {
  it('compares names without points, quotes, punctuation, extra spaces or capitals', () => {
    expect(normaliseServiceName('  מועדון  "בית-הדקלים" ')).toBe('מועדון בית הדקלים');
    expect(normaliseServiceName('שָׁלוֹם לַוָּתִיק')).toBe('שלום לותיק');
    expect(normaliseServiceName('Falls  Prevention!')).toBe('falls prevention');
  });

  it('puts a name that is, or starts with, a catalogue name under that entry, the longest that fits', () => {
    expect(serviceKindOf('מועדון חברתי לוותיקים').catalogueId).toBe('social-club');
    expect(serviceKindOf('Social club for seniors').catalogueId).toBe('social-club');
    expect(serviceKindOf('קו טלפוני יזום "שלום, מה שלומך?"').catalogueId).toBe('proactive-phone-line');
    expect(serviceKindOf('קהילה תומכת לניצולי שואה בשכונת הגפן').catalogueId).toBe('holocaust-survivors-community');
    expect(serviceKindOf('קהילה תומכת').catalogueId).toBe('supportive-community');
    expect(serviceKindOf('קהילה תומכתית').catalogueId).toBeNull();
  });

  it('gives any other name a kind of its own, shown as first written', () => {
    expect(serviceKindOf(' חוג  ציור! ')).toEqual({ key: 'name:חוג ציור', catalogueId: null, label: { he: 'חוג  ציור!', en: 'חוג  ציור!' } });
    expect(serviceKindOf('חוג ציור').key).toBe(serviceKindOf(' חוג  ציור! ').key);
  });
});

describe('the median and spread of figures', () => {
  it('takes the middle figure, or the mean of the middle two', () => {
    expect(spreadOf([30, 10, 20])).toEqual({ count: 3, median: 20, min: 10, max: 30 });
    expect(spreadOf([40, 20, 30, 25])).toEqual({ count: 4, median: 27.5, min: 20, max: 40 });
    expect(spreadOf([])).toBeNull();
  });
});

const club = 'מועדון חברתי לוותיקים';
const service = (name: string, unit: Service['frequency']['unit'], unitCost: number, id = name) => buildService({ id: id.replace(/[^A-Za-z0-9_-]/g, '') || 'x', name, frequency: { unit }, unitCost });

function entry(path: string, authority: string, year: number, services: Service[], rejected: string[] = []): ClusterPlan {
  return {
    path,
    name: path,
    plan: buildPlan({
      details: { authority, year },
      services,
      priorities: { ...buildPlan().priorities, decisions: rejected.map((serviceId) => ({ serviceId, decision: 'deferred', rationale: '', at: '2026-10-01T00:00:00Z' })) },
    }),
  };
}

/**
 * אלון runs the club at ₪20 a week (2027) and ₪25 a week plus a session-priced club at ₪40
 * (2026); ברוש at ₪30 a week, גפן at ₪40. Painting: אלון ₪15, ברוש ₪25 a session. The phone
 * line only in אלון; ברוש's hot meals are deferred, so not run.
 */
const cluster: ClusterPlan[] = [
  entry('alon-2027.tamhil', 'אלון', 2027, [service(club, 'week', 20, 'a1'), service('קו טלפוני יזום', 'month', 30, 'a2'), service('חוג ציור', 'session', 15, 'a3')]),
  entry('brosh.tamhil', 'ברוש', 2027, [service(`${club} ברוש`, 'week', 30, 'b1'), service('חוג  ציור!', 'session', 25, 'b2'), service('ארוחות חמות עד הבית', 'week', 50, 'b3')], ['b3']),
  entry('alon-2026.tamhil', ' אלון ', 2026, [service(club, 'week', 25, 'c1'), service(club, 'session', 40, 'c2')]),
  entry('gefen.tamhil', 'גפן', 2027, [service(club, 'week', 40, 'd1')]),
];

describe('services across the cluster', () => {
  const kinds = servicesAcross(cluster);
  const kind = (key: string) => kinds.find((candidate) => candidate.key === key)!;

  it('lists who runs each kind, most authorities first, an authority’s plans of two years counting once', () => {
    expect(kinds.map((each) => [each.key, each.authorities.length, each.couldBeShared])).toEqual([
      ['catalogue:social-club', 3, true],
      ['name:חוג ציור', 2, true],
      ['catalogue:proactive-phone-line', 1, false],
    ]);
    expect(kind('catalogue:social-club').authorities).toEqual(['אלון', 'ברוש', 'גפן']);
    expect(kind('catalogue:social-club').entries.map((each) => [each.path, each.service.id])).toEqual([
      ['alon-2027.tamhil', 'a1'],
      ['brosh.tamhil', 'b1'],
      ['alon-2026.tamhil', 'c1'],
      ['alon-2026.tamhil', 'c2'],
      ['gefen.tamhil', 'd1'],
    ]);
  });

  it('gives the unit costs’ median and spread within each unit, the most common unit first', () => {
    expect(kind('catalogue:social-club').unitCosts).toEqual([
      { unit: 'week', count: 4, median: 27.5, min: 20, max: 40 },
      { unit: 'session', count: 1, median: 40, min: 40, max: 40 },
    ]);
    expect(kind('name:חוג ציור').unitCosts).toEqual([{ unit: 'session', count: 2, median: 20, min: 15, max: 25 }]);
    expect(kind('name:חוג ציור').label.he).toBe('חוג ציור');
  });

  it('leaves out services decided against: they are not run this year', () => {
    expect(kinds.some((each) => each.key === 'catalogue:hot-meals')).toBe(false);
  });

  it('keeps each entry’s yearly cost for the side-by-side view', () => {
    // 10 participants × 1 week a year × ₪20 = ₪200, in agorot.
    expect(kind('catalogue:social-club').entries[0]!.total).toBe(20_000);
  });
});
