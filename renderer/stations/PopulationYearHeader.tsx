import { setPopulationYearKind } from '@shared/commands/population-commands.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useItemTarget } from './use-item-target.ts';

type Props = { year: number; kind: 'actual' | 'forecast' };

/** A year's column heading: the year, and whether its figures are actual or forecast. A link to the year lands here. */
export function PopulationYearHeader({ year, kind }: Props) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const { ref } = useItemTarget<HTMLTableCellElement>('population-year', String(year));
  return (
    <th scope="col" ref={ref} tabIndex={-1}>
      <span className="year">{year}</span>
      <select aria-label={t('population.yearKind', { year })} value={kind} onChange={(event) => perform(setPopulationYearKind, { year, kind: event.target.value as Props['kind'] })}>
        <option value="actual">{t('population.actual')}</option>
        <option value="forecast">{t('population.forecast')}</option>
      </select>
    </th>
  );
}
