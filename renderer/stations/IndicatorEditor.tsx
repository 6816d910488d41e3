import { useId } from 'react';
import { removeIndicator, setIndicatorField, setIndicatorMilestone } from '@shared/commands/outcome-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import type { Indicator } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { CellNumberInput } from '../components/fields/CellNumberInput.tsx';
import { TextField } from '../components/fields/TextField.tsx';
import { DateInput } from '../components/fields/DateInput.tsx';

type Editable = Parameters<typeof setIndicatorField>[1];

/** One indicator of an outcome: what is measured, in what unit, from where, and from what baseline to what target. */
export function IndicatorEditor({ outcomeId, indicator }: { outcomeId: string; indicator: Indicator }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const ids = { baseline: useId(), target: useId(), year: useId(), milestones: useId() };
  const set = <K extends Exclude<keyof Indicator, 'id'>>(field: K, value: Indicator[K]) => perform(setIndicatorField, { outcomeId, id: indicator.id, field, value } as Editable);
  const setMilestone = (index: number, change: Partial<Indicator['milestones'][number]>) => perform(setIndicatorMilestone, { outcomeId, id: indicator.id, index, change });
  const number = (value: number | null) => (value === null ? t('population.notANumber') : null);
  const year = (value: number | null) => (value === null || !Number.isInteger(value) || value < 2000 || value > 2100 ? t('indicators.yearRange') : null);
  const format = (value: number) => formatNumber(value, language);
  const parse = (text: string) => parseTypedNumber(text);
  return (
    <li className="indicator">
      <fieldset>
        <legend>{indicator.name || t('indicators.unnamed')}</legend>
        {indicator.libraryId && <p className="hint">{t('indicators.fromLibrary')}</p>}
        <div className="need-fields">
          <TextField wide label={t('indicators.name')} value={indicator.name} onChange={(name) => set('name', name)} />
          <TextField label={t('indicators.unit')} value={indicator.unit} onChange={(unit) => set('unit', unit)} />
          <div className="field">
            <label htmlFor={ids.baseline}>{t('indicators.baseline')}</label>
            <CellNumberInput id={ids.baseline} label={t('indicators.baseline')} value={indicator.baseline} format={format} parse={parse} validate={number} onChange={(value) => set('baseline', value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.target}>{t('indicators.target')}</label>
            <CellNumberInput id={ids.target} label={t('indicators.target')} value={indicator.target} format={format} parse={parse} validate={number} onChange={(value) => set('target', value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.year}>{t('indicators.baselineYear')}</label>
            <CellNumberInput id={ids.year} label={t('indicators.baselineYear')} value={indicator.baselineYear} format={String} parse={parse} validate={year} onChange={(value) => set('baselineYear', value)} />
          </div>
          <TextField wide label={t('indicators.source')} value={indicator.source} onChange={(source) => set('source', source)} />
        </div>
        <fieldset className="milestones" aria-describedby={ids.milestones}>
          <legend>{t('indicators.milestones')}</legend>
          <p id={ids.milestones} className="hint">{t('indicators.milestonesHint')}</p>
          <ul>
            {indicator.milestones.map((milestone, index) => (
              <li key={index} className="milestone">
                <DateInput
                  label={t('indicators.milestoneDate', { number: index + 1 })}
                  hideLabel
                  value={milestone.date}
                  onChange={(date) => date && setMilestone(index, { date })}
                />
                <CellNumberInput
                  label={t('indicators.milestoneValue', { number: index + 1 })}
                  value={milestone.value}
                  format={format}
                  parse={parse}
                  validate={number}
                  onChange={(value) => value !== null && setMilestone(index, { value })}
                />
                <button type="button" onClick={() => set('milestones', indicator.milestones.filter((_, at) => at !== index))}>
                  {t('indicators.removeMilestone', { number: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => set('milestones', [...indicator.milestones, { date: `${new Date().getFullYear() + 1}-06-30`, value: indicator.target ?? 0 }])}>
            {t('indicators.addMilestone')}
          </button>
        </fieldset>
        <button type="button" className="link-button" onClick={() => perform(removeIndicator, { outcomeId, id: indicator.id })}>
          {t('indicators.remove', { name: indicator.name || t('indicators.unnamed') })}
        </button>
      </fieldset>
    </li>
  );
}
