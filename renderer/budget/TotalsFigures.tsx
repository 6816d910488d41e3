import type { PlanTotals } from '@shared/budget/plan-totals.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { budgetExcess } from './BudgetMeter.tsx';

/** The plan's totals: cost, its funding parts, the community budget and the number of services. */
export function TotalsFigures({ totals, servicesCount }: { totals: PlanTotals; servicesCount: number }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const excess = budgetExcess(totals);
  const figures: [string, string][] = [
    [t('totals.total'), formatMoney(totals.total, language)],
    [t('totals.communityBudget'), formatMoney(totals.communityBudget, language)],
    [t('totals.ministry'), formatMoney(totals.ministry, language)],
    [t('totals.authority'), formatMoney(totals.authority, language)],
    [t('totals.other'), formatMoney(totals.other, language)],
    [t('totals.services'), formatNumber(servicesCount, language)],
  ];
  return (
    <dl className="figures">
      {figures.map(([label, value], index) => {
        // The total and the budget it is set against turn to the error state together.
        const over = excess !== null && index < 2;
        return (
          <div key={label} className={over ? 'figure figure-over' : 'figure'}>
            <dt>{label}</dt>
            <dd>
              {value}
              {over && index === 0 && <span className="figure-note">{t('totals.overBy', { excess: formatMoney(excess, language) })}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
