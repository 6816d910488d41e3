import { useId, useMemo } from 'react';
import { decide, setDecisionRationale } from '@shared/commands/priority-commands.ts';
import { localeOf } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { decisionsByService, type ServiceDecision } from '@shared/model/decision-in-force.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';

const kinds = ['approved', 'deferred', 'rejected'] as const satisfies readonly ServiceDecision['decision'][];

/**
 * The team's decision on each service — approved, deferred to a later year, or rejected — with
 * its rationale. Each change of decision is kept, with its time, so the plan shows how it was
 * reached; the rationale of the decision in force can be reworded.
 */
export function DecisionsTable({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  const decisions = useMemo(() => decisionsByService(plan), [plan]);
  const when = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('priorities.decisions')}</h2>
      <p className="hint">{t('priorities.decisionsHint')}</p>
      <table className="preview-table decisions-table">
        <thead>
          <tr>
            <th scope="col">{t('logic.service')}</th>
            <th scope="col">{t('priorities.decision')}</th>
            <th scope="col">{t('priorities.rationale')}</th>
            <th scope="col">{t('priorities.history')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.services.map((service) => {
            const entry = decisions.get(service.id);
            return (
              <tr key={service.id}>
                <th scope="row"><bdi>{service.name}</bdi></th>
                <td>
                  <select
                    aria-label={t('priorities.decisionOf', { service: service.name })}
                    value={entry?.latest.decision ?? ''}
                    onChange={(event) =>
                      perform(decide, {
                        // A new decision needs its own reason; the old one stays in the history.
                        decision: { serviceId: service.id, decision: event.target.value as ServiceDecision['decision'], rationale: '', at: new Date().toISOString() },
                      })
                    }
                  >
                    {!entry && <option value="">{t('priorities.undecided')}</option>}
                    {kinds.map((kind) => <option key={kind} value={kind}>{t(`priorities.decision.${kind}`)}</option>)}
                  </select>
                </td>
                <td>
                  <textarea
                    aria-label={t('priorities.rationaleOf', { service: service.name })}
                    dir="auto"
                    rows={2}
                    maxLength={20_000}
                    disabled={!entry}
                    value={entry?.latest.rationale ?? ''}
                    onChange={(event) => perform(setDecisionRationale, { serviceId: service.id, rationale: event.target.value })}
                  />
                </td>
                <td>
                  {entry && (
                    <ol className="decision-history">
                      {entry.history.map((decision, index) => (
                        <li key={index}>
                          {t('priorities.historyEntry', { decision: t(`priorities.decision.${decision.decision}`), at: when.format(new Date(decision.at)) })}
                        </li>
                      ))}
                    </ol>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
