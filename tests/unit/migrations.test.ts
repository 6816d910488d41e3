import { describe, it, expect } from 'vitest';
import { MissingMigrationError, migratePlan, planMigrations, type Migration, type RawPlan } from '@shared/model/migrations.ts';
import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import { buildPlan } from '../helpers/plan-builders.ts';
import { sampleJson, validSampleName } from '../helpers/samples.ts';

/** Test-only migrations; each records that it ran so the order can be checked. */
function recordingChain(log: number[]): Migration[] {
  return [
    // Listed out of order on purpose: the chain follows `from`, not the list's order.
    { from: 2, migrate: (raw) => { log.push(2); return { ...raw, schemaVersion: 3, steps: [...(raw.steps as number[]), 2] }; } },
    { from: 1, migrate: (raw) => { log.push(1); return { ...raw, schemaVersion: 2, steps: [...(raw.steps as number[]), 1] }; } },
  ];
}

describe('migratePlan', () => {
  it('applies a chain v1 → v2 → v3 one step at a time, in version order', () => {
    const log: number[] = [];
    const result = migratePlan({ schemaVersion: 1, steps: [] }, 3, recordingChain(log));
    expect(result).toEqual({ schemaVersion: 3, steps: [1, 2] });
    expect(log).toEqual([1, 2]);
  });

  it('stops at the target version', () => {
    const log: number[] = [];
    expect(migratePlan({ schemaVersion: 1, steps: [] }, 2, recordingChain(log))).toEqual({ schemaVersion: 2, steps: [1] });
    expect(log).toEqual([1]);
  });

  it('leaves a plan already at the target version as it is', () => {
    const raw: RawPlan = { schemaVersion: 3, steps: [] };
    expect(migratePlan(raw, 3, recordingChain([]))).toBe(raw);
  });

  it('throws MissingMigrationError naming the version that has no step', () => {
    const chain = recordingChain([]).filter((migration) => migration.from !== 2);
    expect(() => migratePlan({ schemaVersion: 1, steps: [] }, 3, chain)).toThrow(MissingMigrationError);
    try {
      migratePlan({ schemaVersion: 1, steps: [] }, 3, chain);
    } catch (error) {
      expect((error as MissingMigrationError).version).toBe(2);
    }
  });

  it('throws when a migration produces a version other than the next one', () => {
    const skipping: Migration[] = [{ from: 1, migrate: (raw) => ({ ...raw, schemaVersion: 3 }) }];
    expect(() => migratePlan({ schemaVersion: 1 }, 3, skipping)).toThrow(/migration from 1 produced version 3/);
    const standingStill: Migration[] = [{ from: 1, migrate: (raw) => ({ ...raw }) }];
    expect(() => migratePlan({ schemaVersion: 1 }, 2, standingStill)).toThrow(/produced version 1/);
  });
});

const samplePlanJson = () => sampleJson(validSampleName) as Record<string, unknown>;

