import type { Plan } from '@shared/model/plan-schema.ts';
import { useBudgetSession } from '../state/plan-store.ts';
import { useT } from '../i18n/i18n.ts';
import { FindingsPanel } from '../budget/FindingsPanel.tsx';
import { meterStateOf, SelfDevelopmentMeter } from '../budget/SelfDevelopmentMeter.tsx';
import { TotalsFigures } from '../budget/TotalsFigures.tsx';
import { BudgetMeter } from '../budget/BudgetMeter.tsx';

/** The open plan's totals, the self-development share against its limit, and the findings. */
export function TotalsPanel({ plan }: { plan: Plan }) {
  const t = useT();
  const { totals, findings } = useBudgetSession().check;
  return (
    <section className="totals" aria-labelledby="totals-title">
      <h2 id="totals-title">{t('totals.title')}</h2>
      <TotalsFigures totals={totals} servicesCount={plan.services.length} />
      <BudgetMeter totals={totals} />
      <SelfDevelopmentMeter totals={totals} state={meterStateOf(findings)} />
      <FindingsPanel findings={findings} />
    </section>
  );
}
