import { describe, it, expect } from 'vitest';
import { readPlan } from '@shared/model/read-plan.ts';
import { checkPlan, hasErrors } from '@shared/rules/validate-plan.ts';
import { allStations } from '@shared/stations/all-stations.ts';
import { followSuggestedStatuses } from '@shared/stations/follow-suggested-statuses.ts';
import { overLimitSampleName, sampleText, samplePlan, validSampleName } from '../helpers/samples.ts';

describe('the bundled samples', () => {
  it.each([validSampleName, overLimitSampleName])('%s reads without migration and is marked illustrative', (name) => {
    const result = readPlan(sampleText(name));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBeNull();
    expect(result.plan.details.illustrative).toBe(true);
  });

  it('the main sample keeps self-development at about 11.5% of the community budget, with no errors', () => {
    const { totals, findings } = checkPlan(samplePlan(validSampleName));
    expect(totals.selfDevelopmentShare).toBeGreaterThan(0.11);
    expect(totals.selfDevelopmentShare).toBeLessThan(0.12);
    expect(findings).toEqual([]);
  });

  it('the over-limit sample breaks the self-development limit', () => {
    const { totals, findings } = checkPlan(samplePlan(overLimitSampleName));
    expect(totals.selfDevelopmentShare).toBeGreaterThan(0.2);
    expect(hasErrors(findings)).toBe(true);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'self-development-limit', severity: 'error' }));
  });

  it.each([validSampleName, overLimitSampleName])('%s shows each station’s status as Tamhil suggests it from the station’s content, as a new user’s plan would', (name) => {
    const plan = samplePlan(name);
    const followed = followSuggestedStatuses(plan);
    for (const station of allStations) {
      expect(plan.stations[station.id].statusReason, station.id).toBeNull();
      expect(plan.stations[station.id].status, station.id).toBe(followed.stations[station.id].status);
    }
  });

  it.each([validSampleName, overLimitSampleName])('%s marks only items that exist in the stations content or its own items', (name) => {
    const plan = samplePlan(name);
    for (const station of allStations) {
      const work = plan.stations[station.id];
      const known = new Set([
        ...work.ownItems.map((item) => item.id),
        ...(['topics', 'actions', 'partners', 'risks', 'questions'] as const).flatMap((category) => station[category].map((item) => item.id)),
      ]);
      for (const id of work.marked) expect(known.has(id), `${station.id}: ${id}`).toBe(true);
    }
  });

  it.each([validSampleName, overLimitSampleName])('%s links services only to outcomes and needs it has', (name) => {
    const plan = samplePlan(name);
    const outcomes = new Set(plan.outcomes.map((outcome) => outcome.id));
    const needs = new Set(plan.needs.map((need) => need.id));
    for (const service of plan.services) {
      for (const id of service.outcomeIds) expect(outcomes.has(id), `${service.id} → ${id}`).toBe(true);
      for (const id of service.needIds) expect(needs.has(id), `${service.id} → ${id}`).toBe(true);
    }
    expect(new Set(plan.services.map((service) => service.id)).size).toBe(plan.services.length);
  });
});
