import type { PlanTotals } from '../budget/plan-totals.ts';
import { agorot } from '../budget/money.ts';
import { message, moneyParam } from '../i18n/message.ts';
import type { Finding } from './finding.ts';

export const budgetOverCommunityRule = 'budget-over-community';

/**
 * The services may cost at most the community budget. The comparison is in whole agorot:
 * exactly the budget passes, one agora more fails. A budget of ₪0 with costs is still an error,
 * but its message says what almost always happened: the budget was never entered.
 */
export function checkBudgetOverCommunity(totals: PlanTotals): Finding[] {
  const { total, communityBudget } = totals;
  if (total <= communityBudget) return [];
  const figures = { total: moneyParam(total), budget: moneyParam(communityBudget) };
  const text =
    communityBudget === 0
      ? message('rule.budgetNotEntered', figures)
      : message('rule.budgetOverCommunity', { ...figures, excess: moneyParam(agorot(total - communityBudget)) });
  return [{ rule: budgetOverCommunityRule, severity: 'error', path: 'details.communityBudget', target: null, message: text }];
}
