import type { PlanTotals } from '../budget/plan-totals.ts';
import type { Plan } from '../model/plan-schema.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { agorot } from '../budget/money.ts';
import { message, moneyParam, percentParam } from '../i18n/message.ts';
import type { Finding } from './finding.ts';

export const selfDevelopmentRule = 'self-development-limit';

/** A warning starts one percentage point below the limit, so the team sees it coming. */
const warningMargin = 0.01;

/**
 * Self-developed innovative programs may cost at most the year's limit (default 20%) of the
 * policy's base. The comparison is in whole agorot: exactly the allowance passes, one agora
 * more fails.
 */
export function checkSelfDevelopmentLimit(totals: PlanTotals, plan: Plan): Finding[] {
  // The finding points at the largest self-developed program, the first place to look for savings.
  const largest = plan.services
    .filter((service) => service.kind === 'self-developed')
    .reduce<Plan['services'][number] | null>((best, service) => (!best || serviceTotal(service) > serviceTotal(best) ? service : best), null);
  const target = largest ? { serviceId: largest.id, field: 'total' } : null;
  const { selfDevelopment, selfDevelopmentAllowance, selfDevelopmentBase, selfDevelopmentLimit } = totals;
  const figures = {
    amount: moneyParam(selfDevelopment),
    share: percentParam(totals.selfDevelopmentShare, 2),
    limit: percentParam(selfDevelopmentLimit, 2),
    largest: largest ? message('rule.selfDevelopmentLargest', { name: largest.name }) : '',
  };
  if (selfDevelopment > selfDevelopmentAllowance) {
    return [
      {
        rule: selfDevelopmentRule,
        severity: 'error',
        path: 'policy.selfDevelopmentLimit',
        target,
        message: message('rule.selfDevelopmentOver', { ...figures, allowance: moneyParam(selfDevelopmentAllowance) }),
      },
    ];
  }
  const warningLimit = Math.max(0, selfDevelopmentLimit - warningMargin);
  const warningFrom = agorot(Math.floor(selfDevelopmentBase * warningLimit));
  if (selfDevelopment > 0 && selfDevelopment > warningFrom) {
    return [{ rule: selfDevelopmentRule, severity: 'warning', path: 'policy.selfDevelopmentLimit', target, message: message('rule.selfDevelopmentNear', figures) }];
  }
  return [];
}
