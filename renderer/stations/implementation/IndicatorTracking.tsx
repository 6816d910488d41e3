import { setIndicatorQuarterValue, type WorkItem } from '@shared/commands/work-plan-commands.ts';
import { formatNumber, formatPercent } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import type { Indicator } from '@shared/model/plan-schema.ts';
import { indicatorMonitoring, quarters, type Quarter } from '@shared/implementation/quarter-monitoring.ts';
import { CellNumberInput } from '../../components/fields/CellNumberInput.tsx';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';

/** One monitored indicator: its target and what it measured in each quarter, with the deviation flagged. */
export function IndicatorTracking({ serviceId, indicator, item }: { serviceId: string; indicator: Indicator; item: WorkItem }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const lines = indicatorMonitoring(item).find((entry) => entry.indicatorId === indicator.id)?.quarters ?? [];
  const quarterName = (quarter: Quarter) => t('workplan.quarter', { quarter: formatNumber(quarter, language) });
  const setEntry = (field: 'quarterlyTargets' | 'indicatorActuals', quarter: Quarter, value: number | null) =>
    perform(setIndicatorQuarterValue, { serviceId, indicatorId: indicator.id, quarter, field, value });
  const number = (value: number | null) => (value === null ? t('workplan.numberInvalid') : null);
  return (
    <table className="preview-table indicator-table">
      <caption><bdi>{indicator.name}</bdi>{indicator.unit ? ` (${indicator.unit})` : ''}</caption>
      <thead>
        <tr>
          <td />
          {quarters.map((quarter) => <th scope="col" key={quarter}>{quarterName(quarter)}</th>)}
        </tr>
      </thead>
      <tbody>
        {(['quarterlyTargets', 'indicatorActuals'] as const).map((field) => (
          <tr key={field}>
            <th scope="row">{t(field === 'quarterlyTargets' ? 'workplan.target' : 'workplan.measured')}</th>
            {lines.map((line) => (
              <td key={line.quarter}>
                <CellNumberInput
                  label={t(field === 'quarterlyTargets' ? 'workplan.targetOf' : 'workplan.measuredOf', { indicator: indicator.name, quarter: quarterName(line.quarter) })}
                  value={field === 'quarterlyTargets' ? line.target : line.actual}
                  format={(value) => formatNumber(value, language)}
                  parse={(text) => parseTypedNumber(text)}
                  validate={number}
                  onChange={(value) => setEntry(field, line.quarter, value)}
                />
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">{t('workplan.deviation')}</th>
          {lines.map((line) => (
            <td key={line.quarter} className={line.flagged ? 'deviation-flagged' : undefined}>
              {line.flagged && <strong className="field-error">{t('workplan.flagged')} </strong>}
              {line.deviation !== null && <bdi dir="ltr">{`${line.deviation > 0 ? '+' : ''}${formatPercent(line.deviation, language, 0)}`}</bdi>}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
