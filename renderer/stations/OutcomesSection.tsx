import { useId } from 'react';
import { addIndicator, addOutcome, removeOutcome, setOutcomeField } from '@shared/commands/outcome-commands.ts';
import { goalLabels, horizonLabels } from '@shared/model/option-labels.ts';
import { administrationGoals, outcomeHorizons, type Outcome, type Plan } from '@shared/model/plan-schema.ts';
import { linksTo } from '@shared/links/plan-links.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { TextField } from '../components/fields/TextField.tsx';
import { IndicatorEditor } from './IndicatorEditor.tsx';
import { IndicatorLibraryPicker } from './IndicatorLibraryPicker.tsx';
import { confirmUnlink } from './confirm-unlink.ts';
import { useItemTarget } from './use-item-target.ts';
import { useUiStore } from '../state/ui-store.ts';

type Editable = Parameters<typeof setOutcomeField>[1];

const shortened = (text: string) => (text.length > 90 ? `${text.slice(0, 90).trim()}…` : text);

/** Checkboxes for a list of links (the needs an outcome answers, the outcomes it leads to), folded away until wanted. */
function LinkChoices({ legend, options, chosen, onChange }: { legend: string; options: { id: string; text: string }[]; chosen: string[]; onChange(ids: string[]): void }) {
  const t = useT();
  return (
    <details className="link-choices">
      <summary>{t('outcomes.chosen', { legend, chosen: chosen.length, total: options.length })}</summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
            />
            <bdi>{shortened(option.text)}</bdi>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function OutcomeCard({ outcome, plan, number }: { outcome: Outcome; plan: Plan; number: number }) {
  const t = useT();
  const localized = useLocalized();
  const perform = usePlanStore((state) => state.perform);
  const ids = { goal: useId(), horizon: useId() };
  const { ref } = useItemTarget<HTMLLegendElement>('outcome', outcome.id);
  const set = <K extends Exclude<keyof Outcome, 'id' | 'indicators'>>(field: K, value: Outcome[K]) => perform(setOutcomeField, { id: outcome.id, field, value } as Editable);
  const name = outcome.title || t('outcomes.unnamed', { number });
  const remove = async () => {
    const current = usePlanStore.getState().document?.plan;
    if (current && (await confirmUnlink(name, linksTo(current, { kind: 'outcome', id: outcome.id })))) perform(removeOutcome, { id: outcome.id });
  };
  const services = plan.services.filter((service) => service.outcomeIds.includes(outcome.id));
  return (
    <li className="card outcome-card">
      <fieldset>
        <legend ref={ref} tabIndex={-1}>{name}</legend>
        <TextField label={t('outcomes.title')} value={outcome.title} onChange={(title) => set('title', title)} />
        <div className="need-fields">
          <div className="field">
            <label htmlFor={ids.goal}>{t('outcomes.goal')}</label>
            <select id={ids.goal} value={outcome.goal} onChange={(event) => set('goal', event.target.value as Outcome['goal'])}>
              {administrationGoals.map((goal) => <option key={goal} value={goal}>{localized(goalLabels[goal])}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.horizon}>{t('outcomes.horizon')}</label>
            <select id={ids.horizon} value={outcome.horizon} onChange={(event) => set('horizon', event.target.value as Outcome['horizon'])}>
              {outcomeHorizons.map((horizon) => <option key={horizon} value={horizon}>{localized(horizonLabels[horizon])}</option>)}
            </select>
          </div>
        </div>
        <TextField label={t('outcomes.description')} value={outcome.description} multiline onChange={(description) => set('description', description)} />
        <LinkChoices
          legend={t('outcomes.needs')}
          options={plan.needs.map((need, index) => ({ id: need.id, text: need.finding || t('needs.finding', { number: index + 1 }) }))}
          chosen={outcome.needIds}
          onChange={(needIds) => set('needIds', needIds)}
        />
        <LinkChoices
          legend={t('outcomes.leadsTo')}
          options={plan.outcomes.map((other, index) => ({ id: other.id, text: other.title || t('outcomes.unnamed', { number: index + 1 }) })).filter((other) => other.id !== outcome.id)}
          chosen={outcome.leadsTo}
          onChange={(leadsTo) => set('leadsTo', leadsTo)}
        />
        {outcome.needIds.length > 0 && (
          <div className="item-links" role="group" aria-label={t('outcomes.needLinks')}>
            <span aria-hidden="true">{t('outcomes.needLinks')}</span>
            {plan.needs.filter((need) => outcome.needIds.includes(need.id)).map((need) => (
              <button key={need.id} type="button" className="link-button" onClick={() => useUiStore.getState().goToItem({ kind: 'need', id: need.id })}>
                <bdi>{shortened(need.finding)}</bdi>
              </button>
            ))}
          </div>
        )}
        {services.length === 0 ? (
          <p className="hint">{t('outcomes.noService')}</p>
        ) : (
          <div className="item-links" role="group" aria-label={t('outcomes.servicesLabel')}>
            <span aria-hidden="true">{t('outcomes.servicesLabel')}</span>
            {services.map((service) => (
              <button key={service.id} type="button" className="link-button" onClick={() => useUiStore.getState().goToItem({ kind: 'service', id: service.id })}>
                <bdi>{service.name}</bdi>
              </button>
            ))}
          </div>
        )}
        <h3>{t('indicators.title')}</h3>
        {outcome.indicators.length === 0 && <p className="hint">{t('indicators.none')}</p>}
        <ul className="indicator-list">
          {outcome.indicators.map((indicator) => <IndicatorEditor key={indicator.id} outcomeId={outcome.id} indicator={indicator} />)}
        </ul>
        <div className="section-actions">
          <IndicatorLibraryPicker outcome={outcome} />
          <button
            type="button"
            onClick={() =>
              perform(addIndicator, {
                outcomeId: outcome.id,
                indicator: { id: `ind-${crypto.randomUUID().slice(0, 8)}`, name: '', libraryId: null, unit: '', baseline: null, target: null, source: '', baselineYear: null, milestones: [] },
              })
            }
          >
            {t('indicators.addOwn')}
          </button>
        </div>
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('outcomes.remove', { name })}
        </button>
      </fieldset>
    </li>
  );
}

/** Station 2's outcomes: each tied to one of the administration's goals, with its horizon, the needs it answers and its indicators. */
export function OutcomesSection() {
  const t = useT();
  const plan = usePlanStore((state) => state.document?.plan);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  if (!plan) return null;
  const add = () =>
    perform(addOutcome, {
      outcome: { id: `outcome-${crypto.randomUUID().slice(0, 8)}`, title: '', description: '', goal: 'belonging', horizon: 'intermediate', needIds: [], leadsTo: [], indicators: [] },
    });
  return (
    <section className="card outcomes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('outcomes.sectionTitle')}</h2>
      <p className="hint">{t('outcomes.hint')}</p>
      {plan.outcomes.length === 0 ? <p>{t('outcomes.empty')}</p> : (
        <ol className="need-list">
          {plan.outcomes.map((outcome, index) => <OutcomeCard key={outcome.id} outcome={outcome} plan={plan} number={index + 1} />)}
        </ol>
      )}
      <button type="button" onClick={add}>{t('outcomes.add')}</button>
    </section>
  );
}
