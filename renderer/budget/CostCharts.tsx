import { useMemo } from 'react';
import { costByGoal, costByKind, type CostShare } from '@shared/budget/cost-breakdown.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { formatMoney, formatPercent } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

type Bar = { key: string; label: string; amount: CostShare<string>['amount'] };

function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const language = useLanguage((state) => state.language);
  const total = bars.reduce((sum, bar) => sum + bar.amount, 0);
  const largest = Math.max(1, ...bars.map((bar) => bar.amount));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ul className="bars">
        {bars.map((bar) => (
          <li key={bar.key} className={`bar bar-${bar.key}`}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ inlineSize: `${(bar.amount / largest) * 100}%` }} />
            </span>
            <span className="bar-amount">
              {formatMoney(bar.amount, language)} ({formatPercent(total > 0 ? bar.amount / total : 0, language)})
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Where the money goes: by kind of service and by the administration's goals. */
export function CostCharts({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const byKind = useMemo(() => costByKind(plan), [plan]);
  const byGoal = useMemo(() => costByGoal(plan), [plan]);
  return (
    <div className="charts">
      <BarChart
        title={t('charts.byKind')}
        bars={byKind.map((share) => ({ key: share.key, label: serviceKindLabels[share.key][language], amount: share.amount }))}
      />
      <BarChart
        title={t('charts.byGoal')}
        bars={byGoal.map((share) => ({ key: share.key, label: t(`goal.${share.key}`), amount: share.amount }))}
      />
      <p className="hint">{t('charts.goalNote')}</p>
    </div>
  );
}
