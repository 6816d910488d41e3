import { useId, useState } from 'react';
import { insertServices, removeServices, setBudgetCells } from '@shared/budget/budget-commands.ts';
import { frequencyUnitLabels, serviceKindLabels } from '@shared/budget/option-labels.ts';
import { formulaOf } from '@shared/budget/service-cells.ts';
import { serviceTotal } from '@shared/budget/service-cost.ts';
import { setServiceDetail, setServicePartner, type ServiceDetailEdit } from '@shared/commands/service-card-commands.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { deliveryLabels, goalLabels, operatorLabels } from '@shared/model/option-labels.ts';
import { deliveryModes, frequencyUnits, maximumCount, operators, serviceKinds, type Plan, type Service } from '@shared/model/plan-schema.ts';
import { serviceCatalogue } from '@shared/services/service-catalogue.ts';
import { duplicateService, serviceFromCatalogue } from '@shared/services/service-from-catalogue.ts';
import { newService } from '@shared/budget/new-service.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { askToConfirm } from '../state/prompts.ts';
import { useUiStore } from '../state/ui-store.ts';
import { newServiceId } from '../budget/new-service-id.ts';
import { NumberField } from '../components/fields/NumberField.tsx';
import { PartnerSelect } from '../components/fields/PartnerSelect.tsx';
import { TextField } from '../components/fields/TextField.tsx';
import { useItemTarget } from './use-item-target.ts';
import { useGroupSuggestions } from './group-suggestions.ts';
import { ExistingServiceOriginBadge, ExistingServiceOriginLink } from './ExistingServiceOrigin.tsx';

type Grouping = 'none' | 'goal' | 'kind' | 'outcome';

function Choices({ legend, options, chosen, onChange, required }: { legend: string; options: { id: string; text: string }[]; chosen: string[]; onChange(ids: string[]): void; required?: boolean }) {
  const t = useT();
  return (
    <fieldset className="card-choices">
      <legend>{legend}</legend>
      {required && chosen.length === 0 && <p className="field-error">{t('serviceCards.outcomeRequired')}</p>}
      {options.map((option) => (
        <label key={option.id} className="choice">
          <input type="checkbox" checked={chosen.includes(option.id)} onChange={(event) => onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))} />
          <bdi>{option.text.length > 90 ? `${option.text.slice(0, 90).trim()}…` : option.text}</bdi>
        </label>
      ))}
    </fieldset>
  );
}

/** A service always has a name: an emptied field stays empty while typing, and the plan keeps the last name. */
function ServiceNameField({ service, onChange }: { service: Service; onChange(name: string): void }) {
  const t = useT();
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const empty = draft !== null && draft.trim() === '';
  return (
    <div className="field">
      <label htmlFor={id}>{t('serviceCards.name')}</label>
      <input
        id={id}
        dir="auto"
        maxLength={500}
        value={draft ?? service.name}
        aria-invalid={empty}
        aria-describedby={empty ? errorId : undefined}
        data-local-undo={empty}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim() !== '') onChange(event.target.value);
        }}
        onBlur={() => setDraft(null)}
      />
      {empty && <p id={errorId} className="field-error" role="alert">{t('serviceCards.nameRequired')}</p>}
    </div>
  );
}

