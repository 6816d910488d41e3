import { useId } from 'react';
import { addNeed, removeNeed, setNeedField } from '@shared/commands/assessment-commands.ts';
import { needSourceLabels } from '@shared/model/option-labels.ts';
import { needSources, type Need } from '@shared/model/plan-schema.ts';
import { linksTo } from '@shared/links/plan-links.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { TextField } from '../components/fields/TextField.tsx';
import { confirmUnlink } from './confirm-unlink.ts';
import { useItemTarget } from './use-item-target.ts';
import { useGroupSuggestions } from './group-suggestions.ts';
import { useUiStore } from '../state/ui-store.ts';
import { DateInput } from '../components/fields/DateInput.tsx';
import { ActivityEvidence } from './ActivityEvidence.tsx';
import { ParticipationCoverage } from './ParticipationCoverage.tsx';

const scale = [1, 2, 3, 4, 5] as const;

function NeedCard({ need, number }: { need: Need; number: number }) {
  const t = useT();
  const localized = useLocalized();
  const perform = usePlanStore((state) => state.perform);
  const ids = { source: useId(), group: useId(), strength: useId(), breadth: useId(), groups: useId() };
  const { ref } = useItemTarget<HTMLLegendElement>('need', need.id);
  const outcomes = usePlanStore((state) => state.document?.plan.outcomes);
  const usualGroups = useGroupSuggestions();
  const answering = (outcomes ?? []).filter((outcome) => outcome.needIds.includes(need.id));
  const set = <K extends Exclude<keyof Need, 'id'>>(field: K, value: Need[K]) => perform(setNeedField, { id: need.id, field, value } as Parameters<typeof setNeedField>[1]);
  const remove = async () => {
    const plan = usePlanStore.getState().document?.plan;
    if (!plan) return;
    const name = need.finding.length > 60 ? `${need.finding.slice(0, 60).trim()}…` : need.finding || t('needs.finding', { number });
    if (await confirmUnlink(name, linksTo(plan, { kind: 'need', id: need.id }))) perform(removeNeed, { id: need.id });
  };
  return (
    <li className="card need-card">
      <fieldset>
        <legend ref={ref} tabIndex={-1}>{t('needs.finding', { number })}</legend>
        <TextField label={t('needs.text')} value={need.finding} multiline onChange={(finding) => set('finding', finding)} />
        <div className="need-fields">
          <div className="field">
            <label htmlFor={ids.source}>{t('needs.source')}</label>
            <select id={ids.source} value={need.source} onChange={(event) => set('source', event.target.value as Need['source'])}>
              {needSources.map((source) => (
                <option key={source} value={source}>{localized(needSourceLabels[source])}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.group}>{t('needs.group')}</label>
            <input id={ids.group} dir="auto" maxLength={500} list={ids.groups} value={need.group} onChange={(event) => set('group', event.target.value)} />
            <datalist id={ids.groups}>
              {usualGroups.map((group) => <option key={group} value={group} />)}
            </datalist>
          </div>
          <div className="field participation-date">
            <DateInput label={t('needs.date')} value={need.date} onChange={(date) => set('date', date)} />
          </div>
          <div className="field">
            <label htmlFor={ids.strength}>{t('needs.strength')}</label>
            <select id={ids.strength} value={need.strength} onChange={(event) => set('strength', Number(event.target.value))}>
              {scale.map((value) => <option key={value} value={value}>{t(`needs.strength${value}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.breadth}>{t('needs.breadth')}</label>
            <select id={ids.breadth} value={need.breadth} onChange={(event) => set('breadth', Number(event.target.value))}>
              {scale.map((value) => <option key={value} value={value}>{t(`needs.breadth${value}`)}</option>)}
            </select>
          </div>
          <p className="need-weight">{t('needs.weight', { weight: need.strength * need.breadth })}</p>
        </div>
        <ActivityEvidence needId={need.id} />
        {answering.length > 0 && (
          <div className="item-links" role="group" aria-label={t('needs.answeredBy')}>
            <span aria-hidden="true">{t('needs.answeredBy')}</span>
            {answering.map((outcome) => (
              <button key={outcome.id} type="button" className="link-button" onClick={() => useUiStore.getState().goToItem({ kind: 'outcome', id: outcome.id })}>
                <bdi>{outcome.title}</bdi>
              </button>
            ))}
          </div>
        )}
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('needs.remove', { number })}
        </button>
      </fieldset>
    </li>
  );
}

/** The needs heard from seniors, families and staff: each finding, where it came from, how strong and how wide. */
export function NeedsRegister() {
  const t = useT();
  const needs = usePlanStore((state) => state.document?.plan.needs);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  if (!needs) return null;
  const add = () =>
    perform(addNeed, { need: { id: `need-${crypto.randomUUID().slice(0, 8)}`, source: 'focus-group', group: '', date: null, finding: '', strength: 3, breadth: 3 } });
  return (
    <section className="card needs-register" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('needs.title')}</h2>
      <p className="hint">{t('needs.hint')}</p>
      <ParticipationCoverage />
      {needs.length === 0 ? <p>{t('needs.empty')}</p> : (
        <ol className="need-list">
          {needs.map((need, index) => <NeedCard key={need.id} need={need} number={index + 1} />)}
        </ol>
      )}
      <button type="button" onClick={add}>{t('needs.add')}</button>
    </section>
  );
}
