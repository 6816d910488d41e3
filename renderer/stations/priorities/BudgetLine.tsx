import { useId, useMemo, useState } from 'react';
import { saveScenario, setForced } from '@shared/commands/priority-commands.ts';
import { agorot } from '@shared/budget/money.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { planMixProposal } from '@shared/priorities/mix-proposal.ts';
import type { ForcedMode } from '@shared/priorities/budget-line.ts';
import { servicesDecidedAgainst } from '@shared/model/decision-in-force.ts';
import { summarizeMix } from '@shared/priorities/mix-summary.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { oneDecimal } from './one-decimal.ts';

/**
 * The budget line: the mix with the highest total score that fits the community budget and the
 * self-development limit, worked out exactly, with what falls below the line and why. The team
 * can force a service in or out and save the mix as a scenario.
 */
export function BudgetLine({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  const nameId = useId();
  const [name, setName] = useState('');
  const { proposal, candidates } = useMemo(() => {
    const mix = planMixProposal(plan);
    return { proposal: mix.proposal, candidates: new Map(mix.candidates.map((candidate) => [candidate.id, candidate])) };
  }, [plan]);
  const summary = useMemo(() => summarizeMix(plan, proposal.chosen), [plan, proposal]);
  const decidedAgainst = servicesDecidedAgainst(plan);
  const below = new Map(proposal.below.map((entry) => [entry.id, entry.reason]));
  const money = (value: number) => formatMoney(agorot(value), language);
  // Above the line first, then the line, then what falls below it, each by weighted score.
  const byScore = (a: { id: string }, b: { id: string }) => candidates.get(b.id)!.score - candidates.get(a.id)!.score;
  const groups = [
    { key: 'above' as const, services: plan.services.filter((service) => !below.has(service.id)).sort(byScore) },
    { key: 'below' as const, services: plan.services.filter((service) => below.has(service.id)).sort(byScore) },
  ];
  const save = () => {
    const scenarioName = name.trim() || t('priorities.scenarioDefault', { number: plan.priorities.scenarios.length + 1 });
    perform(saveScenario, { scenario: { id: `scenario-${crypto.randomUUID().slice(0, 8)}`, name: scenarioName, serviceIds: proposal.chosen, createdAt: new Date().toISOString() } });
    setName('');
  };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('priorities.budgetLine')}</h2>
      <p className="hint">{t('priorities.budgetLineHint')}</p>
      <p role="status">
        {t('priorities.proposalSummary', {
          count: proposal.chosen.length,
          cost: money(proposal.cost),
          budget: money(summary.totals.communityBudget),
          self: money(proposal.selfDevelopment),
          allowance: money(summary.totals.selfDevelopmentAllowance),
        })}{' '}
        {!proposal.feasible && <strong className="field-error">{t('priorities.forcedOver')}</strong>}
        {!proposal.proven && <span>{t('priorities.notProven')}</span>}
      </p>
      <table className="preview-table">
        <thead>
          <tr>
            <th scope="col">{t('logic.service')}</th>
            <th scope="col">{t('priorities.weightedScore')}</th>
            <th scope="col">{t('priorities.cost')}</th>
            <th scope="col">{t('priorities.place')}</th>
            <th scope="col">{t('priorities.force')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            <tr className={group.key === 'below' ? 'line-row' : undefined}>
              <th scope="rowgroup" colSpan={5}>
                {t(group.key === 'above' ? 'priorities.aboveLine' : 'priorities.belowLine', { count: group.services.length })}
              </th>
            </tr>
            {group.services.map((service) => {
                const candidate = candidates.get(service.id)!;
                const reason = below.get(service.id);
                return (
                  <tr key={service.id} className={reason ? 'below-line' : undefined}>
                    <th scope="row"><bdi>{service.name}</bdi></th>
                    <td>{formatNumber(oneDecimal(candidate.score), language)}</td>
                    <td>{money(candidate.cost)}</td>
                    <td>{reason ? t(`priorities.below.${reason}`) : t('priorities.above')}</td>
                    <td>
                      {/* A service deferred or not approved is out until the decision changes, below. */}
                      <select
                        aria-label={t('priorities.forceOf', { service: service.name })}
                        value={candidate.forced ?? ''}
                        disabled={decidedAgainst.has(service.id)}
                        onChange={(event) => perform(setForced, { serviceId: service.id, mode: (event.target.value || null) as ForcedMode | null })}
                      >
                        <option value="">{t('priorities.force.none')}</option>
                        <option value="in">{t('priorities.force.in')}</option>
                        <option value="out">{t('priorities.force.out')}</option>
                      </select>
                    </td>
                  </tr>
                );
            })}
          </tbody>
        ))}
      </table>
      <div className="inline-form">
        <label htmlFor={nameId}>{t('priorities.scenarioName')}</label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} maxLength={500} />
        <button type="button" onClick={save}>{t('priorities.saveScenario')}</button>
      </div>
    </section>
  );
}
