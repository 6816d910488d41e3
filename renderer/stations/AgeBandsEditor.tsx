import { useEffect, useId, useState } from 'react';
import { addAgeBand, removeAgeBand, setAgeBand } from '@shared/commands/population-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

type Band = Plan['population']['bands'][number];

const age = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null);

/** One band: its name and ages; ages are taken when they make a band (to ≥ from, or open). */
function BandRow({ band }: { band: Band }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const [from, setFrom] = useState(String(band.fromAge));
  const [to, setTo] = useState(band.toAge === null ? '' : String(band.toAge));
  // A band changed elsewhere (undo) shows its ages again.
  useEffect(() => {
    setFrom(String(band.fromAge));
    setTo(band.toAge === null ? '' : String(band.toAge));
  }, [band.fromAge, band.toAge]);
  const fromAge = age(from);
  const toAge = to.trim() === '' ? null : age(to);
  const valid = fromAge !== null && (to.trim() === '' || (toAge !== null && toAge >= fromAge));
  const saveAges = () => valid && perform(setAgeBand, { id: band.id, fromAge: fromAge!, toAge });
  const saveLabel = (label: string) => perform(setAgeBand, { id: band.id, label });
  return (
    <tr>
      <td><input aria-label={t('bands.labelOf', { band: band.label })} dir="auto" value={band.label} maxLength={500} onChange={(event) => saveLabel(event.target.value)} /></td>
      <td><input aria-label={t('bands.fromOf', { band: band.label })} className="cell-input" dir="ltr" value={from} aria-invalid={fromAge === null} onChange={(event) => setFrom(event.target.value)} onBlur={saveAges} /></td>
      <td><input aria-label={t('bands.toOf', { band: band.label })} className="cell-input" dir="ltr" value={to} aria-invalid={!valid && fromAge !== null} onChange={(event) => setTo(event.target.value)} onBlur={saveAges} /></td>
      <td><button type="button" onClick={() => perform(removeAgeBand, { id: band.id })}>{t('bands.remove', { band: band.label })}</button></td>
    </tr>
  );
}

/** The age bands the population is counted in: the guide's three by default, each one the team's to change. */
export function AgeBandsEditor({ bands }: { bands: Band[] }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const summaryId = useId();
  const last = bands.at(-1);
  // A new band follows the last; an open last band (75+) must be closed first, or they would overlap.
  const canAdd = !last || last.toAge !== null;
  const add = () => {
    const fromAge = last ? last.toAge! + 1 : 55;
    perform(addAgeBand, { band: { id: `band-${crypto.randomUUID().slice(0, 8)}`, label: `${fromAge}+`, fromAge, toAge: null } });
  };
  return (
    <details className="bands-editor">
      <summary id={summaryId}>{t('bands.title')}</summary>
      <p className="hint">{t('bands.hint')}</p>
      <table className="preview-table" aria-labelledby={summaryId}>
        <thead>
          <tr>
            <th scope="col">{t('population.band')}</th>
            <th scope="col">{t('bands.from')}</th>
            <th scope="col">{t('bands.to')}</th>
            <th scope="col"><span className="visually-hidden">{t('surveys.actions')}</span></th>
          </tr>
        </thead>
        <tbody>{bands.map((band) => <BandRow key={band.id} band={band} />)}</tbody>
      </table>
      <button type="button" onClick={add} disabled={!canAdd}>{t('bands.add')}</button>
      {!canAdd && <p className="hint">{t('bands.closeLast', { band: last!.label })}</p>}
    </details>
  );
}
