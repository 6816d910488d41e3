import { useId } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useT } from '../../i18n/i18n.ts';

type Props = {
  label: string;
  /** What choosing no partner means here ("the department itself", "not one of the plan's partners"). */
  noneLabel: string;
  /** What choosing a partner does besides, said under the box. */
  hint?: string;
  /** What to say while the plan's partner list is empty, when this box offers more than going to add partners. */
  emptyHint?: string;
  partners: Plan['partners'];
  /** A box as wide as two, where the hint under it would otherwise push the row out of line. */
  wide?: boolean;
  value: string | null;
  onChange(partnerId: string | null): void;
};

/** One partner of the plan's list, or none; with an empty list it says where partners are added. */
export function PartnerSelect({ label, noneLabel, hint, emptyHint, partners, wide = false, value, onChange }: Props) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const emptyId = useId();
  const describedBy = [hint ? hintId : '', partners.length === 0 ? emptyId : ''].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} aria-describedby={describedBy || undefined} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{noneLabel}</option>
        {partners.map((partner, index) => <option key={partner.id} value={partner.id}>{partner.name || t('participation.partners.unnamed', { number: index + 1 })}</option>)}
      </select>
      {hint && <p id={hintId} className="hint">{hint}</p>}
      {partners.length === 0 && <p id={emptyId} className="hint">{emptyHint ?? t('participation.partners.addInStationOne')}</p>}
    </div>
  );
}
