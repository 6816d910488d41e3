import { useId, useState } from 'react';
import { servicesInBudget } from '@shared/model/decision-in-force.ts';
import { indicatorMonitoring, quarterMonitoring } from '@shared/implementation/quarter-monitoring.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { WorkItemEditor } from './WorkItemEditor.tsx';
import { WorkPlanPrint } from './WorkPlanPrint.tsx';
import { WorkPlanTimeline } from './WorkPlanTimeline.tsx';

/**
 * Station 6: the services in this year's budget turned into a work plan — the year's timeline,
 * then each service's plan and its monitoring through the year.
 */
export function WorkPlanView() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const evaluated = usePlanStore((state) => state.session?.evaluated ?? null);
  const headingId = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (!evaluated) return null;
  const toggle = (serviceId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(serviceId)) next.add(serviceId);
      return next;
    });
  const services = servicesInBudget(evaluated);
  const items = new Map(evaluated.implementation.map((item) => [item.serviceId, item]));
  return (
    <>
      <div className="inline-form">
        <button type="button" onClick={() => window.print()}>{t('workplan.print')}</button>
      </div>
      <WorkPlanTimeline plan={evaluated} services={services} />
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('workplan.services')}</h2>
        <p className="hint">{t('workplan.servicesHint')}</p>
        {services.map((service) => {
          const item = items.get(service.id);
          const flagged =
            quarterMonitoring(evaluated, service.id).filter((line) => line.flagged).length +
            indicatorMonitoring(item).reduce((sum, indicator) => sum + indicator.quarters.filter((line) => line.flagged).length, 0);
          return (
            <div key={service.id} className="work-item-details">
              <h3>
                <button type="button" className="disclosure" aria-expanded={open.has(service.id)} aria-controls={`work-item-${service.id}`} onClick={() => toggle(service.id)}>
                  {/* The marker is drawn, not read: generated text would become part of the button's name. */}
                  <span className="disclosure-marker" aria-hidden="true">{open.has(service.id) ? '▾' : language === 'he' ? '◂' : '▸'}</span>
                  <bdi>{service.name}</bdi>
                </button>
                {item?.owner ? <span className="hint"> · {item.owner}</span> : null}
                {flagged > 0 && <span className="badge warning">{t('workplan.flaggedQuarters', { count: flagged })}</span>}
              </h3>
              <div id={`work-item-${service.id}`} role="region" aria-label={t('workplan.planOf', { service: service.name })} hidden={!open.has(service.id)}>
                {open.has(service.id) && <WorkItemEditor plan={evaluated} service={service} item={item} />}
              </div>
            </div>
          );
        })}
      </section>
      <WorkPlanPrint plan={evaluated} services={services} />
    </>
  );
}
