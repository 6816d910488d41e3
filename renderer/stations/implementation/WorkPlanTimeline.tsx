import { useId } from 'react';
import { formatNumber } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { activeQuarters, quarters } from '@shared/implementation/quarter-monitoring.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';

/** The year at a glance: a row per service, a column per quarter, the quarters it runs filled, with its milestones. */
export function WorkPlanTimeline({ plan, services }: { plan: Plan; services: Plan['services'] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const headingId = useId();
  const items = new Map(plan.implementation.map((item) => [item.serviceId, item]));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('workplan.timeline', { year: plan.details.year })}</h2>
      <table className="preview-table timeline">
        {/* Four equal quarters whatever their milestones say; the service's name takes the rest. */}
        <colgroup>
          <col className="timeline-service" />
          {quarters.map((quarter) => <col key={quarter} className="timeline-quarter" />)}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('logic.service')}</th>
            {quarters.map((quarter) => <th scope="col" key={quarter}>{t('workplan.quarter', { quarter: formatNumber(quarter, language) })}</th>)}
          </tr>
        </thead>
        <tbody>
          {services.map((service) => {
            const item = items.get(service.id);
            const active = activeQuarters(item, plan.details.year);
            return (
              <tr key={service.id}>
                <th scope="row"><bdi>{service.name}</bdi></th>
                {quarters.map((quarter) => {
                  const milestones = item?.milestones.filter((milestone) => milestone.quarter === quarter) ?? [];
                  return (
                    <td key={quarter} className={active.includes(quarter) ? 'timeline-active' : undefined}>
                      <span className="visually-hidden">{active.includes(quarter) ? t('workplan.running') : t('workplan.notRunning')}</span>
                      {milestones.map((milestone, index) => (
                        <div key={index} className="timeline-milestone">
                          {milestone.done ? '✓ ' : '◆ '}
                          <bdi>{milestone.text}</bdi>
                        </div>
                      ))}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
