import type { PlanTotals } from '@shared/budget/plan-totals.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** The plan's totals: cost, its funding parts, the community budget and the number of services. */
export function TotalsFigures({ totals, servicesCount }: { totals: PlanTotals; servicesCount: number }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
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
      {figures.map(([label, value]) => (
        <div key={label} className="figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
