import { useId, useMemo, useState } from 'react';
import { addExistingService } from '@shared/commands/assessment-commands.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { formatNumber, localeOf } from '@shared/format/number-format.ts';
import { serviceKinds, type ExistingService, type ServiceKind } from '@shared/model/plan-schema.ts';
import { newExistingService } from '@shared/model/new-existing-service.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { ExistingServiceCard } from './ExistingServiceCard.tsx';
import { ExistingServicesTable } from './ExistingServicesTable.tsx';
import { useOpenedExistingService } from './existing-service-target.ts';
import { orderedServices, type ExistingServiceColumn, type ExistingServiceSort } from './existing-services-order.ts';

/**
 * The services running today, in full: a table that sorts and filters, and below it the card of
 * the one service opened, with its figures, who runs it, what works, and the step that carries
 * it into the new plan.
 */
export function ExistingServicesSection() {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const plan = usePlanStore((state) => state.document?.plan);
  const perform = usePlanStore((state) => state.perform);
  const { openedId, open } = useOpenedExistingService();
  const [kind, setKind] = useState<ServiceKind | null>(null);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<ExistingServiceSort>(null);
  const ids = { heading: useId(), kind: useId(), text: useId(), card: useId() };
  const services = plan?.existingServices;
  const rows = useMemo(
    () => (plan ? orderedServices(plan.existingServices, { filter: { kind, text }, sort, partners: plan.partners, kindOrder: serviceKinds, locale: localeOf(language) }) : []),
    [plan, kind, text, sort, language],
  );
  if (!plan || !services) return null;
  const titleOf = (service: ExistingService) => service.name.trim() || t('existing.unnamed', { number: services.indexOf(service) + 1 });
  const opened = services.find((service) => service.id === openedId);
  const onSort = (column: ExistingServiceColumn) =>
    setSort((previous) => ({ column, direction: previous?.column === column && previous.direction === 'ascending' ? 'descending' : 'ascending' }));
  const add = () => {
    const service = newExistingService(`ex-${crypto.randomUUID().slice(0, 8)}`);
    perform(addExistingService, { service });
    open(service.id);
  };
  return (
    <section className="card existing-services" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('existing.title')}</h2>
      <p className="hint">{t('existing.hint')}</p>
      {services.length === 0 ? <p>{t('existing.empty')}</p> : (
        <>
          <div className="section-actions existing-filters">
            <label htmlFor={ids.kind}>{t('holdings.filterKind')}</label>
            <select id={ids.kind} value={kind ?? ''} onChange={(event) => setKind((event.target.value || null) as ServiceKind | null)}>
              <option value="">{t('holdings.allKinds')}</option>
              {serviceKinds.map((option) => <option key={option} value={option}>{localized(serviceKindLabels[option])}</option>)}
            </select>
            <label htmlFor={ids.text}>{t('holdings.filterText')}</label>
            <input id={ids.text} type="search" dir="auto" value={text} onChange={(event) => setText(event.target.value)} />
          </div>
          <ExistingServicesTable
            plan={plan}
            rows={rows}
            caption={t('holdings.caption', { shown: formatNumber(rows.length, language), total: formatNumber(services.length, language) })}
            sort={sort}
            onSort={onSort}
            openedId={openedId}
            cardId={ids.card}
            onOpen={open}
            titleOf={titleOf}
          />
          {rows.length === 0 && <p>{t('holdings.noMatch')}</p>}
        </>
      )}
      <button type="button" onClick={add}>{t('existing.add')}</button>
      {opened && (
        <div id={ids.card}>
          <ExistingServiceCard key={opened.id} service={opened} plan={plan} title={titleOf(opened)} />
        </div>
      )}
    </section>
  );
}
