import { useId } from 'react';
import { addExistingService, removeExistingService, setExistingServiceField } from '@shared/commands/assessment-commands.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { maximumCount, serviceKinds, type ExistingService } from '@shared/model/plan-schema.ts';
import { newExistingService } from '@shared/model/new-existing-service.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { NumberField } from '../components/fields/NumberField.tsx';
import { TextField } from '../components/fields/TextField.tsx';

function ExistingServiceCard({ service, number }: { service: ExistingService; number: number }) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const kindId = useId();
  const set = <K extends Exclude<keyof ExistingService, 'id'>>(field: K, value: ExistingService[K]) =>
    perform(setExistingServiceField, { id: service.id, field, value } as Parameters<typeof setExistingServiceField>[1]);
  return (
    <li className="card existing-card">
      <fieldset>
        <legend>{service.name || t('existing.unnamed', { number })}</legend>
        <div className="need-fields">
          <TextField label={t('existing.name')} value={service.name} onChange={(name) => set('name', name)} />
          <div className="field">
            <label htmlFor={kindId}>{t('existing.kind')}</label>
            <select id={kindId} value={service.kind} onChange={(event) => set('kind', event.target.value as ExistingService['kind'])}>
              {serviceKinds.map((kind) => <option key={kind} value={kind}>{localized(serviceKindLabels[kind])}</option>)}
            </select>
          </div>
          <NumberField
            label={t('existing.participants')}
            value={service.participants}
            format={(value) => formatNumber(value, language)}
            parse={(text) => parseTypedNumber(text)}
            validate={(value) => (value === null ? t('population.notANumber') : value < 0 || value > maximumCount || !Number.isInteger(value) ? t('population.countRange') : null)}
            onChange={(participants) => set('participants', participants)}
          />
        </div>
        <TextField label={t('existing.works')} value={service.whatWorks} multiline onChange={(text) => set('whatWorks', text)} />
        <TextField label={t('existing.doesNotWork')} value={service.whatDoesNotWork} multiline onChange={(text) => set('whatDoesNotWork', text)} />
        <button type="button" className="link-button" onClick={() => perform(removeExistingService, { id: service.id })}>
          {t('existing.remove', { name: service.name || t('existing.unnamed', { number }) })}
        </button>
      </fieldset>
    </li>
  );
}

/** The services running today: what they are, how many take part, what works and what does not. */
export function ExistingServicesSection() {
  const t = useT();
  const services = usePlanStore((state) => state.document?.plan.existingServices);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  if (!services) return null;
  const add = () =>
    perform(addExistingService, { service: newExistingService(`ex-${crypto.randomUUID().slice(0, 8)}`) });
  return (
    <section className="card existing-services" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('existing.title')}</h2>
      <p className="hint">{t('existing.hint')}</p>
      {services.length === 0 ? <p>{t('existing.empty')}</p> : (
        <ul className="need-list">
          {services.map((service, index) => <ExistingServiceCard key={service.id} service={service} number={index + 1} />)}
        </ul>
      )}
      <button type="button" onClick={add}>{t('existing.add')}</button>
    </section>
  );
}
