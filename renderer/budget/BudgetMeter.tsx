import { useId } from 'react';
import { agorot } from '@shared/budget/money.ts';
import type { PlanTotals } from '@shared/budget/plan-totals.ts';
import { formatMoney, formatPercent } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** Whether the services cost more than the community budget, and by how much. */
export function budgetExcess(totals: PlanTotals) {
  return totals.total > totals.communityBudget ? agorot(totals.total - totals.communityBudget) : null;
}

/**
 * The services' cost against the community budget, in the 20% meter's style: said in words as
 * well as colour, and turning to the error state with the amount over the moment it happens.
 */
export function BudgetMeter({ totals }: { totals: PlanTotals }) {
  const t = useT();
  const language = useLanguage((store) => store.language);
  const excess = budgetExcess(totals);
  const share = totals.communityBudget > 0 ? totals.total / totals.communityBudget : totals.total > 0 ? Infinity : 0;
  const scale = Math.max(1.25, Number.isFinite(share) ? share : 1.25);
  const state = excess !== null ? 'over' : share > 0.95 ? 'close' : 'ok';
  const labelId = useId();
  const stateText = excess !== null ? t('budgetMeter.over', { excess: formatMoney(excess, language) }) : t('budgetMeter.within');
  return (
    <div className={`meter budget-meter meter-${state}`}>
      <div className="meter-label" id={labelId}>
        {t('budgetMeter.label', { total: formatMoney(totals.total, language), budget: formatMoney(totals.communityBudget, language) })}
        {Number.isFinite(share) && ` (${formatPercent(share, language, 1)})`} · <strong>{stateText}</strong>
      </div>
      <div
        className="meter-track"
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={Math.round(scale * 100)}
        aria-valuenow={Math.round(Math.min(share, scale) * 100)}
        aria-valuetext={stateText}
      >
        <div className="meter-fill" style={{ inlineSize: `${Math.min(100, (Math.min(share, scale) / scale) * 100)}%` }} />
        <div className="meter-limit" style={{ insetInlineStart: `${(1 / scale) * 100}%` }} />
      </div>
    </div>
  );
}
