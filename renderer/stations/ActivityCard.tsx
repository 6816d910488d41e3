import { useId } from 'react';
import { removeActivity, setActivityField } from '@shared/commands/participation-commands.ts';
import { activityKinds, heardGroups, type Plan } from '@shared/model/plan-schema.ts';
import { activityKindLabelKeys, heardGroupLabelKeys } from '@shared/participation/participation-labels.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { askToConfirm } from '../state/prompts.ts';
import { TextField } from '../components/fields/TextField.tsx';
import { DateInput } from '../components/fields/DateInput.tsx';
import { PartnerChoices } from '../components/fields/PartnerChoices.tsx';
import { ActivityAttendance } from './ActivityAttendance.tsx';
import { ActivityFindings } from './ActivityFindings.tsx';
import { useParticipationSelection } from './participation-selection.ts';
import { useItemTarget } from './use-item-target.ts';

type Activity = Plan['activities'][number];

function Choices<Code extends string>({ legend, options, chosen, onChange }: { legend: string; options: { id: Code; text: string }[]; chosen: readonly Code[]; onChange(ids: Code[]): void }) {
  return (
    <fieldset className="card-choices activity-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="choice">
          <input type="checkbox" checked={chosen.includes(option.id)} onChange={(event) => onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))} />
          <bdi>{option.text}</bdi>
        </label>
      ))}
    </fieldset>
  );
}

/** One activity of the participation log in full: when and where, who was invited and who came, with whom, and what was heard. */
export function ActivityCard({ activity, name }: { activity: Activity; name: string }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const partners = usePlanStore((state) => state.document?.plan.partners) ?? [];
  // A need's evidence and an answer's link land here through the item target.
  const { ref: legendRef } = useItemTarget<HTMLLegendElement>('activity', activity.id);
  const kindId = useId();
  const materialsId = useId();
  const materialsHintId = useId();
  const set = <K extends Exclude<keyof Activity, 'id' | 'attendance' | 'findings'>>(field: K, value: Activity[K]) =>
    perform(setActivityField, { id: activity.id, field, value } as Parameters<typeof setActivityField>[1]);
  const remove = async () => {
    const needs = activity.findings.filter((finding) => finding.needId !== null).length;
    const confirmed =
      needs === 0 ||
      (await askToConfirm(t('participation.activity.removeTitle', { name }), t('participation.activity.removeBody', { count: needs }), t('participation.activity.removeConfirm')));
    if (!confirmed) return;
    useParticipationSelection.getState().open(null);
    perform(removeActivity, { id: activity.id });
  };
  return (
    <section className="card activity-card" aria-label={t('participation.activity.card', { name })}>
      <fieldset>
        <legend ref={legendRef} tabIndex={-1}>{name}</legend>
        <div className="need-fields">
          <div className="field">
            <label htmlFor={kindId}>{t('participation.activity.kind')}</label>
            <select id={kindId} value={activity.kind} onChange={(event) => set('kind', event.target.value as Activity['kind'])}>
              {activityKinds.map((kind) => <option key={kind} value={kind}>{t(activityKindLabelKeys[kind])}</option>)}
            </select>
          </div>
          <TextField label={t('participation.activity.title')} value={activity.title} wide onChange={(title) => set('title', title)} />
          <div className="field participation-date">
            <DateInput label={t('participation.activity.date')} value={activity.date} onChange={(date) => set('date', date)} />
          </div>
          <TextField label={t('participation.activity.place')} value={activity.place} onChange={(place) => set('place', place)} />
          <TextField label={t('participation.activity.facilitators')} value={activity.facilitators} onChange={(facilitators) => set('facilitators', facilitators)} />
        </div>
        <div className="activity-columns">
          <Choices
            legend={t('participation.activity.invited')}
            options={heardGroups.map((group) => ({ id: group, text: t(heardGroupLabelKeys[group]) }))}
            chosen={activity.invitedGroups}
            onChange={(groups) => set('invitedGroups', groups)}
          />
          <PartnerChoices legend={t('participation.activity.partners')} partners={partners} chosen={activity.partnerIds} onChange={(ids) => set('partnerIds', ids)} />
        </div>
        <ActivityAttendance activity={activity} />
        <div className="field">
          <label htmlFor={materialsId}>{t('participation.activity.materials')}</label>
          <textarea
            id={materialsId}
            dir="auto"
            rows={3}
            aria-describedby={materialsHintId}
            value={activity.materials.join('\n')}
            onChange={(event) => set('materials', event.target.value.split('\n').map((line) => line.slice(0, 500)))}
          />
          <p id={materialsHintId} className="hint">{t('participation.activity.materialsHint')}</p>
        </div>
        <ActivityFindings activity={activity} />
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('participation.activity.remove', { name })}
        </button>
      </fieldset>
    </section>
  );
}
