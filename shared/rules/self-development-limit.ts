import type { PlanTotals } from '../budget/plan-totals.ts';
import type { Plan } from '../model/plan-schema.ts';
import { serviceTotal } from '../budget/service-cost.ts';
import { agorot } from '../budget/money.ts';
import { formatMoney, formatPercent } from '../format/number-format.ts';
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
  const largestNote = {
    he: largest ? ` התכנית הגדולה ביותר: ${largest.name}.` : '',
    en: largest ? ` The largest program: ${largest.name}.` : '',
  };
  const text = (language: 'he' | 'en') => ({
    amount: formatMoney(selfDevelopment, language),
    share: formatPercent(totals.selfDevelopmentShare, language, 2),
    limit: formatPercent(selfDevelopmentLimit, language, 2),
    allowance: formatMoney(selfDevelopmentAllowance, language),
  });
  if (selfDevelopment > selfDevelopmentAllowance) {
    const he = text('he');
    const en = text('en');
    return [
      {
        rule: selfDevelopmentRule,
        severity: 'error',
        path: 'policy.selfDevelopmentLimit',
        target,
        message: {
          he: `תכניות בפיתוח עצמי עולות ${he.amount} (${he.share}), מעל המגבלה של ${he.limit} (${he.allowance}).${largestNote.he}`,
          en: `Self-developed programs cost ${en.amount} (${en.share}), over the limit of ${en.limit} (${en.allowance}).${largestNote.en}`,
        },
      },
    ];
  }
  const warningLimit = Math.max(0, selfDevelopmentLimit - warningMargin);
  const warningFrom = agorot(Math.floor(selfDevelopmentBase * warningLimit));
  if (selfDevelopment > 0 && selfDevelopment > warningFrom) {
    const he = text('he');
    const en = text('en');
    return [
      {
        rule: selfDevelopmentRule,
        severity: 'warning',
        path: 'policy.selfDevelopmentLimit',
        target,
        message: {
          he: `תכניות בפיתוח עצמי עולות ${he.amount} (${he.share}), פחות מנקודת אחוז מתחת למגבלה של ${he.limit}.${largestNote.he}`,
          en: `Self-developed programs cost ${en.amount} (${en.share}), within one percentage point of the ${en.limit} limit.${largestNote.en}`,
        },
      },
    ];
  }
  return [];
}
