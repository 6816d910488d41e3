import { useEffect, useId, useRef } from 'react';
import { removeExistingService, setExistingServiceField } from '@shared/commands/assessment-commands.ts';
import { carriedAs, carryExistingService } from '@shared/commands/existing-service-commands.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { agorotFromShekels } from '@shared/budget/money.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import { serviceKinds, type ExistingService, type Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { newServiceId } from '../budget/new-service-id.ts';
import { TextField } from '../components/fields/TextField.tsx';
import { PartnerSelect } from '../components/fields/PartnerSelect.tsx';
import { ExistingServiceFigureField } from './ExistingServiceFigureField.tsx';
import { useOpenedExistingService } from './existing-service-target.ts';
import { confirmExistingServiceRemoval } from './confirm-existing-service-removal.ts';

type Props = { service: ExistingService; plan: Plan; title: string };

/** Carried into the plan already: a link to its card; otherwise the one step that carries it. */
function CarryIntoPlan({ service, plan }: { service: ExistingService; plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const card = carriedAs(plan, service.id);
  if (card) {
    return (
      <div className="existing-carry">
        <p>
          {t('holdings.carriedAs')}{' '}
          <button type="button" className="link-button existing-carried-link" onClick={() => useUiStore.getState().goToItem({ kind: 'service', id: card.id })}>
            <bdi>{card.name}</bdi>
          </button>
        </p>
        <p className="hint">{t('holdings.carriedOnce')}</p>
      </div>
    );
  }
  return (
    <div className="existing-carry">
      <button type="button" className="primary" onClick={() => perform(carryExistingService, { existingServiceId: service.id, serviceId: newServiceId(), language })}>
        {t('holdings.carry')}
      </button>
      <p className="hint">{t('holdings.carryHint')}</p>
    </div>
  );
}

/** Every detail of one existing service: what it is, its size and cost, who runs it when and where, and what works. */
export function ExistingServiceCard({ service, plan, title }: Props) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const { open, arrived, settle } = useOpenedExistingService();
  const ids = { kind: useId(), budgetLine: useId(), budgetHint: useId() };
  const legendRef = useRef<HTMLLegendElement>(null);
  useEffect(() => {
    if (!arrived || !legendRef.current) return;
    legendRef.current.scrollIntoView({ block: 'start' });
    legendRef.current.focus();
    settle();
  }, [arrived, settle]);
  const set = <K extends Exclude<keyof ExistingService, 'id'>>(field: K, value: ExistingService[K]) =>
    perform(setExistingServiceField, { id: service.id, field, value } as Parameters<typeof setExistingServiceField>[1]);
  const remove = async () => {
    if (await confirmExistingServiceRemoval(plan, service.id, title)) perform(removeExistingService, { id: service.id });
  };
  const overCapacity = service.capacity !== null && service.participants > service.capacity;
  const perParticipant = service.yearlyCost !== null && service.participants > 0 ? service.yearlyCost / service.participants : null;
  return (
    <fieldset className="card existing-card existing-detail-card" id={`existing-service-${service.id}`}>
      <legend ref={legendRef} tabIndex={-1}><bdi>{title}</bdi></legend>
      <div className="need-fields">
        <TextField label={t('existing.name')} value={service.name} wide onChange={(name) => set('name', name)} />
        <div className="field">
          <label htmlFor={ids.kind}>{t('existing.kind')}</label>
          <select id={ids.kind} value={service.kind} onChange={(event) => set('kind', event.target.value as ExistingService['kind'])}>
            {serviceKinds.map((kind) => <option key={kind} value={kind}>{localized(serviceKindLabels[kind])}</option>)}
          </select>
        </div>
      </div>
      <h3 className="existing-card-part">{t('holdings.figures')}</h3>
      <div className="need-fields">
        <ExistingServiceFigureField figure="participants" label={t('existing.participants')} value={service.participants} onChange={(value) => value !== null && set('participants', value)} />
        <ExistingServiceFigureField figure="capacity" label={t('holdings.capacity')} value={service.capacity} onChange={(value) => set('capacity', value)} />
        <ExistingServiceFigureField figure="waitingList" label={t('holdings.waitingList')} value={service.waitingList} onChange={(value) => set('waitingList', value)} />
        <ExistingServiceFigureField figure="yearlyCost" label={t('holdings.yearlyCost')} value={service.yearlyCost} onChange={(value) => set('yearlyCost', value)} />
        <div className="field">
          <label htmlFor={ids.budgetLine}>{t('holdings.budgetLine')}</label>
          <input id={ids.budgetLine} dir="ltr" maxLength={40} value={service.budgetLine} aria-describedby={ids.budgetHint} onChange={(event) => set('budgetLine', event.target.value)} />
          <p id={ids.budgetHint} className="hint">{t('holdings.budgetLineHint')}</p>
        </div>
        <TextField label={t('holdings.funding')} value={service.funding} onChange={(funding) => set('funding', funding)} />
      </div>
      {overCapacity && <p className="hint">{t('holdings.overCapacity', { participants: formatNumber(service.participants, language), capacity: formatNumber(service.capacity ?? 0, language) })}</p>}
      {perParticipant !== null && <p className="hint">{t('holdings.costPerParticipant', { cost: formatMoney(agorotFromShekels(perParticipant), language) })}</p>}
      <h3 className="existing-card-part">{t('holdings.running')}</h3>
      <div className="need-fields">
        <PartnerSelect
          label={t('holdings.operatorPartner')}
          noneLabel={t('holdings.notAPartner')}
          emptyHint={t('holdings.noPartnersYet')}
          partners={plan.partners}
          value={service.partnerId}
          wide
          onChange={(partnerId) => set('partnerId', partnerId)}
        />
        {service.partnerId === null && <TextField label={t('holdings.operatorName')} value={service.operator} onChange={(operator) => set('operator', operator)} />}
        <TextField label={t('holdings.hours')} value={service.hours} onChange={(hours) => set('hours', hours)} />
        <TextField label={t('holdings.location')} value={service.location} onChange={(location) => set('location', location)} />
      </div>
      <TextField label={t('existing.works')} value={service.whatWorks} multiline onChange={(text) => set('whatWorks', text)} />
      <TextField label={t('existing.doesNotWork')} value={service.whatDoesNotWork} multiline onChange={(text) => set('whatDoesNotWork', text)} />
      <CarryIntoPlan service={service} plan={plan} />
      <div className="section-actions">
        <button type="button" onClick={() => open(null)}>{t('holdings.closeCard')}</button>
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('existing.remove', { name: title })}
        </button>
      </div>
    </fieldset>
  );
}
