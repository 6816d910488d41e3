import { setServiceDetail } from '@shared/commands/service-card-commands.ts';
import { setOutcomeField } from '@shared/commands/outcome-commands.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import { goalLabels, horizonLabels, operatorLabels } from '@shared/model/option-labels.ts';
import { administrationGoals, outcomeHorizons, type Outcome, type Plan } from '@shared/model/plan-schema.ts';
import type { LogicModel, LogicNode } from '@shared/logic-model/logic-graph.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { partnerKindLabelKeys } from '@shared/participation/participation-labels.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { shortName as short } from './short-name.ts';

function InputLine({ node }: { node: Extract<LogicNode, { kind: 'input' }> }) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  switch (node.resource) {
    case 'funding':
      return <li>{localized(node.label)}: {formatMoney(node.amount, language)}</li>;
    case 'staff-hours':
      return <li>{t('logic.staffHours', { hours: formatNumber(node.hours, language) })}</li>;
    case 'volunteers':
      return <li>{t('logic.volunteers', { services: node.services })}</li>;
    case 'partner':
      return <li>{t('logic.partner', { operator: localized(operatorLabels[node.operator]), services: node.services })}</li>;
    case 'plan-partner':
      return <li><bdi>{t('participation.use.planPartnerLine', { name: localized(node.label), kind: t(partnerKindLabelKeys[node.partnerKind]), services: node.services })}</bdi></li>;
  }
}

/**
 * The logic model as tables of links, for keyboard and screen-reader users and for anyone who
 * prefers a table: what feeds the services, which outcomes each service advances, which
 * outcomes lead to which, and the goal each serves. Every box is a plan command with undo, the
 * same the canvas performs, seen at once in stations 2-4.
 */
export function LinkTables({ plan, model }: { plan: Plan; model: LogicModel }) {
  const t = useT();
  const localized = useLocalized();
  const perform = usePlanStore((state) => state.perform);
  const outcomes = [...plan.outcomes].sort((a, b) => outcomeHorizons.indexOf(a.horizon) - outcomeHorizons.indexOf(b.horizon));
  const inputs = model.nodes.filter((node): node is Extract<LogicNode, { kind: 'input' }> => node.kind === 'input');
  const toggleOutcome = (serviceId: string, outcomeId: string, on: boolean) => {
    const service = plan.services.find((candidate) => candidate.id === serviceId)!;
    const value = on ? [...service.outcomeIds, outcomeId] : service.outcomeIds.filter((id) => id !== outcomeId);
    perform(setServiceDetail, { id: serviceId, field: 'outcomeIds', value });
  };
  const toggleLead = (from: Outcome, to: string, on: boolean) =>
    perform(setOutcomeField, { id: from.id, field: 'leadsTo', value: on ? [...from.leadsTo, to] : from.leadsTo.filter((id) => id !== to) });
  return (
    <>
      <section className="card" aria-labelledby="logic-inputs">
        <h2 id="logic-inputs">{t('logic.inputs')}</h2>
        <ul>{inputs.map((node) => <InputLine key={node.id} node={node} />)}</ul>
      </section>

      <section className="card" aria-labelledby="logic-advances">
        <h2 id="logic-advances">{t('logic.advances')}</h2>
        <div className="table-scroll">
          <table className="preview-table link-matrix">
            <thead>
              <tr>
                <th scope="col">{t('logic.service')}</th>
                {outcomes.map((outcome) => (
                  <th scope="col" key={outcome.id} title={outcome.title}>
                    <bdi>{short(outcome.title, 32)}</bdi>
                    <span className="hint"> · {localized(horizonLabels[outcome.horizon])}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.services.map((service) => (
                <tr key={service.id}>
                  <th scope="row"><bdi>{service.name}</bdi></th>
                  {outcomes.map((outcome) => (
                    <td key={outcome.id}>
                      <input
                        type="checkbox"
                        aria-label={t('logic.serviceAdvances', { service: service.name, outcome: outcome.title })}
                        checked={service.outcomeIds.includes(outcome.id)}
                        onChange={(event) => toggleOutcome(service.id, outcome.id, event.target.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="logic-leads">
        <h2 id="logic-leads">{t('logic.leads')}</h2>
        <div className="table-scroll">
          <table className="preview-table link-matrix">
            <thead>
              <tr>
                <th scope="col">{t('logic.outcome')}</th>
                <th scope="col">{t('logic.goal')}</th>
                {outcomes.map((outcome) => (
                  <th scope="col" key={outcome.id} title={outcome.title}><bdi>{short(outcome.title, 32)}</bdi></th>
                ))}
              </tr>
            </thead>
            <tbody>
              {outcomes.map((from) => (
                <tr key={from.id}>
                  <th scope="row"><bdi>{from.title}</bdi> <span className="hint">· {localized(horizonLabels[from.horizon])}</span></th>
                  <td>
                    <select
                      aria-label={t('logic.goalOf', { outcome: from.title })}
                      value={from.goal}
                      onChange={(event) => perform(setOutcomeField, { id: from.id, field: 'goal', value: event.target.value as Outcome['goal'] })}
                    >
                      {administrationGoals.map((goal) => <option key={goal} value={goal}>{localized(goalLabels[goal])}</option>)}
                    </select>
                  </td>
                  {outcomes.map((to) => (
                    <td key={to.id}>
                      {to.id !== from.id && (
                        <input
                          type="checkbox"
                          aria-label={t('logic.outcomeLeads', { from: from.title, to: to.title })}
                          checked={from.leadsTo.includes(to.id)}
                          onChange={(event) => toggleLead(from, to.id, event.target.checked)}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
