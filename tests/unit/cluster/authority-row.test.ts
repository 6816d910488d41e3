import { describe, expect, it } from 'vitest';
import { authorityRow } from '@shared/cluster/authority-row.ts';
import { compareCluster } from '@shared/cluster/cluster-comparison.ts';
import { planYearSeniors } from '@shared/cluster/plan-year-seniors.ts';
import { agorotFromShekels } from '@shared/budget/money.ts';
import type { OpenResult } from '@shared/host-api.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildOutcome, buildPlan, buildSelfDevelopedCosting, buildService, buildServiceCosting } from '../../helpers/plan-builders.ts';

const population = (counts: [string, number][], year = 2027): Plan['population'] => ({
  bands: [
    { id: '55-64', label: '55-64', fromAge: 55, toAge: 64 },
    { id: '65-74', label: '65-74', fromAge: 65, toAge: 74 },
    { id: '75+', label: '75+', fromAge: 75, toAge: null },
  ],
  years: [
    { year: 2026, kind: 'actual', counts: [{ bandId: '65-74', count: 1 }, { bandId: '75+', count: 1 }] },
    { year, kind: 'forecast', counts: counts.map(([bandId, count]) => ({ bandId, count })) },
  ],
  growthRates: [],
  source: '',
});

/**
 * Worked by hand: ₪12,000 (belonging) + ₪150,000 self-developed with ₪10,000 in fees (belonging
 * and risk) + ₪50,000 with the ministry's ₪20,000 typed (no outcome); ₪80,000 rejected, so out.
 *   ministry 9,000 + 105,000 + 20,000 = 134,000; authority 3,000 + 35,000 + 30,000 = 68,000;
 *   other 10,000; total 212,000. 65+: 2,000 + 1,000 = 3,000; 75+: 1,000.
 */
function alonPlan(): Plan {
  return buildPlan({
    id: 'alon-2027',
    details: { authority: 'אלון', communityBudget: 1_000_000 },
    population: population([['55-64', 3_000], ['65-74', 2_000], ['75+', 1_000]]),
    outcomes: [buildOutcome('o-belonging', { goal: 'belonging' }), buildOutcome('o-risk', { goal: 'risk-prevention' })],
    services: [
      buildService({ id: 'club', participants: 10, frequency: { unit: 'month', perYear: 12 }, unitCost: 100, outcomeIds: ['o-belonging'] }),
      buildSelfDevelopedCosting(150_000, { id: 'pilot', funding: { other: 10_000 }, outcomeIds: ['o-belonging', 'o-risk'] }),
      buildServiceCosting(50_000, { id: 'meals', funding: { ministry: 20_000 } }),
      buildServiceCosting(80_000, { id: 'rejected', outcomeIds: ['o-risk'] }),
    ],
    priorities: { ...buildPlan().priorities, decisions: [{ serviceId: 'rejected', decision: 'rejected', rationale: '', at: '2026-10-01T00:00:00Z' }] },
    review: { ...buildPlan().review, status: 'submitted' },
  });
}

const opened = (plan: Plan, path: string): OpenResult => ({ ok: true, path, name: path.replace(/\.tamhil$/, ''), revision: 'r', plan, migratedFrom: null });

