import { useMemo } from 'react';
import { setQuarterActual, type WorkItem } from '@shared/commands/work-plan-commands.ts';
import { formatMoney, formatNumber, formatPercent } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { quarterMonitoring, type Quarter } from '@shared/implementation/quarter-monitoring.ts';
import { CellNumberInput } from '../../components/fields/CellNumberInput.tsx';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';

/** What was spent and how many were reached, quarter by quarter, against the plan, with deviations flagged. */
export function QuarterActuals({ plan, serviceId, serviceName, item }: { plan: Plan; serviceId: string; serviceName: string; item: WorkItem | undefined }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const lines = useMemo(() => quarterMonitoring(plan, serviceId), [plan, serviceId]);
  const actuals = item?.actuals ?? [];
  const setActual = (quarter: Quarter, field: 'spent' | 'participants', value: number | null) => perform(setQuarterActual, { serviceId, quarter, field, value });
  const nonNegative = (value: number | null) => (value === null ? t('workplan.numberInvalid') : value < 0 ? t('workplan.negative') : null);
  // A signed figure keeps its sign on its left in both directions.
  const deviation = (value: number) => `${value > 0 ? '+' : ''}${formatPercent(value, language, 0)}`;
  return (
    <table className="preview-table actuals-table">
      <caption>{t('workplan.actualsOf', { service: serviceName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workplan.quarterColumn')}</th>
          <th scope="col">{t('workplan.plannedSpend')}</th>
          <th scope="col">{t('workplan.actualSpend')}</th>
          <th scope="col">{t('workplan.plannedParticipants')}</th>
          <th scope="col">{t('workplan.actualParticipants')}</th>
          <th scope="col">{t('workplan.deviation')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const quarter = t('workplan.quarter', { quarter: formatNumber(line.quarter, language) });
          const entry = actuals.find((candidate) => candidate.quarter === line.quarter);
          return (
            <tr key={line.quarter} className={line.flagged ? 'deviation-flagged' : undefined}>
              <th scope="row">{quarter}</th>
              <td>{formatMoney(line.plannedSpend, language)}</td>
              <td>
                <CellNumberInput
                  label={t('workplan.spentIn', { service: serviceName, quarter })}
                  value={entry ? entry.spent : null}
                  format={(value) => formatNumber(value, language)}
                  parse={(text) => parseTypedNumber(text)}
                  validate={nonNegative}
                  onChange={(value) => setActual(line.quarter, 'spent', value)}
                />
              </td>
              <td>{formatNumber(line.plannedParticipants, language)}</td>
              <td>
                <CellNumberInput
                  label={t('workplan.reachedIn', { service: serviceName, quarter })}
                  value={entry ? entry.participants : null}
                  format={(value) => formatNumber(value, language)}
                  parse={(text) => parseTypedNumber(text)}
                  validate={(value) => nonNegative(value) ?? (value !== null && !Number.isInteger(value) ? t('workplan.wholeNumber') : null)}
                  onChange={(value) => setActual(line.quarter, 'participants', value)}
                />
              </td>
              <td>
                {line.flagged && <strong className="field-error">{t('workplan.flagged')} </strong>}
                {line.spendDeviation !== null && <span>{t('workplan.spendDeviation')} <bdi dir="ltr">{deviation(line.spendDeviation)}</bdi></span>}
                {line.spendDeviation !== null && line.participantsDeviation !== null && ' · '}
                {line.participantsDeviation !== null && <span>{t('workplan.participantsDeviation')} <bdi dir="ltr">{deviation(line.participantsDeviation)}</bdi></span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
