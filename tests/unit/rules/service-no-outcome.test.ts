import { describe, it, expect } from 'vitest';
import { checkServiceNoOutcome, serviceNoOutcomeRule } from '@shared/rules/service-no-outcome.ts';
import { buildPlan, buildService, withOutcomes, withServices } from '../../helpers/plan-builders.ts';
import { worded } from '../../helpers/worded.ts';

const planWithOutcomes = () => withOutcomes(buildPlan(), 'out-less-lonely', 'out-independence');

describe('services and outcomes', () => {
  it('says nothing about services linked to outcomes the plan has', () => {
    const plan = withServices(
      planWithOutcomes(),
      buildService({ outcomeIds: ['out-less-lonely'] }),
      buildService({ outcomeIds: ['out-less-lonely', 'out-independence'] }),
    );
    expect(checkServiceNoOutcome(plan)).toEqual([]);
  });

  it('warns about a service linked to no outcome, marking its name in the grid', () => {
    const plan = withServices(
      planWithOutcomes(),
      buildService({ outcomeIds: ['out-less-lonely'] }),
      buildService({ id: 'phone', name: 'קו טלפוני יזום', outcomeIds: [] }),
    );
    expect(checkServiceNoOutcome(plan)).toEqual([
      expect.objectContaining({
        rule: 'service-no-outcome',
        severity: 'warning',
        path: 'services[1].outcomeIds',
        target: { serviceId: 'phone', field: 'name' },
      }),
    ]);
    expect(serviceNoOutcomeRule).toBe('service-no-outcome');
  });

  it('rejects a link to an outcome the plan does not have, naming the missing id', () => {
    const plan = withServices(planWithOutcomes(), buildService({ id: 'falls', name: 'צעד בטוח', outcomeIds: ['out-independence', 'out-deleted'] }));
    const findings = checkServiceNoOutcome(plan);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'service-no-outcome',
        severity: 'error',
        path: 'services[0].outcomeIds',
        target: { serviceId: 'falls', field: 'name' },
      }),
    ]);
    expect(worded(findings[0]!.message).en).toContain('out-deleted');
    expect(worded(findings[0]!.message).en).not.toContain('out-independence');
    expect(worded(findings[0]!.message).he).toContain('out-deleted');
  });

  it('reports every missing outcome of a service in one finding', () => {
    const plan = withServices(buildPlan(), buildService({ outcomeIds: ['out-a', 'out-b', 'out-a'] }));
    const findings = checkServiceNoOutcome(plan);
    expect(findings).toHaveLength(1);
    expect(worded(findings[0]!.message).en).toContain('outcomes that are not in the plan (out-a, out-b)');
  });

  it('names the service in Hebrew and in English', () => {
    const plan = withServices(buildPlan(), buildService({ name: 'קו טלפוני יזום' }));
    const [finding] = checkServiceNoOutcome(plan);
    expect(worded(finding!.message).he).toContain('קו טלפוני יזום');
    expect(worded(finding!.message).he).toContain('אינו מקושר לאף תוצאה');
    expect(worded(finding!.message).en).toContain('קו טלפוני יזום');
    expect(worded(finding!.message).en).toContain('not linked to any outcome');
  });
});
