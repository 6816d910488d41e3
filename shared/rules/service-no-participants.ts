import type { Plan, Service } from '../model/plan-schema.ts';
import { message } from '../i18n/message.ts';
import { cellPath } from './cell-error.ts';
import type { Finding } from './finding.ts';

export const serviceNoParticipantsRule = 'service-no-participants';

/**
 * A service planned for no one. Only a warning: a team may list a service before it knows the
 * numbers, and submission should not wait on it.
 */
export function checkServiceNoParticipants(plan: Plan): Finding[] {
  return plan.services.flatMap((service, index) => serviceNoParticipantsFinding(service, index) ?? []);
}

export function serviceNoParticipantsFinding(service: Service, index: number): Finding | null {
  if (service.participants > 0) return null;
  return {
    rule: serviceNoParticipantsRule,
    severity: 'warning',
    path: cellPath(index, 'participants'),
    target: { serviceId: service.id, field: 'participants' },
    message: message('rule.serviceNoParticipants', { service: service.name }),
  };
}
