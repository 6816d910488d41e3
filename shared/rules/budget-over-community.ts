import type { PlanTotals } from '../budget/plan-totals.ts';
import { agorot } from '../budget/money.ts';
import { formatMoney } from '../format/number-format.ts';
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
  const excess = agorot(total - communityBudget);
  const money = (language: 'he' | 'en') => ({
    total: formatMoney(total, language),
    budget: formatMoney(communityBudget, language),
    excess: formatMoney(excess, language),
  });
  const he = money('he');
  const en = money('en');
  const message =
    communityBudget === 0
      ? {
          he: `תקציב הקהילה לא הוזן (הוא ${he.budget}), והשירותים בתכנית עולים ${he.total}. יש להזין את תקציב הקהילה בפרטי התכנית.`,
          en: `The community budget was not entered (it is ${en.budget}), and the plan's services cost ${en.total}. Enter the community budget in the plan details.`,
        }
      : {
          he: `השירותים בתכנית עולים ${he.total}, יותר מתקציב הקהילה של ${he.budget}. החריגה היא ${he.excess}; יש לצמצם שירותים או לתקן את תקציב הקהילה.`,
          en: `The plan's services cost ${en.total}, more than the community budget of ${en.budget}. That is ${en.excess} over; reduce the services or correct the community budget.`,
        };
  return [{ rule: budgetOverCommunityRule, severity: 'error', path: 'details.communityBudget', target: null, message }];
}
