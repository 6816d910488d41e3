import { useId, useState } from 'react';
import { setCriterionWeight } from '@shared/commands/priority-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { CellNumberInput } from '../../components/fields/CellNumberInput.tsx';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { PairwiseComparison } from './PairwiseComparison.tsx';

/**
 * The criteria and their weights, typed directly as percentages or worked out from pairwise
 * comparisons for teams that find it easier to say "this matters more than that".
 */
export function CriteriaWeights({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const [comparing, setComparing] = useState(false);
  const headingId = useId();
  const { criteria } = plan.priorities;
  const sum = criteria.reduce((total, criterion) => total + criterion.weight, 0);
  const range = (value: number | null) => (value === null ? t('priorities.weightInvalid') : value < 0 || value > 100 ? t('priorities.weightRange') : null);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('priorities.criteria')}</h2>
      <p className="hint">{t('priorities.criteriaHint')}</p>
      <table className="preview-table weights-table">
        <thead>
          <tr>
            <th scope="col">{t('priorities.criterion')}</th>
            <th scope="col">{t('priorities.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row"><bdi>{criterion.name}</bdi></th>
              <td>
                <CellNumberInput
                  label={t('priorities.weightOf', { criterion: criterion.name })}
                  value={criterion.weight}
                  format={(value) => formatNumber(value, language)}
                  parse={(text) => parseTypedNumber(text)}
                  validate={range}
                  onChange={(value) => perform(setCriterionWeight, { id: criterion.id, weight: value ?? 0 })}
                />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('priorities.weightSum')}</th>
            <td>
              {formatNumber(sum, language)}
              {sum !== 100 && <span className="hint"> · {t('priorities.weightSumHint')}</span>}
            </td>
          </tr>
        </tfoot>
      </table>
      <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
        {t('priorities.compareToggle')}
      </button>
      {comparing && <PairwiseComparison plan={plan} />}
    </section>
  );
}