describe('readPlan with migrations', () => {
  it('upgrades a version 1 plan: no indicator measured yet, no copy of the submitted plan, no signing key', () => {
    const current = samplePlanJson();
    const implementation = (current.implementation as Record<string, unknown>[]).map(({ indicatorActuals: _measured, ...item }) => item);
    const submitted = { act: 'submit', role: 'team', by: 'רכזת המדור', at: '2026-11-01T10:00:00.000Z', contentHash: 'a'.repeat(64), note: '', signature: null };
    const review = { status: 'submitted', readyForSubmission: true, log: [submitted], comments: [] };
    const result = readPlan(JSON.stringify({ ...current, schemaVersion: 1, implementation, review }));
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.plan.implementation.map((item) => item.indicatorActuals)).toEqual(implementation.map(() => []));
    expect(result.ok && result.plan.review).toEqual({ ...review, log: [{ ...submitted, publicKey: null }], submittedPlan: null, previousSubmittedPlan: null });
    expect(planMigrations.map((migration) => migration.from)).toEqual([1, 2, 3, 4]);
  });

  /** The sample as version 2 wrote it: no partners or participation log, existing services in brief, statuses set by hand, no answers. */
  function version2Of(current: Record<string, unknown>): Record<string, unknown> {
    const stations = Object.fromEntries(
      Object.entries(current.stations as Record<string, Record<string, unknown>>).map(([id, { statusReason: _reason, answers: _answers, ...station }]) => [id, station]),
    );
    const existingServices = (current.existingServices as Record<string, unknown>[]).map(({ id, name, kind, participants, whatWorks, whatDoesNotWork }) => ({ id, name, kind, participants, whatWorks, whatDoesNotWork }));
    const services = (current.services as Record<string, unknown>[]).map(({ existingServiceId: _carried, partnerId: _partner, ...service }) => service);
    const partnerNames = new Map((current.partners as { id: string; name: string }[]).map((partner) => [partner.id, partner.name]));
    const implementation = (current.implementation as Record<string, unknown>[]).map(({ ownerPartnerId: _owner, partnerIds, ...item }) => ({
      ...item,
      partners: (partnerIds as string[]).map((id) => partnerNames.get(id)!),
    }));
    const { partners: _partners, activities: _activities, ...rest } = current;
    return { ...rest, schemaVersion: 2, stations, existingServices, services, implementation };
  }

  it('upgrades a version 2 plan: a status set by hand stays the team’s, the rest is empty or unknown, and the submitted copy moves with it', () => {
    const current = samplePlanJson();
    const old = version2Of(current);
    const stations = old.stations as Record<string, Record<string, unknown>>;
    stations['current-state'] = { ...stations['current-state'], status: 'done' };
    stations['resources'] = { ...stations['resources'], status: 'not-started' };
    const copy = version2Of(samplePlanJson());
    const review = { ...(old.review as Record<string, unknown>), status: 'submitted', submittedPlan: copy, previousSubmittedPlan: null };
    const result = readPlan(JSON.stringify({ ...old, review }));
    expect(result.ok && result.migratedFrom).toBe(2);
    if (!result.ok) return;
    const { plan } = result;
    expect(plan.stations['current-state']).toMatchObject({ status: 'done', statusReason: '', answers: [] });
    expect(plan.stations.resources).toMatchObject({ status: 'not-started', statusReason: null, answers: [] });
    expect(plan.activities).toEqual([]);
    expect(plan.services.every((service) => service.partnerId === null)).toBe(true);
    const [first] = plan.existingServices;
    const [before] = old.existingServices as Record<string, unknown>[];
    expect(first).toEqual({ ...before, partnerId: null, operator: '', capacity: null, waitingList: null, yearlyCost: null, budgetLine: '', funding: '', hours: '', location: '' });
    expect(plan.services.every((service) => service.existingServiceId === null)).toBe(true);
    expect(plan.review.submittedPlan?.schemaVersion).toBe(currentSchemaVersion);
    expect(plan.review.submittedPlan?.activities).toEqual([]);
  });

  it('turns the partners a version 2 work plan named in words into the plan’s partners, the same name once', () => {
    const old = version2Of(samplePlanJson());
    const implementation = old.implementation as { serviceId: string; partners: string[] }[];
    expect(implementation.length).toBeGreaterThan(1);
    const worded = implementation.map((item, index) => ({ ...item, partners: index === 0 ? [' המתנ"ס ', 'ועד הבית', ''] : ['המתנ"ס'] }));
    const result = readPlan(JSON.stringify({ ...old, implementation: worded }));
    if (!result.ok) throw new Error('the version 2 plan did not open');
    const { plan } = result;
    expect(plan.partners).toEqual([
      { id: 'partner-1', name: 'המתנ"ס', kind: 'other', contactRole: '' },
      { id: 'partner-2', name: 'ועד הבית', kind: 'other', contactRole: '' },
    ]);
    expect(plan.implementation.map((item) => item.partnerIds)).toEqual(worded.map((_item, index) => (index === 0 ? ['partner-1', 'partner-2'] : ['partner-1'])));
    expect(plan.implementation.every((item) => item.ownerPartnerId === null)).toBe(true);
  });

  /** An imagined older format: version -1 called the community budget `budget`, version 0 had no `illustrative`. */
  function olderPlanText(): string {
    const current = buildPlan({ details: { communityBudget: 750_000 } });
    const { illustrative: _illustrative, communityBudget, ...oldDetails } = current.details;
    return JSON.stringify({ ...current, schemaVersion: -1, details: { ...oldDetails, budget: communityBudget } });
  }

  const testMigrations: Migration[] = [
    {
      from: -1,
      migrate: ({ details, ...raw }) => {
        const { budget, ...rest } = details as Record<string, unknown>;
        return { ...raw, schemaVersion: 0, details: { ...rest, communityBudget: budget } };
      },
    },
    {
      from: 0,
      migrate: ({ details, ...raw }) => ({ ...raw, schemaVersion: 1, details: { ...(details as object), illustrative: false } }),
    },
  ];

  it('upgrades an older plan through the whole chain and says which version it came from', () => {
    const result = readPlan(olderPlanText(), [...testMigrations, ...planMigrations]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(-1);
    expect(result.plan.schemaVersion).toBe(currentSchemaVersion);
    expect(result.plan.details.communityBudget).toBe(750_000);
    expect(result.plan.details.illustrative).toBe(false);
  });

  it('reports unknown-version with the version where the chain breaks', () => {
    const result = readPlan(olderPlanText(), testMigrations.filter((migration) => migration.from !== 0));
    expect(result).toEqual({ ok: false, error: { code: 'unknown-version', version: 0 } });
  });

  it('validates the migrated plan against the current schema', () => {
    const forgetful: Migration[] = [testMigrations[0]!, { from: 0, migrate: (raw) => ({ ...raw, schemaVersion: 1 }) }, ...planMigrations];
    expect(readPlan(olderPlanText(), forgetful)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'details.illustrative', problem: 'missing' },
    });
  });
});
