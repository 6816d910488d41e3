import { useId } from 'react';
import { addPartner, removePartner, setPartnerField } from '@shared/commands/partner-commands.ts';
import { partnerKinds, type Plan } from '@shared/model/plan-schema.ts';
import { partnerKindLabelKeys } from '@shared/participation/participation-labels.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { partnerMentions } from '@shared/participation/partner-roles.ts';
import { askToConfirm } from '../state/prompts.ts';
import { TextField } from '../components/fields/TextField.tsx';

type Partner = Plan['partners'][number];

function PartnerCard({ partner, number }: { partner: Partner; number: number }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const kindId = useId();
  const name = partner.name || t('participation.partners.unnamed', { number });
  const set = <K extends Exclude<keyof Partner, 'id'>>(field: K, value: Partner[K]) =>
    perform(setPartnerField, { id: partner.id, field, value } as Parameters<typeof setPartnerField>[1]);
  const remove = async () => {
    const plan = usePlanStore.getState().document?.plan;
    if (!plan) return;
    const naming = partnerMentions(plan, partner.id);
    const confirmed =
      naming === 0 ||
      (await askToConfirm(t('participation.partners.removeTitle', { name }), t('participation.partners.removeBody', { count: naming }), t('participation.partners.removeConfirm')));
    if (confirmed) perform(removePartner, { id: partner.id });
  };
  return (
    <li className="card partner-card">
      <fieldset>
        <legend>{name}</legend>
        <div className="need-fields">
          <TextField label={t('participation.partners.name')} value={partner.name} onChange={(value) => set('name', value)} />
          <div className="field">
            <label htmlFor={kindId}>{t('participation.partners.kind')}</label>
            <select id={kindId} value={partner.kind} onChange={(event) => set('kind', event.target.value as Partner['kind'])}>
              {partnerKinds.map((kind) => <option key={kind} value={kind}>{t(partnerKindLabelKeys[kind])}</option>)}
            </select>
          </div>
          <TextField label={t('participation.partners.contactRole')} value={partner.contactRole} onChange={(value) => set('contactRole', value)} />
        </div>
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('participation.partners.remove', { name })}
        </button>
      </fieldset>
    </li>
  );
}

/** Who the plan works with, listed once so every activity, operator and owner names the same partner. */
export function PartnersSection() {
  const t = useT();
  const partners = usePlanStore((state) => state.document?.plan.partners);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  if (!partners) return null;
  const add = () => perform(addPartner, { partner: { id: `partner-${crypto.randomUUID().slice(0, 8)}`, name: '', kind: 'authority-department', contactRole: '' } });
  return (
    <section className="card partners-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participation.partners.title')}</h2>
      <p className="hint">{t('participation.partners.hint')}</p>
      {partners.length === 0 ? <p>{t('participation.partners.empty')}</p> : (
        <ul className="need-list partner-list">
          {partners.map((partner, index) => <PartnerCard key={partner.id} partner={partner} number={index + 1} />)}
        </ul>
      )}
      <button type="button" onClick={add}>{t('participation.partners.add')}</button>
    </section>
  );
}
