import type { Plan } from '@shared/model/plan-schema.ts';
import { useT } from '../../i18n/i18n.ts';

type Props = {
  legend: string;
  partners: Plan['partners'];
  chosen: readonly string[];
  onChange(partnerIds: string[]): void;
};

/** Some of the plan's partners, each a box to tick; with an empty list it says where partners are added. */
export function PartnerChoices({ legend, partners, chosen, onChange }: Props) {
  const t = useT();
  return (
    <fieldset className="card-choices partner-choices">
      <legend>{legend}</legend>
      {partners.length === 0 ? (
        <p className="hint">{t('participation.partners.addInStationOne')}</p>
      ) : (
        partners.map((partner, index) => (
          <label key={partner.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(partner.id)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, partner.id] : chosen.filter((id) => id !== partner.id))}
            />
            <bdi>{partner.name || t('participation.partners.unnamed', { number: index + 1 })}</bdi>
          </label>
        ))
      )}
    </fieldset>
  );
}
