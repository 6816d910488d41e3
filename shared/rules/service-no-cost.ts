import type { Plan, Service } from '../model/plan-schema.ts';
import { message, moneyParam } from '../i18n/message.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { zeroAgorot } from '../budget/money.ts';
import { cellPath } from './cell-error.ts';
import type { Finding } from './finding.ts';

export const serviceNoCostRule = 'service-no-cost';

/**
 * A service whose yearly total is ₪0. Only a warning: a volunteer-run service can really cost
 * nothing. A service with no participants is left to service-no-participants, which names the
 * cause, so one missing number does not raise two warnings. The finding points at the unit
 * cost, or at the units a year when those are what is 0, so the team lands on the empty cell.
 */
export function checkServiceNoCost(plan: Plan): Finding[] {
  return plan.services.flatMap((service, index) => serviceNoCostFinding(service, index) ?? []);
}

export function serviceNoCostFinding(service: Service, index: number): Finding | null {
  if (service.participants === 0 || serviceTotal(service) !== 0) return null;
  const field = service.frequency.perYear === 0 && service.unitCost > 0 ? 'perYear' : 'unitCost';
  return {
    rule: serviceNoCostRule,
    severity: 'warning',
    path: cellPath(index, field),
    target: { serviceId: service.id, field },
    message: message(field === 'perYear' ? 'rule.serviceNoCostPerYear' : 'rule.serviceNoCostUnitCost', { service: service.name, zero: moneyParam(zeroAgorot) }),
  };
}
