import { useId, useState } from 'react';
import { addIndicator } from '@shared/commands/outcome-commands.ts';
import { indicatorLibrary, indicatorsForGoal } from '@shared/indicators/indicator-library.ts';
import type { Outcome } from '@shared/model/plan-schema.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/**
 * Picks an indicator from the built-in library (the national optimal-aging indicators and the
 * guide's service indicators): those of the outcome's goal first, then the rest.
 */
export function IndicatorLibraryPicker({ outcome }: { outcome: Outcome }) {
  const t = useT();
  const localized = useLocalized();
  const perform = usePlanStore((state) => state.perform);
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const forGoal = indicatorsForGoal(outcome.goal);
  const others = indicatorLibrary.filter((indicator) => !forGoal.includes(indicator));
  const taken = new Set(outcome.indicators.map((indicator) => indicator.libraryId));
  const add = () => {
    const entry = indicatorLibrary.find((indicator) => indicator.id === chosen);
    if (!entry) return;
    perform(addIndicator, {
      outcomeId: outcome.id,
      indicator: {
        id: `ind-${crypto.randomUUID().slice(0, 8)}`,
        name: localized(entry.name),
        libraryId: entry.id,
        unit: localized(entry.unit),
        baseline: null,
        target: null,
        source: localized(entry.source),
        baselineYear: null,
        milestones: [],
      },
    });
    setChosen('');
  };
  const option = (indicator: (typeof indicatorLibrary)[number]) => (
    <option key={indicator.id} value={indicator.id} disabled={taken.has(indicator.id)}>
      {`${localized(indicator.name)} · ${t(`indicators.area.${indicator.area}`)}, ${t(`indicators.level.${indicator.level}`)}`}
    </option>
  );
  return (
    <div className="library-picker">
      <label htmlFor={selectId}>{t('indicators.library')}</label>
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('indicators.chooseFromLibrary')}</option>
        <optgroup label={t('indicators.forGoal')}>{forGoal.map(option)}</optgroup>
        <optgroup label={t('indicators.otherIndicators')}>{others.map(option)}</optgroup>
      </select>
      <button type="button" onClick={add} disabled={chosen === ''}>
        {t('indicators.addFromLibrary')}
      </button>
    </div>
  );
}