describe('one authority’s row of the cluster table', () => {
  it('has the totals, shares, population, cost per senior and services per goal worked out by hand', () => {
    const row = authorityRow({ path: 'cluster/alon.tamhil', name: 'alon', plan: alonPlan() }, []);
    expect(row).toMatchObject({ path: 'cluster/alon.tamhil', fileName: 'alon', planId: 'alon-2027', authority: 'אלון', year: 2027, review: { status: 'submitted' }, services: 3 });
    expect(row.seniors).toEqual({ basis: 'forecast', aged65Plus: 3_000, aged75Plus: 1_000 });
    expect(row.totals).toMatchObject({
      total: agorotFromShekels(212_000),
      ministry: agorotFromShekels(134_000),
      authority: agorotFromShekels(68_000),
      other: agorotFromShekels(10_000),
      selfDevelopment: agorotFromShekels(150_000),
      selfDevelopmentShare: 0.15,
      selfDevelopmentLimit: 0.2,
    });
    expect(row.ministryShare).toBeCloseTo(134 / 212, 12);
    expect(row.authorityShare).toBeCloseTo(68 / 212, 12);
    expect(row.overLimit).toBe(false);
    // ₪212,000 ÷ 3,000 = ₪70.666…, to the agora.
    expect(row.costPerSenior).toBe(7_067);
    expect(row.servicesByGoal).toEqual({ belonging: 2, 'risk-prevention': 1, 'function-preservation': 0, none: 1 });
  });

  it('is over the limit one agora past the allowance, and not at it', () => {
    const plan = (selfDeveloped: number) =>
      buildPlan({ details: { communityBudget: 100_000 }, services: [buildSelfDevelopedCosting(selfDeveloped), buildServiceCosting(1_000)] });
    expect(authorityRow({ path: 'a.tamhil', name: 'a', plan: plan(20_000) }, []).overLimit).toBe(false);
    expect(authorityRow({ path: 'a.tamhil', name: 'a', plan: plan(20_000.01) }, []).overLimit).toBe(true);
  });

  it('has no shares and no cost per senior when the plan costs nothing or has no population for its year', () => {
    const row = authorityRow({ path: 'empty.tamhil', name: 'empty', plan: buildPlan() }, []);
    expect(row.ministryShare).toBeNull();
    expect(row.authorityShare).toBeNull();
    expect(row.seniors).toEqual({ basis: null, aged65Plus: null, aged75Plus: null });
    expect(row.costPerSenior).toBeNull();
  });

  it('takes the figures of the formulas, not the values a file holds for them', () => {
    const plan = buildPlan({ services: [buildService({ id: 'f', participants: 1, unitCost: 0, formulas: [{ field: 'unitCost', formula: '=250*4' }] })] });
    const { rows } = compareCluster([opened(plan, 'f.tamhil')], []);
    expect(rows[0]!.totals.total).toBe(agorotFromShekels(1_000));
  });
});

describe('the plan year’s senior citizens', () => {
  it('uses the figures of the plan’s own year, actual or forecast', () => {
    const plan = buildPlan({ population: population([['65-74', 500], ['75+', 200]], 2027) });
    expect(planYearSeniors(plan)).toEqual({ basis: 'forecast', aged65Plus: 700, aged75Plus: 200 });
    expect(planYearSeniors({ ...plan, details: { ...plan.details, year: 2026 } })).toEqual({ basis: 'actual', aged65Plus: 2, aged75Plus: 1 });
  });

  it('does not guess when a band runs across 65, or a band has no figure', () => {
    const across = buildPlan({
      population: {
        ...population([]),
        bands: [
          { id: '60-69', label: '60-69', fromAge: 60, toAge: 69 },
          { id: '70-79', label: '70-79', fromAge: 70, toAge: 79 },
          { id: '80+', label: '80+', fromAge: 80, toAge: null },
        ],
        years: [{ year: 2027, kind: 'actual', counts: [{ bandId: '60-69', count: 10 }, { bandId: '70-79', count: 20 }, { bandId: '80+', count: 30 }] }],
      },
    });
    expect(planYearSeniors(across)).toEqual({ basis: 'actual', aged65Plus: null, aged75Plus: null });
    const missing = buildPlan({ population: population([['65-74', 500]]) });
    expect(planYearSeniors(missing)).toEqual({ basis: 'forecast', aged65Plus: null, aged75Plus: null });
  });
});

describe('the comparison of a folder’s files', () => {
  it('keeps the files that could not be read, with their reason, beside the plans that were', () => {
    const files: OpenResult[] = [
      opened(alonPlan(), 'alon.tamhil'),
      { ok: false, path: 'broken.tamhil', name: 'broken', error: { code: 'not-json', detail: 'Unexpected end of JSON input' } },
      { ok: false, path: 'new.tamhil', name: 'new', error: { code: 'newer-version', version: 9, supported: 2 } },
    ];
    const comparison = compareCluster(files, []);
    expect(comparison.rows.map((row) => row.path)).toEqual(['alon.tamhil']);
    expect(comparison.unreadable).toEqual([
      { path: 'broken.tamhil', name: 'broken', error: { code: 'not-json', detail: 'Unexpected end of JSON input' } },
      { path: 'new.tamhil', name: 'new', error: { code: 'newer-version', version: 9, supported: 2 } },
    ]);
  });
});
