import { describe, it, expect } from 'vitest';
import { checkServiceNoParticipants, serviceNoParticipantsRule } from '@shared/rules/service-no-participants.ts';
import { buildPlan, buildService, withServices } from '../../helpers/plan-builders.ts';
import { worded } from '../../helpers/worded.ts';

describe('services with no participants', () => {
  it('warns about a service planned for 0 participants, at its participants cell', () => {
    const plan = withServices(
      buildPlan(),
      buildService({ id: 'club' }),
      buildService({ id: 'groups', name: 'קבוצות הפגת בדידות', participants: 0 }),
    );
    expect(checkServiceNoParticipants(plan)).toEqual([
      expect.objectContaining({
        rule: 'service-no-participants',
        severity: 'warning',
        path: 'services[1].participants',
        target: { serviceId: 'groups', field: 'participants' },
      }),
    ]);
    expect(serviceNoParticipantsRule).toBe('service-no-participants');
  });

  it('says nothing about a service with even a fraction of a participant', () => {
    expect(checkServiceNoParticipants(withServices(buildPlan(), buildService({ participants: 0.5 })))).toEqual([]);
  });

  it('names the service in Hebrew and in English', () => {
    const plan = withServices(buildPlan(), buildService({ name: 'קבוצות הפגת בדידות', participants: 0 }));
    const [finding] = checkServiceNoParticipants(plan);
    expect(worded(finding!.message).he).toContain('קבוצות הפגת בדידות');
    expect(worded(finding!.message).he).toContain('מספר המשתתפים הוא 0');
    expect(worded(finding!.message).en).toContain('קבוצות הפגת בדידות');
    expect(worded(finding!.message).en).toContain('no participants are planned');
  });
});
