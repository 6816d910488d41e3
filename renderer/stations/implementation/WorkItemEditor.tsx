import { useId } from 'react';
import { setRiskText, setWorkItemField, setWorkMilestone, type WorkItem } from '@shared/commands/work-plan-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import type { Plan, Service } from '@shared/model/plan-schema.ts';
import { quarters, type Quarter } from '@shared/implementation/quarter-monitoring.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { IndicatorTracking } from './IndicatorTracking.tsx';
import { QuarterActuals } from './QuarterActuals.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { PartnerChoices } from '../../components/fields/PartnerChoices.tsx';
import { PartnerSelect } from '../../components/fields/PartnerSelect.tsx';

/**
 * One service's work plan: who answers for it and for which body, which of the plan's partners carry it out, when, its milestone for each quarter, the
 * indicators from station 2 it is monitored by with their quarterly targets, its risks, and —
 * through the year — what was spent and reached.
 */
export function WorkItemEditor({ plan, service, item }: { plan: Plan; service: Service; item: WorkItem | undefined }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const ids = { owner: useId(), endProblem: useId() };
  // ISO dates compare as text; a plan that ends before it starts would run in no quarter at all.
  const endsBeforeStart = Boolean(item?.start && item?.end && item.end < item.start);
  const set = <K extends Exclude<keyof WorkItem, 'serviceId'>>(field: K, value: WorkItem[K]) =>
    perform(setWorkItemField, { serviceId: service.id, field, value } as Parameters<typeof setWorkItemField>[1]);
  const milestones = item?.milestones ?? [];
  const risks = item?.risks ?? [];
  const chosen = item?.indicatorIds ?? [];
  const indicators = plan.outcomes.filter((outcome) => service.outcomeIds.includes(outcome.id)).flatMap((outcome) => outcome.indicators);
  const quarterName = (quarter: Quarter) => t('workplan.quarter', { quarter: formatNumber(quarter, language) });
  const milestoneOf = (quarter: Quarter) => milestones.find((milestone) => milestone.quarter === quarter);
  const setMilestone = (quarter: Quarter, change: { text: string } | { done: boolean }) => perform(setWorkMilestone, { serviceId: service.id, quarter, change });
  const setRisk = (index: number, field: 'risk' | 'mitigation', text: string) => perform(setRiskText, { serviceId: service.id, index, field, text });
  return (
    <div className="work-item">
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.owner}>{t('workplan.owner')}</label>
          <input id={ids.owner} value={item?.owner ?? ''} maxLength={500} dir="auto" onChange={(event) => set('owner', event.target.value)} />
        </div>
        <PartnerSelect
          label={t('participation.use.ownerBody')}
          noneLabel={t('participation.use.ownerBodyNone')}
          partners={plan.partners}
          value={item?.ownerPartnerId ?? null}
          onChange={(partnerId) => set('ownerPartnerId', partnerId)}
        />
        <div className="field">
          <DateInput label={t('workplan.start')} value={item?.start ?? null} onChange={(start) => set('start', start)} />
        </div>
        <div className="field">
          <DateInput
            label={t('workplan.end')}
            value={item?.end ?? null}
            invalid={endsBeforeStart}
            {...(endsBeforeStart ? { describedBy: ids.endProblem } : {})}
            onChange={(end) => set('end', end)}
          />
          {endsBeforeStart && (
            <p id={ids.endProblem} className="field-error" role="alert">
              {t('workplan.endBeforeStart')}
            </p>
          )}
        </div>
      </div>
      <PartnerChoices legend={t('participation.use.workPartners')} partners={plan.partners} chosen={item?.partnerIds ?? []} onChange={(partnerIds) => set('partnerIds', partnerIds)} />

      <fieldset>
        <legend>{t('workplan.milestones')}</legend>
        {quarters.map((quarter) => (
          <div key={quarter} className="milestone-row">
            <label>
              <span>{quarterName(quarter)}</span>
              <input
                value={milestoneOf(quarter)?.text ?? ''}
                maxLength={500}
                dir="auto"
                aria-label={t('workplan.milestoneOf', { service: service.name, quarter: quarterName(quarter) })}
                onChange={(event) => setMilestone(quarter, { text: event.target.value })}
              />
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={milestoneOf(quarter)?.done ?? false} onChange={(event) => setMilestone(quarter, { done: event.target.checked })} />
              {t('workplan.done', { quarter: quarterName(quarter) })}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('workplan.indicators')}</legend>
        {indicators.length === 0 ? (
          <p className="hint">{t('workplan.noIndicators')}</p>
        ) : (
          indicators.map((indicator) => {
            const monitored = chosen.includes(indicator.id);
            return (
              <div key={indicator.id} className="indicator-targets">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={monitored}
                    onChange={(event) => set('indicatorIds', event.target.checked ? [...chosen, indicator.id] : chosen.filter((id) => id !== indicator.id))}
                  />
                  <bdi>{indicator.name}</bdi>
                </label>
                {monitored && item && <IndicatorTracking serviceId={service.id} indicator={indicator} item={item} />}
              </div>
            );
          })
        )}
      </fieldset>

      <fieldset>
        <legend>{t('workplan.risks')}</legend>
        {risks.map((risk, index) => (
          <div key={index} className="risk-row">
            <input
              aria-label={t('workplan.riskOf', { number: index + 1 })}
              value={risk.risk}
              maxLength={500}
              dir="auto"
              onChange={(event) => setRisk(index, 'risk', event.target.value)}
            />
            <input
              aria-label={t('workplan.mitigationOf', { number: index + 1 })}
              value={risk.mitigation}
              maxLength={500}
              dir="auto"
              onChange={(event) => setRisk(index, 'mitigation', event.target.value)}
            />
            <button type="button" onClick={() => set('risks', risks.filter((_, position) => position !== index))}>{t('workplan.removeRisk', { number: index + 1 })}</button>
          </div>
        ))}
        <button type="button" onClick={() => set('risks', [...risks, { risk: '', mitigation: '' }])}>{t('workplan.addRisk')}</button>
      </fieldset>

      <QuarterActuals plan={plan} serviceId={service.id} serviceName={service.name} item={item} />
    </div>
  );
}
