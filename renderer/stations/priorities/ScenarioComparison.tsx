import { useId, useMemo, useState } from 'react';
import { promoteScenario, removeScenario } from '@shared/commands/priority-commands.ts';
import { formatMoney, formatNumber, formatPercent } from '@shared/format/number-format.ts';
import { goalLabels } from '@shared/model/option-labels.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { summarizeMix, type MixSummary } from '@shared/priorities/mix-summary.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { oneDecimal } from './one-decimal.ts';

/** The saved scenarios, and two or three of them side by side: what is in, what it costs, the checks, what it covers. */
export function ScenarioComparison({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  const [compared, setCompared] = useState<string[]>([]);
  const { scenarios } = plan.priorities;
  const summaries = useMemo(
    () => scenarios.filter((scenario) => compared.includes(scenario.id)).map((scenario) => ({ scenario, summary: summarizeMix(plan, scenario.serviceIds) })),
    [plan, scenarios, compared],
  );
  const yes = (value: boolean) => (value ? t('priorities.yes') : t('priorities.no'));
  const rows: { label: string; cell(summary: MixSummary): string }[] = [
    { label: t('priorities.row.services'), cell: (summary) => formatNumber(summary.serviceIds.length, language) },
    { label: t('priorities.row.total'), cell: (summary) => formatMoney(summary.totals.total, language) },
    { label: t('priorities.row.withinBudget'), cell: (summary) => yes(summary.withinBudget) },
    { label: t('priorities.row.selfShare'), cell: (summary) => formatPercent(summary.totals.selfDevelopmentShare, language) },
    { label: t('priorities.row.withinLimit'), cell: (summary) => yes(summary.withinSelfDevelopmentLimit) },
    { label: t('priorities.row.score'), cell: (summary) => formatNumber(oneDecimal(summary.score), language) },
    { label: t('priorities.row.goals'), cell: (summary) => summary.goals.map((goal) => goalLabels[goal][language]).join(', ') },
    { label: t('priorities.row.outcomes'), cell: (summary) => formatNumber(summary.outcomeIds.length, language) },
  ];
  // At most three side by side; ticking a fourth lets the first go. Deleted scenarios do not count.
  const toggle = (id: string, on: boolean) =>
    setCompared((current) => {
      const live = current.filter((candidate) => candidate !== id && scenarios.some((scenario) => scenario.id === candidate));
      return on ? [...live, id].slice(-3) : live;
    });
  if (scenarios.length === 0) {
    return (
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('priorities.scenarios')}</h2>
        <p>{t('priorities.noScenarios')}</p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('priorities.scenarios')}</h2>
      <p className="hint">{t('priorities.scenariosHint')}</p>
      <ul className="scenario-list">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <label>
              <input type="checkbox" checked={compared.includes(scenario.id)} onChange={(event) => toggle(scenario.id, event.target.checked)} />
              {t('priorities.compareScenario', { name: scenario.name })}
            </label>{' '}
            <button
              type="button"
              onClick={() =>
                perform(promoteScenario, {
                  id: scenario.id,
                  at: new Date().toISOString(),
                  approvedRationale: t('priorities.promotedIn', { name: scenario.name }),
                  deferredRationale: t('priorities.promotedOut', { name: scenario.name }),
                })
              }
            >
              {t('priorities.promote', { name: scenario.name })}
            </button>{' '}
            <button type="button" onClick={() => perform(removeScenario, { id: scenario.id })}>{t('priorities.removeScenario', { name: scenario.name })}</button>
          </li>
        ))}
      </ul>
      {summaries.length >= 2 && (
        <div className="table-scroll">
          <table className="preview-table">
            <caption>{t('priorities.comparison')}</caption>
            <thead>
              <tr>
                <td />
                {summaries.map(({ scenario }) => <th scope="col" key={scenario.id}><bdi>{scenario.name}</bdi></th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ label, cell }) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {summaries.map(({ scenario, summary }) => <td key={scenario.id}>{cell(summary)}</td>)}
                </tr>
              ))}
              {plan.services.map((service) => (
                <tr key={service.id}>
                  <th scope="row"><bdi>{service.name}</bdi></th>
                  {summaries.map(({ scenario, summary }) => (
                    <td key={scenario.id}>{summary.serviceIds.includes(service.id) ? t('priorities.inMix') : t('priorities.outOfMix')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
