import { useId, useState } from 'react';
import { setLeadingValues } from '@shared/commands/outcome-commands.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** The team's leading values for the year: a short free list, as the guide's example has it. */
export function LeadingValues() {
  const t = useT();
  const values = usePlanStore((state) => state.document?.plan.leadingValues);
  const perform = usePlanStore((state) => state.perform);
  const [draft, setDraft] = useState('');
  const headingId = useId();
  const inputId = useId();
  if (!values) return null;
  const add = () => {
    const value = draft.trim();
    if (!value || values.includes(value)) return;
    perform(setLeadingValues, { values: [...values, value] });
    setDraft('');
  };
  return (
    <section className="card leading-values" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('values.title')}</h2>
      {values.length === 0 ? <p className="hint">{t('values.empty')}</p> : (
        <ul className="value-list">
          {values.map((value) => (
            <li key={value}>
              <bdi>{value}</bdi>
              {/* The chip shows the value once; the button says "remove" and names it only for assistive technology. */}
              <button
                type="button"
                className="icon-button"
                aria-label={t('values.remove', { value })}
                title={t('values.remove', { value })}
                onClick={() => perform(setLeadingValues, { values: values.filter((entry) => entry !== value) })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-row" onSubmit={(event) => { event.preventDefault(); add(); }}>
        <label htmlFor={inputId}>{t('values.new')}</label>
        <input id={inputId} dir="auto" maxLength={500} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit">{t('values.add')}</button>
      </form>
    </section>
  );
}
