import { formatNumber, localeOf } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { activeQuarters, quarters } from '@shared/implementation/quarter-monitoring.ts';
import { ownerWithBody, partnerNames } from '@shared/participation/partner-roles.ts';
import { PrintSheet } from '../../components/PrintSheet.tsx';
import { useLanguage, useT } from '../../i18n/i18n.ts';

/** The work plan as a printed document: one row per budgeted service, its quarters, milestones, indicators and risks. */
export function WorkPlanPrint({ plan, services }: { plan: Plan; services: Plan['services'] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const items = new Map(plan.implementation.map((item) => [item.serviceId, item]));
  const indicatorName = new Map(plan.outcomes.flatMap((outcome) => outcome.indicators).map((indicator) => [indicator.id, indicator.name]));
  const date = (iso: string | null) => (iso ? new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short' }).format(new Date(`${iso}T00:00:00`)) : '');
  const quarterName = (quarter: number) => t('workplan.quarter', { quarter: formatNumber(quarter, language) });
  return (
    <PrintSheet>
      <div className="work-plan-print" dir={language === 'he' ? 'rtl' : 'ltr'}>
        <h1>{t('workplan.printTitle', { authority: plan.details.authority || t('doc.untitled'), year: plan.details.year })}</h1>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('logic.service')}</th>
              <th scope="col">{t('workplan.owner')}</th>
              <th scope="col">{t('workplan.when')}</th>
              {quarters.map((quarter) => <th scope="col" key={quarter}>{quarterName(quarter)}</th>)}
              <th scope="col">{t('workplan.indicators')}</th>
              <th scope="col">{t('workplan.risks')}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => {
              const item = items.get(service.id);
              const active = activeQuarters(item, plan.details.year);
              return (
                <tr key={service.id}>
                  <th scope="row">{service.name}</th>
                  <td>
                    {item && ownerWithBody(plan, item)}
                    {item && item.partnerIds.length > 0 && <div>{partnerNames(plan, item.partnerIds).join(', ')}</div>}
                  </td>
                  <td>{item?.start || item?.end ? `${date(item.start)} – ${date(item.end)}` : t('workplan.allYear')}</td>
                  {quarters.map((quarter) => (
                    <td key={quarter} className={active.includes(quarter) ? 'timeline-active' : undefined}>
                      {item?.milestones.filter((milestone) => milestone.quarter === quarter).map((milestone) => milestone.text).join('; ')}
                    </td>
                  ))}
                  <td>
                    {item?.indicatorIds.map((id) => {
                      const targets = item.quarterlyTargets.filter((target) => target.indicatorId === id).sort((a, b) => a.quarter - b.quarter);
                      return (
                        <div key={id}>
                          {indicatorName.get(id) ?? id}
                          {targets.length > 0 && `: ${targets.map((target) => `${quarterName(target.quarter)} ${formatNumber(target.value, language)}`).join(', ')}`}
                        </div>
                      );
                    })}
                  </td>
                  <td>{item?.risks.map((risk, index) => <div key={index}>{risk.risk} — {risk.mitigation}</div>)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </PrintSheet>
  );
}