function ServiceCard({ service, plan }: { service: Service; plan: Plan }) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const ids = { kind: useId(), delivery: useId(), operator: useId(), unit: useId(), groups: useId(), target: useId() };
  const { ref, targeted } = useItemTarget<HTMLElement>('service', service.id);
  const groups = useGroupSuggestions();
  const cell = (columnId: string, input: string | number) => perform(setBudgetCells, { edits: [{ serviceId: service.id, columnId, input }] });
  const detail = (edit: ServiceDetailEdit) => perform(setServiceDetail, { id: service.id, ...edit });
  const count = (columnId: 'participants' | 'perYear', label: string, value: number) =>
    formulaOf(service, columnId) !== null ? (
      <p className="field"><span className="label">{label}</span> {formatNumber(value, language)} <span className="hint">{t('serviceCards.byFormula')}</span></p>
    ) : (
      <NumberField
        label={label}
        value={value}
        format={(number) => formatNumber(number, language)}
        parse={(text) => parseTypedNumber(text)}
        validate={(number) => (number === null ? t('population.notANumber') : number < 0 || number > maximumCount ? t('serviceCards.countRange') : null)}
        onChange={(number) => cell(columnId, number)}
      />
    );
  const remove = async () => {
    if (await askToConfirm(t('serviceCards.removeTitle', { name: service.name }), t('serviceCards.removeBody'), t('links.deleteConfirm'))) perform(removeServices, { ids: [service.id] });
  };
  const goals = [...new Set(service.outcomeIds.map((id) => plan.outcomes.find((outcome) => outcome.id === id)?.goal).filter((goal) => goal !== undefined))];
  return (
    <li>
      <details className="card service-card" open={targeted || undefined}>
        <summary ref={ref}>
          <span className="service-name"><bdi>{service.name}</bdi></span>
          <span className="service-meta">
            {localized(serviceKindLabels[service.kind])} · {formatMoney(serviceTotal(service), language)}
            {goals.length > 0 ? ` · ${goals.map((goal) => localized(goalLabels[goal])).join(', ')}` : ''}
          </span>
          {service.outcomeIds.length === 0 && <span className="badge warning">{t('serviceCards.noOutcome')}</span>}
          {service.copiedFrom && <span className="own-badge"><bdi>{t('cluster.copiedFrom', { source: service.copiedFrom })}</bdi></span>}
          <ExistingServiceOriginBadge service={service} plan={plan} />
        </summary>
        <ExistingServiceOriginLink service={service} plan={plan} />
        <ServiceNameField service={service} onChange={(name) => cell('name', name)} />
        <TextField label={t('serviceCards.description')} value={service.description} multiline onChange={(value) => detail({ field: 'description', value })} />
        <div className="need-fields">
          <div className="field">
            <label htmlFor={ids.kind}>{t('serviceCards.kind')}</label>
            <select id={ids.kind} value={service.kind} onChange={(event) => cell('kind', event.target.value)}>
              {serviceKinds.map((kind) => <option key={kind} value={kind}>{localized(serviceKindLabels[kind])}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.delivery}>{t('serviceCards.delivery')}</label>
            <select id={ids.delivery} value={service.delivery} onChange={(event) => detail({ field: 'delivery', value: event.target.value as Service['delivery'] })}>
              {deliveryModes.map((mode) => <option key={mode} value={mode}>{localized(deliveryLabels[mode])}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.operator}>{t('serviceCards.operator')}</label>
            <select id={ids.operator} value={service.operator} onChange={(event) => detail({ field: 'operator', value: event.target.value as Service['operator'] })}>
              {operators.map((operator) => <option key={operator} value={operator}>{localized(operatorLabels[operator])}</option>)}
            </select>
          </div>
          <PartnerSelect
            label={t('participation.use.operatingPartner')}
            noneLabel={t('participation.use.operatingPartnerNone')}
            hint={t('participation.use.operatingPartnerHint')}
            partners={plan.partners}
            wide
            value={service.partnerId}
            onChange={(partnerId) => perform(setServicePartner, { id: service.id, partnerId })}
          />
          <div className="field field-wide">
            <label htmlFor={ids.target}>{t('serviceCards.targetGroup')}</label>
            <input id={ids.target} dir="auto" maxLength={500} list={ids.groups} value={service.targetGroup} title={service.targetGroup} onChange={(event) => detail({ field: 'targetGroup', value: event.target.value })} />
            <datalist id={ids.groups}>{groups.map((group) => <option key={group} value={group} />)}</datalist>
          </div>
          {count('participants', t('serviceCards.participants'), service.participants)}
          <div className="field">
            <label htmlFor={ids.unit}>{t('serviceCards.unit')}</label>
            <select id={ids.unit} value={service.frequency.unit} onChange={(event) => cell('frequencyUnit', event.target.value)}>
              {frequencyUnits.map((unit) => <option key={unit} value={unit}>{localized(frequencyUnitLabels[unit])}</option>)}
            </select>
          </div>
          {count('perYear', t('serviceCards.perYear'), service.frequency.perYear)}
        </div>
        <Choices
          legend={t('serviceCards.outcomes')}
          required
          options={plan.outcomes.map((outcome, index) => ({ id: outcome.id, text: outcome.title || t('outcomes.unnamed', { number: index + 1 }) }))}
          chosen={service.outcomeIds}
          onChange={(value) => detail({ field: 'outcomeIds', value })}
        />
        <Choices legend={t('serviceCards.needs')} options={plan.needs.map((need, index) => ({ id: need.id, text: need.finding || t('needs.finding', { number: index + 1 }) }))} chosen={service.needIds} onChange={(value) => detail({ field: 'needIds', value })} />
        {service.outcomeIds.length > 0 && (
          <div className="item-links" role="group" aria-label={t('serviceCards.outcomeLinks')}>
            <span aria-hidden="true">{t('serviceCards.outcomeLinks')}</span>
            {plan.outcomes.filter((outcome) => service.outcomeIds.includes(outcome.id)).map((outcome) => (
              <button key={outcome.id} type="button" className="link-button" onClick={() => useUiStore.getState().goToItem({ kind: 'outcome', id: outcome.id })}>
                <bdi>{outcome.title}</bdi>
              </button>
            ))}
          </div>
        )}
        <div className="section-actions">
          <button type="button" onClick={() => useUiStore.getState().goToBudgetCell({ serviceId: service.id, field: 'total' })}>
            {t('serviceCards.toBudget')}
          </button>
          <button type="button" onClick={() => perform(insertServices, { index: plan.services.indexOf(service) + 1, services: [duplicateService(service, newServiceId(), language)] })}>
            {t('serviceCards.duplicate')}
          </button>
          <button type="button" onClick={() => void remove()}>{t('serviceCards.remove')}</button>
        </div>
      </details>
    </li>
  );
}

function groupsOf(plan: Plan, grouping: Grouping, localized: (text: { he: string; en: string }) => string, none: string): { key: string; title: string | null; services: Service[] }[] {
  if (grouping === 'none') return [{ key: 'all', title: null, services: plan.services }];
  if (grouping === 'kind') return serviceKinds.map((kind) => ({ key: kind, title: localized(serviceKindLabels[kind]), services: plan.services.filter((service) => service.kind === kind) }));
  if (grouping === 'outcome') {
    return [
      ...plan.outcomes.map((outcome) => ({ key: outcome.id, title: outcome.title, services: plan.services.filter((service) => service.outcomeIds.includes(outcome.id)) })),
      { key: 'none', title: none, services: plan.services.filter((service) => service.outcomeIds.length === 0) },
    ];
  }
  const goalOf = new Map(plan.outcomes.map((outcome) => [outcome.id, outcome.goal]));
  return [
    ...(Object.keys(goalLabels) as (keyof typeof goalLabels)[]).map((goal) => ({
      key: goal,
      title: localized(goalLabels[goal]),
      services: plan.services.filter((service) => service.outcomeIds.some((id) => goalOf.get(id) === goal)),
    })),
    { key: 'none', title: none, services: plan.services.filter((service) => !service.outcomeIds.some((id) => goalOf.has(id))) },
  ];
}

/** Station 3's service cards: start from the catalogue or from scratch, duplicate, group by goal, kind or outcome. */
export function ServiceCards({ plan }: { plan: Plan }) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const [grouping, setGrouping] = useState<Grouping>('none');
  const [search, setSearch] = useState('');
  const [entry, setEntry] = useState('');
  const ids = { grouping: useId(), catalogue: useId(), search: useId() };
  const words = search.trim().toLowerCase();
  const shown = (service: Service) => words === '' || `${service.name} ${service.targetGroup} ${service.description}`.toLowerCase().includes(words);
  const addFromCatalogue = () => {
    const chosen = serviceCatalogue.find((candidate) => candidate.id === entry);
    if (!chosen) return;
    const id = newServiceId();
    perform(insertServices, { index: plan.services.length, services: [serviceFromCatalogue(chosen, id, plan, language)] });
    setEntry('');
    useUiStore.getState().goToItem({ kind: 'service', id });
  };
  const addEmpty = () => {
    const id = newServiceId();
    perform(insertServices, { index: plan.services.length, services: [newService(id, language)] });
    useUiStore.getState().goToItem({ kind: 'service', id });
  };
  return (
    <section className="card service-cards" aria-labelledby="service-cards-title">
      <h2 id="service-cards-title">{t('serviceCards.title')}</h2>
      <p className="hint">{t('serviceCards.hint')}</p>
      <div className="section-actions">
        <label htmlFor={ids.catalogue}>{t('serviceCards.catalogue')}</label>
        <select id={ids.catalogue} value={entry} onChange={(event) => setEntry(event.target.value)}>
          <option value="">{t('serviceCards.chooseFromCatalogue')}</option>
          {serviceCatalogue.map((candidate) => <option key={candidate.id} value={candidate.id}>{localized(candidate.name)}</option>)}
        </select>
        <button type="button" className="primary" onClick={addFromCatalogue} disabled={entry === ''}>{t('serviceCards.addFromCatalogue')}</button>
        <button type="button" onClick={addEmpty}>{t('serviceCards.addEmpty')}</button>
        <label htmlFor={ids.grouping}>{t('serviceCards.groupBy')}</label>
        <label htmlFor={ids.search}>{t('serviceCards.search')}</label>
        <input id={ids.search} type="search" dir="auto" value={search} onChange={(event) => setSearch(event.target.value)} />
        <select id={ids.grouping} value={grouping} onChange={(event) => setGrouping(event.target.value as Grouping)}>
          <option value="none">{t('serviceCards.groupNone')}</option>
          <option value="goal">{t('serviceCards.groupGoal')}</option>
          <option value="kind">{t('serviceCards.groupKind')}</option>
          <option value="outcome">{t('serviceCards.groupOutcome')}</option>
        </select>
      </div>
      {groupsOf(plan, grouping, localized, t('serviceCards.noGroup')).map((group) => ({ ...group, services: group.services.filter(shown) })).map((group) => (
        <div key={group.key} className="service-group">
          {group.title !== null && <h3><bdi>{group.title}</bdi> <span className="count">({formatNumber(group.services.length, language)})</span></h3>}
          <ul className="service-list">
            {group.services.map((service) => <ServiceCard key={service.id} service={service} plan={plan} />)}
          </ul>
        </div>
      ))}
    </section>
  );
}
