import type { Plan, Service } from '../model/plan-schema.ts';
import { formatMoney } from '../format/number-format.ts';
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
  const fix =
    field === 'perYear'
      ? { he: 'יש להזין כמה פעמים בשנה השירות ניתן', en: 'enter how many units a year the service gives' }
      : { he: 'יש להזין את העלות ליחידה', en: 'enter the unit cost' };
  return {
    rule: serviceNoCostRule,
    severity: 'warning',
    path: cellPath(index, field),
    target: { serviceId: service.id, field },
    message: {
      he: `${service.name}: עלות השירות לשנה היא ${formatMoney(zeroAgorot, 'he')}. אם השירות מופעל בהתנדבות זה תקין; אחרת ${fix.he}.`,
      en: `${service.name}: the service costs ${formatMoney(zeroAgorot, 'en')} a year. That is fine for a volunteer-run service; otherwise ${fix.en}.`,
    },
  };
}
